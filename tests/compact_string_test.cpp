// CompactString and CompactStrings: the 8-byte text and list types of the content model.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "factdeck/compact_string.h"

using namespace factdeck;
using namespace std::string_literals;

namespace {

// Lengths around the inline capacity, and one far past any small-string buffer.
std::vector<std::string> samples() {
  return {"", "a", "name-1", "alias-3", "synth-agencies-0",
          std::string(300, 'x'), "with\0nul"s, "\0"s, "ab\0cd\0"s, "Größe €"};
}

}  // namespace

TEST_CASE("CompactString: empty") {
  CompactString s;
  CHECK(s.empty());
  CHECK(s.size() == 0);
  CHECK(std::string(s.c_str()).empty());
  CHECK(s.view().empty());
  CHECK(s.begin() == s.end());
  CHECK(s == "");
  CHECK(s.str().empty());
  CompactString e = "";
  CHECK(e.empty());
  CHECK(e == s);
}

TEST_CASE("CompactString: keeps every text, short and long, with embedded NULs") {
  for (const std::string& t : samples()) {
    CAPTURE(t);
    const CompactString s = t;
    CHECK(s.size() == t.size());
    CHECK(s.empty() == t.empty());
    CHECK(s.view() == t);
    CHECK(s.str() == t);
    CHECK(std::string(s.begin(), s.end()) == t);
    CHECK(s.c_str()[t.size()] == '\0');  // always NUL-terminated
    if (!t.empty()) {
      CHECK(s.front() == t.front());
      CHECK(s.back() == t.back());
      CHECK(s[t.size() / 2] == t[t.size() / 2]);
    }
  }
  // The inline limit itself: six chars inside, seven on the heap; both read the same.
  CHECK(CompactString("abcdef").view() == "abcdef");
  CHECK(CompactString("abcdefg").view() == "abcdefg");
  CHECK(sizeof(CompactString) == 8);
}

TEST_CASE("CompactString: a copy shares the text's block, and stays as it was when the original changes") {
  for (const std::string& t : samples()) {
    CAPTURE(t);
    CompactString a = t;
    CompactString b = a;  // copy
    CHECK(b == a);
    CHECK(b.view() == t);
    CHECK(shares_block(a, b) == (t.size() > CompactString::kInlineCapacity));  // one block, two holders
    a = "changed, and long enough for a block of its own";
    CHECK(b.view() == t);  // assignment gave `a` another block; the copy reads the same
    CHECK_FALSE(shares_block(a, b));
    {
      const CompactString third = b;  // a third holder, gone at the end of the scope
      CHECK(third == b);
    }
    CHECK(b.view() == t);

    CompactString c = std::move(b);
    CHECK(c.view() == t);
    CHECK(b.empty());  // NOLINT(bugprone-use-after-move): moved-from is empty by design
    CompactString d;
    d = std::move(c);
    CHECK(d.view() == t);
    CHECK(c.empty());  // NOLINT(bugprone-use-after-move)

    CompactString e = "something else, long enough to live on the heap";
    e = d;  // copy assignment over a heap string
    CHECK(e.view() == t);
    e = e;  // self-assignment keeps the text
    CHECK(e.view() == t);
    e = std::move(e);  // NOLINT: self-move keeps the text too
    CHECK(e.view() == t);
  }
}

TEST_CASE("CompactString: assignment from std::string, string_view, const char* and its own text") {
  CompactString s;
  s = std::string("from a std::string, long enough");
  CHECK(s == "from a std::string, long enough");
  s = std::string_view("view");
  CHECK(s == "view");
  s = "literal";
  CHECK(s == "literal");
  s = std::string_view(s).substr(1, 3);  // a view of its own text
  CHECK(s == "ite");
  CompactString l = "a long string that points into itself";
  l = l.view().substr(2);
  CHECK(l == "long string that points into itself");
  s.clear();
  CHECK(s.empty());
}

TEST_CASE("CompactString: comparisons and concatenation") {
  const CompactString a = "apple";
  const CompactString b = "banana split";
  const std::string sa = "apple";
  CHECK(a == "apple");
  CHECK("apple" == a);
  CHECK(a == sa);
  CHECK(sa == a);
  CHECK(a == std::string_view("apple"));
  CHECK(std::string_view("apple") == a);
  CHECK(a != b);
  CHECK(a != "apples");
  CHECK("apples" != a);
  CHECK(a < b);
  CHECK(a < "b");
  CHECK("a" < a);
  CHECK_FALSE(b < a);
  CHECK(CompactString("a\0b"s) != CompactString("a\0c"s));  // embedded NULs are compared too
  CHECK(CompactString("a\0b"s) != "a");

  CHECK(a + "!" == "apple!");
  CHECK("an " + a == "an apple");
  CHECK(a + ' ' + b == "apple banana split");
  CHECK(sa + a == "appleapple");
  CHECK(std::string("x") + b == "xbanana split");
  CHECK(a + sa == "appleapple");
  CHECK(a + b == "applebanana split");
  std::string s = "I like ";
  s += a;
  CHECK(s == "I like apple");

  CHECK(b.find("split") == 7);
  CHECK(b.find('z') == CompactString::npos);
  CHECK(b.rfind('a') == 5);
  CHECK(b.substr(0, 6) == "banana");

  std::ostringstream os;
  os << a << '|' << CompactString();
  CHECK(os.str() == "apple|");
}

TEST_CASE("CompactStrings: empty, build, copy, move, compare") {
  CompactStrings e;
  CHECK(e.empty());
  CHECK(e.size() == 0);
  CHECK(e.begin() == e.end());
  CHECK(e == std::vector<std::string>{});
  CHECK(sizeof(CompactStrings) == sizeof(void*));

  const std::vector<std::string> v = samples();
  CompactStrings l = v;
  REQUIRE(l.size() == v.size());
  for (std::size_t i = 0; i < v.size(); ++i) CHECK(l[i].view() == v[i]);
  CHECK(l == v);
  CHECK(v == l);
  CHECK(l.to_vector() == v);
  std::size_t n = 0;
  for (const CompactString& s : l) CHECK(s.view() == v[n++]);
  CHECK(n == v.size());

  CompactStrings copy = l;
  CHECK(copy == l);
  copy[1] = "changed";
  CHECK(copy != l);
  CHECK(l[1] == "a");

  CompactStrings moved = std::move(copy);
  CHECK(moved.size() == v.size());
  CHECK(copy.empty());  // NOLINT(bugprone-use-after-move)
  moved = l;
  CHECK(moved == l);
  moved = moved;  // self-assignment
  CHECK(moved == l);

  CompactStrings init = {"one", "two", "three"};
  CHECK(init.size() == 3);
  CHECK(init.front() == "one");
  CHECK(init.back() == "three");
  init = {"x"};
  CHECK(init == std::vector<std::string>{"x"});
  init.push_back("second item, long enough for the heap");
  init.push_back(init[0]);  // from its own element
  CHECK(init == std::vector<std::string>{"x", "second item, long enough for the heap", "x"});
  CHECK(CompactStrings{"a", "b"} != CompactStrings{"a"});
  CHECK(CompactStrings{"a", "b"} != CompactStrings{"a", "c"});
  init.clear();
  CHECK(init.empty());

  CompactStrings sized(2);
  CHECK(sized.size() == 2);
  CHECK(sized[0].empty());
  sized[1] = "filled";
  CHECK(sized == std::vector<std::string>{"", "filled"});
}
