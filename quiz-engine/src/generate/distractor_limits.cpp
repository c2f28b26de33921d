// Limits on wrong answers that come from what the question itself says: a whole it counts out of, a numbered
// series it belongs to, a person's age.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

#include "generate/cues.h"
#include "generate/distractors.h"

namespace factdeck::gen {

double natural_ceiling(const Fact& f) {
  if (is_age(f)) return 105;
  // The world has about 200 countries (193 UN members; 195 parties to the Paris Agreement): 544 or 909 countries,
  // or "252 countries" in a false statement, is no figure a reader weighs (blind reading 21).
  if (const auto u = words(f.number.unit); !u.empty() && (u.back() == "countries" || u.back() == "nations"))
    return 200;
  // No earthquake above 9.5 has been recorded (Chile, 1960): 11.8 is no magnitude a reader weighs.
  for (std::string_view text : {f.question.view(), f.statement.view(), f.number.unit.view()}) {
    const auto w = words(text);
    if (std::find(w.begin(), w.end(), "magnitude") != w.end()) return 9.5;
  }
  return HUGE_VAL;
}

// Whether a year fact is about an event held every four years: the Olympic or Paralympic Games, a World Cup.
bool every_four_years(const Fact& f) {
  for (std::string_view text : {f.question.view(), f.statement.view()}) {
    const auto w = words(text);
    for (std::size_t i = 0; i < w.size(); ++i)
      if (w[i] == "olympic" || w[i] == "olympics" || w[i] == "paralympic" || w[i] == "paralympics" ||
          (w[i] == "world" && i + 1 < w.size() && w[i + 1] == "cup"))
        return true;
    // "the Games", "the Summer Games": capitalised, as their name.
    for (std::size_t at = text.find("Games"); at != std::string_view::npos; at = text.find("Games", at + 1))
      if (at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]))) return true;
  }
  return false;
}

// A person's age: "years old" as its unit, or asked "how old" or "at what age".
bool is_age(const Fact& f) {
  const auto u = words(f.number.unit);
  if (std::find(u.begin(), u.end(), "old") != u.end()) return true;
  const auto q = words(f.question);
  for (std::size_t i = 0; i + 1 < q.size(); ++i)
    if ((q[i] == "how" && q[i + 1] == "old") || (q[i] == "what" && q[i + 1] == "age")) return true;
  return false;
}

// A whole the question or statement counts out of ("How many of the 650 seats ...", "out of 27 member states"): no
// wrong answer reaches it. HUGE_VAL when none is stated.
double stated_total(const Fact& f, double key) {
  double total = HUGE_VAL;
  for (std::string_view text : {f.question.view(), f.statement.view()})
    for (std::size_t at = text.find("of "); at != std::string_view::npos; at = text.find("of ", at + 3)) {
      if (at > 0 && std::isalpha(static_cast<unsigned char>(text[at - 1]))) continue;  // "thereof"
      std::string_view rest = text.substr(at + 3);
      if (rest.substr(0, 4) == "the ") rest.remove_prefix(4);
      std::size_t n = 0;
      double v = 0;
      while (n < rest.size() && (std::isdigit(static_cast<unsigned char>(rest[n])) || (rest[n] == ',' && n > 0))) {
        if (rest[n] != ',') v = v * 10 + (rest[n] - '0');
        ++n;
      }
      // "How many of the nine justices ...": a whole in words too (blind reading 22 met "12 justices" of nine).
      if (n == 0) {
        while (n < rest.size() && std::isalpha(static_cast<unsigned char>(rest[n]))) ++n;
        std::string w(rest.substr(0, n));
        for (auto& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        v = whole_number_word(w);
        if (v < 2) n = 0;
      }
      if (n > 0 && (n == rest.size() || !std::isalnum(static_cast<unsigned char>(rest[n]))) && v > key) total = std::min(total, v);
    }
  return total;
}

double majority_floor(const Fact& f, double total) {
  if (!std::isfinite(total)) return 0;
  for (std::string_view text : {f.question.view(), f.statement.view()}) {
    const auto w = words(text);
    if (std::find(w.begin(), w.end(), "majority") != w.end()) return std::floor(total / 2) + 1;
  }
  return 0;
}

// A member of a numbered series (the 14th plan, Phase II) is asked among its neighbours in the series, not its far
// end: "the 1st Five-Year Plan" for 2026-2030 is absurd. The reach follows the difficulty, and grows at an end of
// the series until there are enough; with too few neighbours the candidates are left as they are.
void keep_series_neighbours(const std::string& key, Difficulty d, int count, std::vector<std::string>& authored,
                            std::vector<std::string>& rest) {
  if (const int at = ordinal_in(key); at > 0) {
    // Each member's distance from the key in the series, read once (INT_MAX: no number in it).
    std::unordered_map<std::string, int> apart;
    std::vector<int> distances;
    for (const auto* v : {&authored, &rest})
      for (const auto& x : *v) {
        const int o = ordinal_in(x);
        const int gap = o > 0 ? std::abs(o - at) : std::numeric_limits<int>::max();
        apart.emplace(x, gap);
        distances.push_back(gap);
      }
    std::sort(distances.begin(), distances.end());
    const std::size_t wanted = static_cast<std::size_t>(std::min(count - 1, 3));
    const int base = d == Difficulty::Hard ? 2 : d == Difficulty::Medium ? 3 : 4;
    if (wanted > 0 && distances.size() >= wanted && distances[wanted - 1] <= 8) {
      const int reach = std::max(base, distances[wanted - 1]);
      auto far = [&](const std::string& x) { return apart[x] > reach; };
      authored.erase(std::remove_if(authored.begin(), authored.end(), far), authored.end());
      rest.erase(std::remove_if(rest.begin(), rest.end(), far), rest.end());
    }
  }
}

}  // namespace factdeck::gen
