// Shared by the app and the bench's minimal window: tells a waiting benchmark when the first frame is shown.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <ctime>

// When FACTDECK_FIRST_FRAME_FD names an open file descriptor, writes "first-frame <CLOCK_MONOTONIC ns>\n" to it.
inline void factdeck_report_first_frame() {
  const char* fd = std::getenv("FACTDECK_FIRST_FRAME_FD");
  if (!fd || !*fd) return;
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  char buf[64];
  const int n = std::snprintf(buf, sizeof buf, "first-frame %lld\n",
                              static_cast<long long>(ts.tv_sec) * 1000000000LL + ts.tv_nsec);
  if (FILE* f = fdopen(std::atoi(fd), "w")) {
    std::fwrite(buf, 1, static_cast<std::size_t>(n), f);
    std::fclose(f);
  }
}
