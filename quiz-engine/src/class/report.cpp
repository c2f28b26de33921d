// The class report's numbers: attempts from events, Moodle's item statistics, distractor analysis and the flags.
#include <algorithm>
#include <cmath>
#include <map>

#include "factdeck/answer.h"
#include "factdeck/class_report.h"

namespace factdeck {
namespace {

double mean_of(const std::vector<double>& v) {
  double s = 0;
  for (double x : v) s += x;
  return v.empty() ? 0 : s / static_cast<double>(v.size());
}

// Sample covariance (divided by s - 1).
double covariance(const std::vector<double>& a, const std::vector<double>& b) {
  const double ma = mean_of(a), mb = mean_of(b);
  double s = 0;
  for (std::size_t i = 0; i < a.size(); ++i) s += (a[i] - ma) * (b[i] - mb);
  return s / static_cast<double>(a.size() - 1);
}

// Who answered what: each student's first answer to each question of one assignment.
struct Attempts {
  std::vector<std::string> students;                  // sorted
  std::vector<std::vector<const AnswerEvent*>> first;  // [student][question]; null when not answered
  std::vector<double> totals;                          // questions right per student
};

Attempts attempts_of(const Assignment& a, const std::vector<AnswerEvent>& events) {
  std::map<std::string, std::size_t> qindex;
  for (std::size_t i = 0; i < a.questions.size(); ++i) qindex[a.questions[i].id] = i;
  std::vector<const AnswerEvent*> ordered;
  for (const AnswerEvent& e : events)
    if (e.assignment == a.id && qindex.count(e.question)) ordered.push_back(&e);
  std::sort(ordered.begin(), ordered.end(), [](const AnswerEvent* x, const AnswerEvent* y) {
    return x->time != y->time ? x->time < y->time : x->id < y->id;
  });
  std::map<std::string, std::vector<const AnswerEvent*>> by_student;
  for (const AnswerEvent* e : ordered) {
    auto& row = by_student[e->student];
    if (row.empty()) row.assign(a.questions.size(), nullptr);
    const AnswerEvent*& slot = row[qindex[e->question]];
    if (!slot) slot = e;
  }
  Attempts out;
  for (auto& [student, row] : by_student) {
    double total = 0;
    for (const AnswerEvent* e : row) total += e && e->correct ? 1 : 0;
    out.students.push_back(student);
    out.first.push_back(std::move(row));
    out.totals.push_back(total);
  }
  return out;
}

// Question q's marks and rest scores over the attempts; `share` divides the rest by the other questions' count.
void marks_and_rest(const Attempts& at, std::size_t q, std::size_t questions, bool share, std::vector<double>& x,
                    std::vector<double>& rest) {
  for (std::size_t s = 0; s < at.students.size(); ++s) {
    const double m = at.first[s][q] && at.first[s][q]->correct ? 1 : 0;
    double r = at.totals[s] - m;
    if (share) r = questions > 1 ? r / static_cast<double>(questions - 1) : 0;
    x.push_back(m);
    rest.push_back(r);
  }
}

std::string fact_key(const Question& q) {
  std::string facts;
  for (const std::string& f : q.facts.empty() ? std::vector<std::string>{q.fact} : q.facts) facts += (facts.empty() ? "" : "+") + f;
  return q.article + "/" + facts + "/" + std::string(type_name(q.type));
}

bool is_choice(QuestionType t) {
  return t == QuestionType::Mcq || t == QuestionType::Reverse || t == QuestionType::FactOrOpinion || t == QuestionType::TrueFalse;
}

std::string percent_text(double share) {
  return std::to_string(static_cast<int>(std::lround(share * 100))) + "%";
}

// The options a question offered, with the key marked; typed questions get theirs from the answers given.
std::vector<OptionStat> offered_options(const Question& q) {
  std::vector<OptionStat> out;
  if (q.type == QuestionType::TrueFalse) {
    out = {{"True", q.truth}, {"False", !q.truth}};
  } else if (is_choice(q.type)) {
    for (std::size_t i = 0; i < q.options.size(); ++i) out.push_back({q.options[i], static_cast<int>(i) == q.answer});
  }
  return out;
}

void count_options(const Question& q, const Attempts& at, std::size_t qi, const std::vector<bool>& upper,
                   const std::vector<bool>& lower, QuestionStat& st) {
  st.options = offered_options(q);
  std::map<std::string, std::size_t> typed;  // canonical answer -> index in options
  for (std::size_t s = 0; s < at.students.size(); ++s) {
    const AnswerEvent* e = at.first[s][qi];
    if (!e) continue;
    ++st.answered;
    if (e->choice < 0 && e->answer.empty()) {
      ++st.dont_know;
      continue;
    }
    OptionStat* o = nullptr;
    if (is_choice(q.type)) {
      if (e->choice >= 0 && static_cast<std::size_t>(e->choice) < st.options.size()) o = &st.options[static_cast<std::size_t>(e->choice)];
    } else if (q.type == QuestionType::Cloze || q.type == QuestionType::Numeric) {
      const std::string c = canonical_answer(e->answer);
      auto it = typed.find(c);
      if (it == typed.end()) {
        it = typed.emplace(c, st.options.size()).first;
        st.options.push_back({e->answer, e->correct});
      }
      o = &st.options[it->second];
    }
    if (!o) continue;
    ++o->chosen;
    o->upper += upper[s] ? 1 : 0;
    o->lower += lower[s] ? 1 : 0;
  }
  if (!is_choice(q.type))  // typed answers: the most given first
    std::stable_sort(st.options.begin(), st.options.end(), [](const OptionStat& a, const OptionStat& b) { return a.chosen > b.chosen; });
}

void flag(QuestionStat& st, const char* name, std::string note) {
  if (std::find(st.flags.begin(), st.flags.end(), name) == st.flags.end()) st.flags.push_back(name);
  st.notes.push_back(std::move(note));
}

void add_flags(const Question& q, const ReportRules& rules, int upper_size, QuestionStat& st) {
  const int n = st.stats.n;
  if (is_choice(q.type) && n >= rules.nfd_min_attempts)
    for (OptionStat& o : st.options)
      if (!o.key && o.chosen < rules.nfd_share * n) {
        o.non_functioning = true;
        flag(st, "non-functioning-distractor",
             "'" + o.text + "' was chosen by " + std::to_string(o.chosen) + " of " + std::to_string(n) + " (" +
                 percent_text(static_cast<double>(o.chosen) / n) + ", under " + percent_text(rules.nfd_share) + ")");
      }
  if (n < rules.min_attempts) return;
  if (is_choice(q.type) && upper_size > 0) {
    int key_upper = 0;
    for (const OptionStat& o : st.options) key_upper += o.key ? o.upper : 0;
    for (const OptionStat& o : st.options)
      if (!o.key && o.upper > 0 && o.upper >= key_upper)
        flag(st, "possible-miskey", "the top " + std::to_string(upper_size) + " students chose '" + o.text + "' " +
                                        std::to_string(o.upper) + " times and the key " + std::to_string(key_upper) + " times");
  }
  if (st.stats.facility > rules.too_easy)
    flag(st, "too-easy", "facility " + percent_text(st.stats.facility / 100) + " is above " + percent_text(rules.too_easy / 100));
  if (st.stats.facility < rules.too_hard)
    flag(st, "too-hard", "facility " + percent_text(st.stats.facility / 100) + " is below " + percent_text(rules.too_hard / 100));
  if (st.stats.discrimination && *st.stats.discrimination < 0)
    flag(st, "negative-discrimination", "students who did well elsewhere got it wrong more often (DI " +
                                            std::to_string(static_cast<int>(std::lround(*st.stats.discrimination))) + "%)");
}

}  // namespace

ItemStats item_statistics(const std::vector<double>& x, const std::vector<double>& rest) {
  ItemStats st;
  st.n = static_cast<int>(x.size());
  if (x.empty()) return st;
  st.facility = 100 * mean_of(x);
  if (x.size() < 2) return st;
  const double vx = covariance(x, x), vr = covariance(rest, rest), cxr = covariance(x, rest);
  st.sd = 100 * std::sqrt(vx);
  if (vx > 0 && vr > 0) st.discrimination = 100 * cxr / std::sqrt(vx * vr);
  // cov_max: x and R each sorted ascending and paired rank by rank, the largest covariance their marginals allow.
  std::vector<double> xs = x, rs = rest;
  std::sort(xs.begin(), xs.end());
  std::sort(rs.begin(), rs.end());
  const double cmax = covariance(xs, rs);
  if (cmax > 1e-12) st.efficiency = 100 * cxr / cmax;
  return st;
}

ClassReport class_report(const Assignment& a, const std::vector<AnswerEvent>& events,
                         const std::vector<AssignmentEvents>& history, const ReportRules& rules) {
  ClassReport r;
  r.assignment = a.id;
  r.class_name = a.class_name;
  r.title = a.title;
  r.revision = a.revision;
  r.rules = rules;
  const Attempts at = attempts_of(a, events);
  const std::size_t s = at.students.size(), nq = a.questions.size();
  for (std::size_t i = 0; i < s; ++i) {
    StudentScore sc{at.students[i], 0, 0, 0};
    for (const AnswerEvent* e : at.first[i]) {
      sc.answered += e ? 1 : 0;
      sc.correct += e && e->correct ? 1 : 0;
    }
    sc.score = nq ? 100.0 * sc.correct / static_cast<double>(nq) : 0;
    r.students.push_back(std::move(sc));
  }
  // Kelley's groups: the students ranked by total (ties by name), the top and bottom `group` share, at least one.
  std::vector<std::size_t> rank(s);
  for (std::size_t i = 0; i < s; ++i) rank[i] = i;
  std::stable_sort(rank.begin(), rank.end(), [&](std::size_t x, std::size_t y) { return at.totals[x] > at.totals[y]; });
  const std::size_t g = s == 0 ? 0 : std::max<std::size_t>(1, static_cast<std::size_t>(std::lround(rules.group * s)));
  std::vector<bool> upper(s, false), lower(s, false);
  for (std::size_t i = 0; i < g && i < s; ++i) {
    upper[rank[i]] = true;
    lower[rank[s - 1 - i]] = true;
  }
  // Every assignment's attempts once, for the statistics carried across assignments.
  std::vector<std::pair<const Assignment*, Attempts>> others;
  for (const AssignmentEvents& h : history)
    if (h.assignment && h.events) others.emplace_back(h.assignment, attempts_of(*h.assignment, *h.events));
  for (std::size_t qi = 0; qi < nq; ++qi) {
    const Question& q = a.questions[qi];
    QuestionStat st;
    st.id = q.id;
    st.type = std::string(type_name(q.type));
    st.prompt = q.type == QuestionType::TrueFalse || q.type == QuestionType::FactOrOpinion ? q.prompt + " " + q.statement
                                                                                              : q.prompt;
    st.fact_key = fact_key(q);
    std::vector<double> x, rest;
    marks_and_rest(at, qi, nq, false, x, rest);
    st.stats = item_statistics(x, rest);
    int up = 0, low = 0;
    for (std::size_t i = 0; i < s; ++i) {
      up += upper[i] && x[i] > 0 ? 1 : 0;
      low += lower[i] && x[i] > 0 ? 1 : 0;
    }
    st.upper_right = g ? static_cast<double>(up) / g : 0;
    st.lower_right = g ? static_cast<double>(low) / g : 0;
    count_options(q, at, qi, upper, lower, st);
    add_flags(q, rules, static_cast<int>(g), st);
    std::vector<double> px, prest;
    for (const auto& [other, oat] : others)
      for (std::size_t oq = 0; oq < other->questions.size(); ++oq)
        if (fact_key(other->questions[oq]) == st.fact_key) {
          ++st.across_assignments;
          marks_and_rest(oat, oq, other->questions.size(), true, px, prest);
        }
    st.across = item_statistics(px, prest);
    r.questions.push_back(std::move(st));
  }
  return r;
}

}  // namespace factdeck
