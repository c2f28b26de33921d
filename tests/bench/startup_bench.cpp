// Startup to first frame and to ready, idle CPU and resident memory of a window program, measured from outside.
// usage: startup_bench NAME RUNS IDLE_SECONDS -- PROGRAM ARGS...
// The program writes "first-frame NS" and then "ready NS" (CLOCK_MONOTONIC) to FACTDECK_FIRST_FRAME_FD; memory
// is read 500 ms after "ready", so it includes everything loaded. A program that closes the descriptor after
// its first frame (one that loads everything before it) counts as ready at its first frame.
// Prints "figure|value|unit" lines: NAME-startup-ms, NAME-ready-ms, NAME-rss-mb (medians), NAME-idle-cpu-s.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

long long monotonic_ns() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<long long>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

double rss_mb(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::atof(line.c_str() + 6) / 1024.0;
  return -1;
}

// utime + stime of a process, in seconds.
double cpu_seconds(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string s((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto close = s.rfind(')');
  if (close == std::string::npos) return -1;
  std::istringstream rest(s.substr(close + 2));
  std::string field;
  double ut = 0, st = 0;
  for (int i = 3; i <= 15 && rest >> field; ++i) {
    if (i == 14) ut = std::atof(field.c_str());
    if (i == 15) st = std::atof(field.c_str());
  }
  return (ut + st) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

struct Run {
  double startup_ms = -1;
  double ready_ms = -1;
  double rss = -1;
  double idle_cpu = -1;
};

Run run_once(char** argv, double idle_seconds) {
  Run r;
  int fds[2];
  if (pipe(fds) != 0) return r;
  const long long t0 = monotonic_ns();
  const pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    setenv("FACTDECK_FIRST_FRAME_FD", std::to_string(fds[1]).c_str(), 1);
    const int devnull = open("/dev/null", O_WRONLY);
    dup2(devnull, 1);
    execv(argv[0], argv);
    _exit(127);
  }
  close(fds[1]);
  // Lines until "ready", the end of the pipe or the deadline. Generous: a loaded machine starting the
  // 100,000-card collection may take many seconds.
  const long long deadline = t0 + 180000LL * 1000000LL;
  std::string got;
  bool eof = false;
  while (r.ready_ms < 0 && !eof) {
    const long long left_ms = (deadline - monotonic_ns()) / 1000000LL;
    pollfd p{fds[0], POLLIN, 0};
    if (left_ms <= 0 || poll(&p, 1, static_cast<int>(left_ms)) != 1) break;
    char buf[256];
    const ssize_t n = read(fds[0], buf, sizeof buf);
    if (n <= 0) eof = true;
    else got.append(buf, static_cast<std::size_t>(n));
    std::size_t nl;
    while ((nl = got.find('\n')) != std::string::npos) {
      const std::string line = got.substr(0, nl);
      got.erase(0, nl + 1);
      long long t1 = 0;
      if (std::sscanf(line.c_str(), "first-frame %lld", &t1) == 1) r.startup_ms = static_cast<double>(t1 - t0) / 1e6;
      if (std::sscanf(line.c_str(), "ready %lld", &t1) == 1) r.ready_ms = static_cast<double>(t1 - t0) / 1e6;
    }
  }
  if (eof && r.ready_ms < 0) r.ready_ms = r.startup_ms;  // closed after its first frame: nothing loads later
  close(fds[0]);
  if (r.ready_ms < 0) r.startup_ms = -1;  // never ready: no figures from a half-started program
  if (r.startup_ms >= 0) {
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    r.rss = rss_mb(pid);
    if (idle_seconds > 0) {
      const double c0 = cpu_seconds(pid);
      std::this_thread::sleep_for(std::chrono::duration<double>(idle_seconds));
      r.idle_cpu = cpu_seconds(pid) - c0;
    }
  }
  kill(pid, SIGTERM);
  int status;
  waitpid(pid, &status, 0);
  return r;
}

double median(std::vector<double> v) {
  v.erase(std::remove_if(v.begin(), v.end(), [](double x) { return x < 0; }), v.end());
  if (v.empty()) return -1;
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 6 || std::strcmp(argv[4], "--") != 0) {
    std::fprintf(stderr, "usage: startup_bench NAME RUNS IDLE_SECONDS -- PROGRAM ARGS...\n");
    return 2;
  }
  const std::string name = argv[1];
  const int runs = std::max(1, std::atoi(argv[2]));
  const double idle = std::atof(argv[3]);
  std::vector<double> startup, ready, rss;
  double idle_cpu = -1;
  for (int i = 0; i < runs; ++i) {
    const Run r = run_once(argv + 5, i == 0 ? idle : 0);
    if (r.startup_ms < 0) {
      std::fprintf(stderr, "startup_bench: %s showed no first frame or was never ready\n", argv[5]);
      return 1;
    }
    startup.push_back(r.startup_ms);
    ready.push_back(r.ready_ms);
    rss.push_back(r.rss);
    if (i == 0) idle_cpu = r.idle_cpu;
  }
  std::printf("%s-startup-ms|%.1f|ms\n", name.c_str(), median(startup));
  std::printf("%s-ready-ms|%.1f|ms\n", name.c_str(), median(ready));
  std::printf("%s-rss-mb|%.1f|MB\n", name.c_str(), median(rss));
  if (idle > 0) std::printf("%s-idle-cpu-s|%.3f|s of CPU in %.0f s idle\n", name.c_str(), idle_cpu, idle);
  return 0;
}
