// ISO 8601 parsing and printing of Unix seconds, in UTC, without the C library's time zone state.
#include "factdeck/clock.h"

#include <chrono>
#include <cstdio>

#include "factdeck/content.h"

namespace factdeck {
namespace {

bool digits(std::string_view s, std::size_t pos, std::size_t n, int& out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  out = v;
  return true;
}

int days_in_month(int y, int m) {
  static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : d[m - 1];
}

}  // namespace

std::optional<UnixSeconds> parse_iso8601(std::string_view s) {
  int y, mo, d, h = 0, mi = 0, sec = 0;
  if (!digits(s, 0, 4, y) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-' ||
      !digits(s, 8, 2, d))
    return std::nullopt;
  if (mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo)) return std::nullopt;
  std::size_t p = 10;
  long offset = 0;
  if (p < s.size()) {
    if (s[p] != 'T' && s[p] != 't' && s[p] != ' ') return std::nullopt;
    if (!digits(s, p + 1, 2, h) || p + 3 >= s.size() || s[p + 3] != ':' || !digits(s, p + 4, 2, mi))
      return std::nullopt;
    p += 6;
    if (p < s.size() && s[p] == ':') {
      if (!digits(s, p + 1, 2, sec)) return std::nullopt;
      p += 3;
      if (p < s.size() && s[p] == '.') {
        ++p;
        while (p < s.size() && s[p] >= '0' && s[p] <= '9') ++p;  // fractions are dropped
      }
    }
    if (h > 23 || mi > 59 || sec > 60) return std::nullopt;
    if (p == s.size()) return std::nullopt;  // a time needs a zone: Z or +hh:mm
    if (s[p] == 'Z' || s[p] == 'z') {
      ++p;
    } else if (s[p] == '+' || s[p] == '-') {
      int oh, om;
      if (!digits(s, p + 1, 2, oh) || p + 3 >= s.size() || s[p + 3] != ':' || !digits(s, p + 4, 2, om))
        return std::nullopt;
      offset = (s[p] == '+' ? 1 : -1) * (oh * 3600L + om * 60L);
      p += 6;
    } else {
      return std::nullopt;
    }
    if (p != s.size()) return std::nullopt;
  }
  const long days = days_from_civil(Date{y, mo, d});
  return static_cast<UnixSeconds>(days) * 86400 + h * 3600 + mi * 60 + sec - offset;
}

std::string format_iso8601(UnixSeconds t) {
  long days = static_cast<long>(t / 86400);
  long rem = static_cast<long>(t % 86400);
  if (rem < 0) {
    rem += 86400;
    --days;
  }
  const Date d = civil_from_days(days);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02ld:%02ld:%02ldZ", d.year, d.month, d.day, rem / 3600,
                (rem / 60) % 60, rem % 60);
  return buf;
}

UnixSeconds system_now() {
  using namespace std::chrono;
  return duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
}

}  // namespace factdeck
