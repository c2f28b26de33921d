// Shared by the app and the bench's minimal window: startup reports to a waiting benchmark, and a startup trace.
#pragma once

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>

inline long long factdeck_monotonic_ns() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<long long>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

// When FACTDECK_FIRST_FRAME_FD names an open file descriptor, writes "WHAT <CLOCK_MONOTONIC ns>\n" to it.
// The descriptor stays open: "first-frame" (the first frame is on screen) is followed by "ready" (the
// collection is loaded and today's queue is built, so the app answers with real data).
inline void factdeck_report(const char* what) {
  const char* fd = std::getenv("FACTDECK_FIRST_FRAME_FD");
  if (!fd || !*fd) return;
  char buf[64];
  const int n = std::snprintf(buf, sizeof buf, "%s %lld\n", what, factdeck_monotonic_ns());
  // One write of a short line to a pipe is atomic; a reader gone (EPIPE) is not our concern.
  if (n > 0 && write(std::atoi(fd), buf, static_cast<std::size_t>(n)) < 0) return;
}
inline void factdeck_report_first_frame() { factdeck_report("first-frame"); }
inline void factdeck_report_ready() { factdeck_report("ready"); }

// With FACTDECK_TRACE=1, prints "factdeck-trace: <ms since the process started> WHAT" to stderr: where the
// time before the first frame goes. The start is the process's start time from /proc (10 ms resolution).
inline void factdeck_trace(const char* what) {
  static const bool on = [] {
    const char* t = std::getenv("FACTDECK_TRACE");
    return t && *t && *t != '0';
  }();
  if (!on) return;
  static const double start_ms = [] {
    // Field 22 of /proc/self/stat: the start time in clock ticks since boot (CLOCK_BOOTTIME's origin).
    double ms = -1;
    if (FILE* f = std::fopen("/proc/self/stat", "r")) {
      char line[1024];
      if (std::fgets(line, sizeof line, f)) {
        const char* p = line;
        for (const char* c = line; *c; ++c)
          if (*c == ')') p = c;  // the command name may hold spaces; the fields start after its last ')'
        unsigned long long ticks = 0;
        if (std::sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %*u %*u %*d %*d %*d %*d %*d %*d %llu",
                        &ticks) == 1)
          ms = static_cast<double>(ticks) * 1000.0 / static_cast<double>(sysconf(_SC_CLK_TCK));
      }
      std::fclose(f);
    }
    return ms;
  }();
  timespec ts;
  clock_gettime(CLOCK_BOOTTIME, &ts);
  const double now_ms = static_cast<double>(ts.tv_sec) * 1000.0 + static_cast<double>(ts.tv_nsec) / 1e6;
  std::fprintf(stderr, "factdeck-trace: %8.1f ms  %s\n", start_ms < 0 ? 0.0 : now_ms - start_ms, what);
}
