// Startup to first frame, idle CPU and resident memory of a window program, measured from outside.
// usage: startup_bench NAME RUNS IDLE_SECONDS -- PROGRAM ARGS...
// Prints "figure|value|unit" lines: NAME-startup-ms (median), NAME-rss-mb (median), NAME-idle-cpu-s.
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
  pollfd p{fds[0], POLLIN, 0};
  char buf[128] = {};
  // Generous: a loaded machine starting the 100,000-card collection may take many seconds.
  if (poll(&p, 1, 180000) == 1 && read(fds[0], buf, sizeof buf - 1) > 0) {
    long long t1 = 0;
    if (std::sscanf(buf, "first-frame %lld", &t1) == 1) r.startup_ms = static_cast<double>(t1 - t0) / 1e6;
  }
  close(fds[0]);
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
  std::vector<double> startup, rss;
  double idle_cpu = -1;
  for (int i = 0; i < runs; ++i) {
    const Run r = run_once(argv + 5, i == 0 ? idle : 0);
    if (r.startup_ms < 0) {
      std::fprintf(stderr, "startup_bench: %s showed no first frame\n", argv[5]);
      return 1;
    }
    startup.push_back(r.startup_ms);
    rss.push_back(r.rss);
    if (i == 0) idle_cpu = r.idle_cpu;
  }
  std::printf("%s-startup-ms|%.1f|ms\n", name.c_str(), median(startup));
  std::printf("%s-rss-mb|%.1f|MB\n", name.c_str(), median(rss));
  if (idle > 0) std::printf("%s-idle-cpu-s|%.3f|s of CPU in %.0f s idle\n", name.c_str(), idle_cpu, idle);
  return 0;
}
