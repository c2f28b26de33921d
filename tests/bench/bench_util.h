// Small helpers shared by the benchmark programs: a stopwatch and the median of repeated runs.
#pragma once

#include <algorithm>
#include <chrono>
#include <ctime>
#include <vector>

namespace bench {

// Wall time, and this thread's CPU time: on a loaded machine the wall time waits for a core, the CPU time does not,
// so the two together tell a slow program from a busy machine.
class Stopwatch {
 public:
  Stopwatch() : t0_(std::chrono::steady_clock::now()), c0_(cpu_now()) {}
  double ms() const { return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0_).count(); }
  double cpu_ms() const { return cpu_now() - c0_; }

 private:
  static double cpu_now() {
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
  }
  std::chrono::steady_clock::time_point t0_;
  double c0_;
};

// The median is what the table reports: one slow run (another process, a page fault) does not move it.
inline double median(std::vector<double> v) {
  if (v.empty()) return -1;
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

}  // namespace bench
