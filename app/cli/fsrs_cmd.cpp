// `factdeck fsrs replay`: FSRS-6 states for a review history, JSON in and JSON lines out, comparable with ts-fsrs.
//
// Input (stdin), one history:
//   {"reviews":[{"t":"2024-01-01T10:00:00Z","rating":3},...], "retention":0.9,
//    optional: "short_term":true, "maximum_interval":36500, "learning_steps":["1m","10m"],
//              "relearning_steps":["10m"] (minutes as numbers, or "Nm"/"Nh"/"Nd" as ts-fsrs writes them),
//              "w":[21 weights], "enable_fuzz":false, "card":"key for the fuzz seed",
//              per review "fuzz": a number in [0,1) to use instead of the seeded one}
// Output: one JSON line per review, with "state" as ts-fsrs names it ("New", "Learning", "Review",
// "Relearning"), "stability", "difficulty", "elapsed_days", "scheduled_days", "due" (ISO, UTC),
// "retrievability" (R at that review, null for a new card), "step", "reps" and "lapses".
// With --batch, stdin holds one history per line and each output line is the JSON array of that
// history's reviews; the differential test feeds thousands of histories through one process.
// Elapsed days are differences of UTC calendar dates, as the reference computes them.
// Bad input gives a message on stderr (with the byte position for malformed JSON) and exit code 2.
#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "cli/command.h"
#include "factdeck/fsrs_replay.h"

namespace factdeck::cli {

// fsrs_fit_cmd.cpp: `fsrs optimize` and `fsrs evaluate`.
int run_fsrs_fit(const CommonOptions& common, const std::string& sub, std::vector<std::string> args);
// fsrs_fit_cmd.cpp: `fsrs reset`.
int run_fsrs_reset(const CommonOptions& common, const std::vector<std::string>& args);
// fsrs_simulate_cmd.cpp: `fsrs simulate`.
int run_fsrs_simulate(const CommonOptions& common, std::vector<std::string> args);

namespace {

int run_replay(bool batch) {
  const char* who = "factdeck fsrs replay: ";
  if (!batch) {
    const std::string text{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
    std::string err;
    const std::optional<ReplayInput> in = parse_replay_input(text, err);
    if (!in) {
      std::cerr << who << err << "\n";
      return 2;
    }
    std::cout << render_replay(replay(*in), false);
    return 0;
  }
  std::string line;
  for (long n = 1; std::getline(std::cin, line); ++n) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::string err;
    const std::optional<ReplayInput> in = parse_replay_input(line, err);
    if (!in) {
      std::cout.flush();
      std::cerr << who << "line " << n << ": " << err << "\n";
      return 2;
    }
    std::cout << render_replay(replay(*in), true);
  }
  std::cout.flush();
  return 0;
}

int run_fsrs(const CommonOptions& common, const std::vector<std::string>& args) {
  if (!args.empty() && (args[0] == "optimize" || args[0] == "evaluate"))
    return run_fsrs_fit(common, args[0], std::vector<std::string>(args.begin() + 1, args.end()));
  if (!args.empty() && args[0] == "reset") return run_fsrs_reset(common, std::vector<std::string>(args.begin() + 1, args.end()));
  if (!args.empty() && args[0] == "simulate")
    return run_fsrs_simulate(common, std::vector<std::string>(args.begin() + 1, args.end()));
  std::vector<std::string> rest = args;
  const bool batch = take_flag(rest, "--batch");
  if (rest.size() != 1 || rest[0] != "replay") {
    std::cerr << "usage: factdeck fsrs replay [--batch] < history.json\n"
                 "       factdeck fsrs optimize [--reviews FILE] [--json] [--no-guess] [--dry-run]\n"
                 "       factdeck fsrs evaluate [--w '[21 numbers]'] [--reviews FILE] [--json] [--no-guess]\n"
                 "       factdeck fsrs simulate [--days N] [--new-per-day K] [--retention R] [--json]\n"
                 "       factdeck fsrs reset   (back to the default parameters)\n"
                 "  reads {\"reviews\":[{\"t\":\"ISO time\",\"rating\":1-4},...],\"retention\":0.9} and prints\n"
                 "  one JSON line per review (state, stability, difficulty, elapsed_days, scheduled_days,\n"
                 "  due, retrievability); --batch reads one history per line and prints one array per line\n";
    return 2;
  }
  try {
    return run_replay(batch);
  } catch (const std::exception& e) {  // nothing should throw here; if it does, say so and fail cleanly
    std::cerr << "factdeck fsrs replay: " << e.what() << "\n";
    return 2;
  }
}

}  // namespace

FACTDECK_COMMAND({"fsrs", "fsrs replay [--batch] | optimize | evaluate | simulate | reset",
                  "FSRS-6 states for a review history; fit and score the parameters on your answers; the workload",
                  run_fsrs});

}  // namespace factdeck::cli
