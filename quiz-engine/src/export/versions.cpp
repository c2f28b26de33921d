// Paper versions of one quiz: the same questions reordered and their options shuffled, reproducibly from the seed.
#include <algorithm>
#include <numeric>

#include "export/export_internal.h"
#include "factdeck/rng.h"

namespace factdeck {
namespace {

std::vector<int> identity(std::size_t n) {
  std::vector<int> v(n);
  std::iota(v.begin(), v.end(), 0);
  return v;
}

// A permutation of 0..n-1 that differs from the identity whenever n > 1, so a version never repeats A.
std::vector<int> shuffled(std::size_t n, Rng& rng) {
  std::vector<int> p = identity(n);
  if (n < 2) return p;
  for (int attempt = 0; attempt < 8 && std::is_sorted(p.begin(), p.end()); ++attempt) rng.shuffle(p);
  if (std::is_sorted(p.begin(), p.end())) std::swap(p[0], p[1]);
  return p;
}

// inverse[p[j]] = j: where each old index went.
std::vector<int> inverse(const std::vector<int>& p) {
  std::vector<int> inv(p.size());
  for (std::size_t j = 0; j < p.size(); ++j) inv[static_cast<std::size_t>(p[j])] = static_cast<int>(j);
  return inv;
}

template <class T>
std::vector<T> permuted(const std::vector<T>& v, const std::vector<int>& p) {
  std::vector<T> out;
  out.reserve(v.size());
  for (int i : p) out.push_back(v[static_cast<std::size_t>(i)]);
  return out;
}

// Index fields point into a shuffled list: map each through the inverse permutation.
int remap(int index, const std::vector<int>& inv) {
  return index >= 0 && static_cast<std::size_t>(index) < inv.size() ? inv[static_cast<std::size_t>(index)] : index;
}

void shuffle_question(Question& q, const Content& content, Rng& rng) {
  switch (q.type) {
    case QuestionType::Mcq:
    case QuestionType::Reverse: {
      if (exp::options_keep_order(q, content) || q.options.size() < 2) return;
      const auto p = shuffled(q.options.size(), rng);
      q.options = permuted(q.options, p);
      q.answer = remap(q.answer, inverse(p));
      return;
    }
    case QuestionType::Order: {
      if (q.items.size() < 2) return;
      const auto p = shuffled(q.items.size(), rng);
      const auto inv = inverse(p);
      q.items = permuted(q.items, p);
      for (int& o : q.order) o = remap(o, inv);
      return;
    }
    case QuestionType::Match: {
      if (q.right.size() < 2) return;
      const auto p = shuffled(q.right.size(), rng);
      const auto inv = inverse(p);
      q.right = permuted(q.right, p);
      for (int& o : q.pairs) o = remap(o, inv);
      return;
    }
    case QuestionType::TrueFalse:
    case QuestionType::Cloze:
    case QuestionType::Numeric:
    case QuestionType::FactOrOpinion: return;
  }
}

}  // namespace

std::vector<QuizVersion> make_versions(const Quiz& quiz, const Content& content, int k) {
  k = std::clamp(k, 1, kMaxVersions);
  std::vector<QuizVersion> versions;
  for (int v = 0; v < k; ++v) {
    QuizVersion version;
    version.label = std::string(1, static_cast<char>('A' + v));
    if (v == 0) {
      version.questions = quiz.questions;
      version.source = identity(quiz.questions.size());
    } else {
      // Each version has its own stream, so version C does not change when more versions are asked for.
      Rng rng(stable_hash(std::string("factdeck/versions/") + version.label, quiz.selection.seed));
      version.source = shuffled(quiz.questions.size(), rng);
      for (int i : version.source) {
        Question q = quiz.questions[static_cast<std::size_t>(i)];
        shuffle_question(q, content, rng);
        version.questions.push_back(std::move(q));
      }
    }
    versions.push_back(std::move(version));
  }
  return versions;
}

}  // namespace factdeck
