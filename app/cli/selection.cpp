// The quiz-selection flags shared by `quiz` and `audit`.
#include "cli/selection.h"

#include <cerrno>
#include <cstdlib>
#include <sstream>

#include "cli/command.h"

namespace factdeck::cli {

std::vector<std::string> split_commas(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream in(s);
  std::string part;
  while (std::getline(in, part, ','))
    if (!part.empty()) out.push_back(part);
  return out;
}

std::optional<unsigned long long> parse_count(const std::string& s) {
  if (s.empty() || s.find_first_not_of("0123456789") != std::string::npos || s.size() > 19) return std::nullopt;
  errno = 0;
  const unsigned long long v = std::strtoull(s.c_str(), nullptr, 10);
  if (errno) return std::nullopt;
  return v;
}

std::string take_selection(std::vector<std::string>& args, QuizSelection& sel) {
  std::string error;
  if (auto v = take_option(args, "--articles", error)) sel.articles = split_commas(*v);
  if (auto v = take_option(args, "--types", error)) {
    for (const auto& name : split_commas(*v)) {
      const auto t = type_from_name(name);
      if (!t) return "unknown question type '" + name + "' (mcq, tf, cloze, reverse, order, match, numeric, fact-or-opinion)";
      sel.types.push_back(*t);
    }
  }
  if (auto v = take_option(args, "--count", error)) {
    const auto n = parse_count(*v);
    if (!n || *n == 0 || *n > 1000) return "--count needs a number from 1 to 1000, not '" + *v + "'";
    sel.count = static_cast<int>(*n);
  }
  if (auto v = take_option(args, "--seed", error)) {
    const auto n = parse_count(*v);
    if (!n) return "--seed needs a whole number, not '" + *v + "'";
    sel.seed = *n;
  }
  if (auto v = take_option(args, "--difficulty", error)) {
    const auto d = difficulty_from_name(*v);
    if (!d) return "--difficulty is easy, medium or hard, not '" + *v + "'";
    sel.difficulty = *d;
  }
  if (auto v = take_option(args, "--tags", error)) sel.tags = split_commas(*v);
  if (auto v = take_option(args, "--kinds", error)) {
    for (const auto& name : split_commas(*v)) {
      const auto k = kind_from_name(name);
      if (!k) return "unknown kind '" + name + "' (year, date, period, number, name, alias, list, term, opinion)";
      sel.kinds.push_back(*k);
    }
  }
  if (take_flag(args, "--repeat-facts")) sel.repeat_facts = true;
  return error;
}

std::string missing_articles(const QuizSelection& sel, const Content& content) {
  for (const auto& id : sel.articles)
    if (!content.find_article(id)) {
      std::string s = "no article '" + id + "'; articles are:";
      for (const auto& a : content.articles) s += " " + a.id;
      return s;
    }
  return "";
}

}  // namespace factdeck::cli
