// Fuzz target: GIFT, XML and HTML escaping, and the whole GIFT and Moodle XML writers on questions of hostile text.
#include <string>
#include <vector>

#include "export/export_internal.h"
#include "fuzz_target.h"
#include "fuzz_utf8.h"

namespace {

using namespace factdeck;
using factdeck::fuzz::next_code_point;
using factdeck::fuzz::valid_utf8;

// XML 1.0's Char production.
bool xml_char(long cp) {
  return cp == 0x9 || cp == 0xa || cp == 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) ||
         (cp >= 0x10000 && cp <= 0x10ffff);
}

// Character data as an XML parser reads it: no markup characters, entities only of the five kinds.
bool xml_char_data(std::string_view s, bool input_was_utf8) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '<' || s[i] == '>') return false;
    if (s[i] == '&') {
      bool known = false;
      for (std::string_view e : {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#39;", "&#37;"})
        known = known || s.substr(i, e.size()) == e;
      if (!known) return false;
    }
  }
  if (!input_was_utf8) return true;
  for (std::size_t i = 0; i < s.size();) {
    const long cp = next_code_point(s, i);
    if (cp < 0 || !xml_char(cp)) return false;
  }
  return true;
}

// A minimal XML well-formedness check of a Moodle file: tags nest, text and attributes are character data.
bool well_formed(std::string_view x, bool utf8) {
  std::vector<std::string_view> open;
  std::size_t i = 0;
  if (x.substr(0, 5) == "<?xml") i = x.find("?>") + 2;
  while (i < x.size()) {
    const std::size_t lt = x.find('<', i);
    if (!xml_char_data(x.substr(i, lt == std::string_view::npos ? std::string_view::npos : lt - i), utf8)) return false;
    if (lt == std::string_view::npos) break;
    if (x.substr(lt, 4) == "<!--") {
      const std::size_t end = x.find("-->", lt + 4);
      if (end == std::string_view::npos) return false;
      i = end + 3;
      continue;
    }
    const std::size_t gt = x.find('>', lt);
    if (gt == std::string_view::npos) return false;
    std::string_view tag = x.substr(lt + 1, gt - lt - 1);
    const bool closing = !tag.empty() && tag[0] == '/';
    const bool empty = !tag.empty() && tag.back() == '/';
    if (closing) tag.remove_prefix(1);
    if (empty) tag.remove_suffix(1);
    const std::size_t sp = tag.find(' ');
    const std::string_view name = tag.substr(0, sp);
    if (name.empty()) return false;
    // Attribute values: name="value" pairs whose value is character data.
    if (sp != std::string_view::npos) {
      std::string_view rest = tag.substr(sp);
      while (!rest.empty()) {
        const std::size_t q1 = rest.find('"');
        if (q1 == std::string_view::npos) break;
        const std::size_t q2 = rest.find('"', q1 + 1);
        if (q2 == std::string_view::npos || !xml_char_data(rest.substr(q1 + 1, q2 - q1 - 1), utf8)) return false;
        rest = rest.substr(q2 + 1);
      }
    }
    if (closing) {
      if (open.empty() || open.back() != name) return false;
      open.pop_back();
    } else if (!empty) {
      open.push_back(name);
    }
    i = gt + 1;
  }
  return open.empty();
}

// The GIFT structure Moodle relies on: one question a paragraph, "::name::" then one unescaped
// { ... } answer block, no blank line inside it.
bool gift_structure(const std::string& g, int exported) {
  int questions = 0;
  std::size_t start = 0;
  while (start < g.size()) {
    std::size_t end = g.find("\n\n", start);
    if (end == std::string::npos) end = g.size();
    const std::string_view para(g.data() + start, end - start);
    start = end + 2;
    if (para.empty() || para.substr(0, 2) == "//" || para.substr(0, 10) == "$CATEGORY:") continue;
    if (para.substr(0, 2) != "::") return false;
    ++questions;
    int open = 0, close = 0;
    for (std::size_t i = 0; i < para.size(); ++i) {
      if (para[i] == '\\') {
        ++i;
        continue;
      }
      open += para[i] == '{';
      close += para[i] == '}';
    }
    if (open != 1 || close != 1 || para.back() != '}') return false;
  }
  return questions == exported;
}

std::vector<std::string> fields(std::string_view s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (out.size() < 12) {
    const std::size_t sep = s.find('\x01', start);
    out.emplace_back(s.substr(start, sep == std::string_view::npos ? std::string_view::npos : sep - start));
    if (sep == std::string_view::npos) break;
    start = sep + 1;
  }
  while (out.size() < 12) out.emplace_back("x");
  return out;
}

}  // namespace

// Input: a type byte, then up to 12 text fields separated by 0x01.
FACTDECK_FUZZ_TARGET(export_escape) {
  using namespace factdeck::exp;
  if (size == 0 || size > 8192) return 0;
  const std::string_view all = fuzz::as_text(data, size);
  const std::string_view text = all.substr(1);
  const bool utf8 = valid_utf8(text);

  // The escapes alone.
  const std::string g = gift_escape(text);
  std::string back;
  for (std::size_t i = 0; i < g.size(); ++i) {
    if (g[i] == '\\') {
      FUZZ_CHECK(i + 1 < g.size());
      back += g[++i];
      continue;
    }
    FUZZ_CHECK(std::string_view("~=#{}:").find(g[i]) == std::string_view::npos);
    back += g[i];
  }
  FUZZ_CHECK(back == text);
  FUZZ_CHECK(xml_char_data(xml_escape(text), utf8));
  FUZZ_CHECK(xml_char_data(xml_escape(html_escape(text)), utf8));
  const std::string h = html_escape(text);
  FUZZ_CHECK(h.find_first_of("<>\"'") == std::string::npos);
  const std::string line = one_line(text);
  FUZZ_CHECK(line.find_first_of("\r\n") == std::string::npos);
  FUZZ_CHECK(drop_controls(text).find('\0') == std::string::npos);
  (void)utf8_length(text);

  // The writers, on one question of the chosen type built from the fields.
  const std::vector<std::string> f = fields(text);
  Content content;
  Article article;
  article.id = "a";
  article.title = f[11];
  content.articles.push_back(article);
  Quiz quiz;
  Question q;
  q.id = "a/" + f[0] + "/q";
  q.article = "a";
  q.fact = f[0];
  q.type = all_types()[static_cast<unsigned char>(all[0]) % all_types().size()];
  q.prompt = f[1];
  q.options = {f[2], f[3], f[4]};
  q.answer = static_cast<unsigned char>(all[0]) % 3;
  q.statement = f[1];
  q.truth = (all[0] & 1) != 0;
  q.text = f[1];
  q.accept = {f[2], f[5]};
  q.items = {f[2], f[3], f[4]};
  q.order = {2, 0, 1};
  q.left = {f[6], f[7]};
  q.right = {f[8], f[9]};
  q.pairs = {1, 0};
  q.value = static_cast<double>(static_cast<unsigned char>(all[0]));
  q.unit = f[10];
  q.tolerance = 0.5;
  q.sentence = f[10];
  q.note = f[9];
  q.original = f[8];
  quiz.questions.push_back(q);

  ExportOptions options;
  options.title = f[11];
  ExportResult gift;
  if (export_quiz(quiz, content, "gift", options, gift).ok()) FUZZ_CHECK(gift_structure(gift.bytes, gift.exported));
  ExportResult xml;
  if (export_quiz(quiz, content, "moodle-xml", options, xml).ok()) FUZZ_CHECK(well_formed(xml.bytes, utf8));
  return 0;
}
