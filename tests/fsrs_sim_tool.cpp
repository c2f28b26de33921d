// fsrs_sim_tool: writes a simulated learner's review history (fsrs_sim.h) as `fsrs optimize --reviews` reads it.
//
//   fsrs_sim_tool --seed S [--days D] [--new-per-day K] [--options N] [--spread X] [--diligence P] [--retention R] > history.jsonl
// prints the learner's true parameters on stderr as a JSON array.
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

#include "fsrs_sim.h"

int main(int argc, char** argv) {
  factdeck::sim::Learner l;
  double spread = 0.5;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string k = argv[i];
    const char* v = argv[i + 1];
    if (k == "--seed") l.seed = std::strtoull(v, nullptr, 10);
    else if (k == "--days") l.days = std::atoi(v);
    else if (k == "--new-per-day") l.new_per_day = std::atoi(v);
    else if (k == "--options") l.options = std::atoi(v);
    else if (k == "--spread") spread = std::atof(v);
    else if (k == "--diligence") l.diligence = std::atof(v);
    else if (k == "--retention") l.retention = std::atof(v);
    else {
      std::cerr << "fsrs_sim_tool: unknown option " << k << "\n";
      return 2;
    }
  }
  l.w = factdeck::sim::random_parameters(l.seed, spread);
  std::cout << factdeck::sim::to_jsonl(factdeck::sim::simulate(l));
  std::cerr << "[";
  for (std::size_t i = 0; i < 21; ++i) std::cerr << (i ? "," : "") << l.w[i];
  std::cerr << "]\n";
  return 0;
}
