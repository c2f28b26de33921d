// The engine's own seeded generator: the same seed gives the same numbers on every machine and library.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace factdeck {

// SplitMix64-seeded xoshiro256**. Never use <random> distributions in the engine:
// their output differs between standard libraries.
class Rng {
 public:
  explicit Rng(std::uint64_t seed);

  std::uint64_t next();
  // Uniform integer in [0, n), n > 0, without modulo bias.
  std::uint64_t below(std::uint64_t n);
  // Uniform integer in [lo, hi].
  std::int64_t between(std::int64_t lo, std::int64_t hi);
  // Uniform double in [0, 1) with 53 random bits.
  double unit();

  template <class T>
  void shuffle(std::vector<T>& v) {
    for (std::size_t i = v.size(); i > 1; --i) {
      std::size_t j = static_cast<std::size_t>(below(i));
      std::swap(v[i - 1], v[j]);
    }
  }

 private:
  std::uint64_t s_[4];
};

// A stable 64-bit hash (FNV-1a) for deriving seeds from ids; independent of std::hash.
std::uint64_t stable_hash(const char* data, std::size_t size, std::uint64_t seed = 0);
template <class S>
std::uint64_t stable_hash(const S& s, std::uint64_t seed = 0) {
  return stable_hash(s.data(), s.size(), seed);
}

}  // namespace factdeck
