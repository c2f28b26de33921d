// CSV/TSV of term and definition (Quizlet's and Anki's text exports) into `term` facts, with a report of skipped rows.
#include <algorithm>
#include <map>
#include <set>

#include "factdeck/import.h"
#include "factdeck/suggest.h"
#include "suggest/scan.h"

namespace factdeck {
namespace {

using suggest_detail::collapse_spaces;
using suggest_detail::lower;
using suggest_detail::starts_with;
using suggest_detail::trim;

constexpr std::size_t kMaxTermBytes = 300;  // longer "terms" are a sign of a wrong separator

std::string_view drop_bom(std::string_view t) { return starts_with(t, "\xEF\xBB\xBF") ? t.substr(3) : t; }

// Anki 2.1.55+ puts "#key:value" lines at the top of its text export.
struct AnkiHeader {
  char separator = 0;
  bool html = false;
  std::set<int> skip_columns;  // 1-based: guid, notetype, deck and tags columns
  std::size_t body = 0;        // where the rows start
};

AnkiHeader read_anki_header(std::string_view t) {
  AnkiHeader h;
  std::size_t pos = 0;
  while (pos < t.size() && t[pos] == '#') {
    std::size_t end = t.find_first_of("\r\n", pos);
    if (end == std::string_view::npos) end = t.size();
    const std::string line(t.substr(pos + 1, end - pos - 1));
    const std::size_t colon = line.find(':');
    if (colon == std::string::npos) break;
    const std::string key = lower(trim(line.substr(0, colon)));
    const std::string value = trim(line.substr(colon + 1));
    const std::string v = lower(value);
    if (key == "separator") {
      h.separator = v == "tab" ? '\t' : v == "comma" ? ',' : v == "semicolon" ? ';' : v == "pipe" ? '|'
                    : v == "colon" ? ':' : v == "space" ? ' ' : value.size() == 1 ? value[0] : 0;
    } else if (key == "html") {
      h.html = v == "true";
    } else if (key == "guid column" || key == "notetype column" || key == "deck column" || key == "tags column") {
      int n = 0;
      for (char c : value)
        if (suggest_detail::is_digit(c) && n < 1000) n = n * 10 + (c - '0');
      if (n > 0) h.skip_columns.insert(n);
    }
    pos = end;
    while (pos < t.size() && (t[pos] == '\r' || t[pos] == '\n')) ++pos;
    h.body = pos;
  }
  return h;
}

// Tags out (<br> and block ends become line breaks), the common entities decoded.
std::string strip_html(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '<') {
      const std::size_t end = s.find('>', i);
      if (end != std::string::npos) {
        const std::string tag = lower(s.substr(i + 1, end - i - 1));
        if (starts_with(tag, "br") || starts_with(tag, "/div") || starts_with(tag, "/p") || starts_with(tag, "/li"))
          out += '\n';
        i = end;
        continue;
      }
    }
    if (s[i] == '&') {
      static const std::pair<const char*, const char*> entities[] = {
          {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&apos;", "'"}, {"&nbsp;", " "}};
      bool done = false;
      for (const auto& [name, text] : entities)
        if (s.compare(i, std::char_traits<char>::length(name), name) == 0) {
          out += text;
          i += std::char_traits<char>::length(name) - 1;
          done = true;
          break;
        }
      if (done) continue;
    }
    out += s[i];
  }
  return out;
}

// Trimmed, with CRLF made LF and spaces inside each line collapsed; line breaks kept.
std::string clean_field(const std::string& s) {
  std::string out;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t end = s.find('\n', start);
    if (end == std::string::npos) end = s.size();
    const std::string line = collapse_spaces(s.substr(start, end - start));
    if (!line.empty()) out += (out.empty() ? "" : "\n") + line;
    if (end == s.size()) break;
    start = end + 1;
  }
  return out;
}

bool header_word(const std::string& s, bool* definition_first) {
  static const std::set<std::string> term_words = {"term", "front", "word", "question", "name", "terms", "words", "q"};
  static const std::set<std::string> def_words = {"definition", "back", "meaning", "answer", "definitions", "a", "description"};
  const std::string w = lower(trim(s));
  if (term_words.count(w)) return true;
  if (def_words.count(w)) {
    *definition_first = true;
    return true;
  }
  return false;
}

std::string ending_punct(const std::string& s) {
  return !s.empty() && (s.back() == '.' || s.back() == '?' || s.back() == '!') ? "" : ".";
}

Fact term_fact(const std::string& term, const std::string& definition) {
  Fact f;
  f.kind = Kind::Term;
  f.text = term;
  f.definition = definition;
  // The question and statement read well with any term put in: they quote it.
  std::string flat = collapse_spaces(definition);
  while (!flat.empty() && (flat.back() == '.' || flat.back() == ';' || flat.back() == ':')) flat.pop_back();
  f.question = "Which term means: " + flat + (flat.empty() || flat.back() != '?' ? "?" : "");
  f.statement = "\"{answer}\" means: " + flat + ending_punct(flat);
  // No reverse ("What does X mean?" among other meanings): a term's meaning among others gives itself away, so
  // the engine asks a term for its meaning only, and check would warn of a reverse.
  return f;
}

}  // namespace

char detect_separator(std::string_view text) {
  text = drop_bom(text);
  const char candidates[] = {'\t', ',', ';', '|'};
  std::map<char, int> lines_with;
  int lines = 0;
  bool quoted = false, content = false;
  std::set<char> seen;
  for (std::size_t i = 0; i <= text.size() && lines < 200; ++i) {
    const char c = i < text.size() ? text[i] : '\n';
    if (c == '"') quoted = !quoted;
    if (quoted && i < text.size()) continue;
    if (c == '\n' || c == '\r') {
      if (content) ++lines;
      for (char s : seen) ++lines_with[s];
      seen.clear();
      content = false;
      continue;
    }
    if (c != ' ') content = true;
    if (std::find(std::begin(candidates), std::end(candidates), c) != std::end(candidates)) seen.insert(c);
  }
  // Tab first: Quizlet's and Anki's default, and definitions often hold commas.
  for (char c : candidates)
    if (lines > 0 && lines_with[c] * 2 >= lines) return c;
  char best = 0;
  for (char c : candidates)
    if (lines_with[c] > (best ? lines_with[best] : 0)) best = c;
  return best;
}

std::string separator_name(char sep) {
  switch (sep) {
    case '\t': return "tab";
    case ',': return "comma";
    case ';': return "semicolon";
    case 0: return "none";
    default: return std::string("'") + sep + "'";
  }
}

std::vector<CsvRecord> parse_delimited(std::string_view t, char sep) {
  t = drop_bom(t);
  std::vector<CsvRecord> out;
  int line = 1;
  std::size_t i = 0;
  while (i < t.size()) {
    CsvRecord r;
    r.line = line;
    std::string field;
    bool at_field_start = true, in_quotes = false, done = false;
    while (!done) {
      if (i >= t.size()) {
        if (in_quotes) r.error = "a quoted field is not closed before the end of the file";
        r.fields.push_back(field);
        break;
      }
      const char c = t[i];
      if (in_quotes) {
        if (c == '"') {
          if (i + 1 < t.size() && t[i + 1] == '"') field += '"', i += 2;  // "" is one quote
          else in_quotes = false, ++i;
        } else if (c == '\r' || c == '\n') {
          field += '\n';
          i += (c == '\r' && i + 1 < t.size() && t[i + 1] == '\n') ? 2 : 1;
          ++line;
        } else {
          field += c, ++i;
        }
        continue;
      }
      if (c == '"' && at_field_start) {
        in_quotes = true;
        at_field_start = false;
        ++i;
      } else if (c == sep) {
        r.fields.push_back(field);
        field.clear();
        at_field_start = true;
        ++i;
      } else if (c == '\r' || c == '\n') {
        r.fields.push_back(field);
        i += (c == '\r' && i + 1 < t.size() && t[i + 1] == '\n') ? 2 : 1;
        ++line;
        done = true;
      } else {
        // Text after a closing quote, or a quote inside an unquoted field, is kept as written.
        if (!(at_field_start && c == ' ' && sep != ' ')) field += c;
        if (c != ' ') at_field_start = false;
        ++i;
      }
    }
    const bool blank = r.fields.size() == 1 && trim(r.fields[0]).empty() && r.error.empty();
    if (!blank) out.push_back(std::move(r));
  }
  return out;
}

std::size_t ImportResult::imported() const { return article.facts.size(); }

std::vector<const ImportRow*> ImportResult::skipped_rows() const {
  std::vector<const ImportRow*> out;
  for (const ImportRow& r : rows)
    if (!r.skipped.empty()) out.push_back(&r);
  return out;
}

Status import_terms(std::string_view text, const ImportOptions& options, ImportResult& out) {
  out = ImportResult{};
  out.article.id = options.article_id;
  out.article.title = options.title;
  if (options.article_id.empty() || slug_id(options.article_id, 200) != options.article_id)
    return Status::Error("article id '" + options.article_id + "' must be lower-case letters, digits and '-'");
  if (options.title.empty()) return Status::Error("the article needs a title");
  text = drop_bom(text);
  const AnkiHeader anki = read_anki_header(text);
  const std::string_view body = text.substr(anki.body);
  if (trim(std::string(body)).empty()) return Status::Error("the file has no rows");
  out.html = anki.html;
  out.separator = options.separator ? options.separator : anki.separator ? anki.separator : detect_separator(body);
  if (!out.separator)
    return Status::Error("no separator found: each row needs a term and a definition separated by a tab, a comma or a semicolon");

  // Term and definition are the first two columns that are not Anki's guid/notetype/deck/tags.
  std::vector<int> columns;
  for (int c = 1; columns.size() < 2 && c < 64; ++c)
    if (!anki.skip_columns.count(c)) columns.push_back(c - 1);
  std::size_t term_col = static_cast<std::size_t>(columns[0]), def_col = static_cast<std::size_t>(columns[1]);

  const std::vector<CsvRecord> records = parse_delimited(body, out.separator);
  // Line numbers count the Anki header lines too, so they match what an editor shows.
  int header_lines = 0;
  for (std::size_t k = 0; k < anki.body; ++k)
    if (text[k] == '\n' || (text[k] == '\r' && (k + 1 >= anki.body || text[k + 1] != '\n'))) ++header_lines;

  std::map<std::string, std::pair<int, std::string>> first_row;  // normalised term -> (row, term as written)
  std::set<std::string> ids;
  for (std::size_t ri = 0; ri < records.size(); ++ri) {
    const CsvRecord& rec = records[ri];
    ImportRow row;
    row.row = static_cast<int>(ri) + 1;
    row.line = rec.line + header_lines;
    auto field = [&](std::size_t col) {
      if (col >= rec.fields.size()) return std::string();
      return clean_field(out.html ? strip_html(rec.fields[col]) : rec.fields[col]);
    };
    row.term = field(term_col);
    row.definition = field(def_col);
    if (ri == 0 && rec.fields.size() >= 2) {
      bool swapped = false, dummy = false;
      if (header_word(row.term, &swapped) && header_word(row.definition, &dummy)) {
        out.header = true;
        row.skipped = "header row (column names)";
        if (swapped) std::swap(term_col, def_col);
        out.rows.push_back(row);
        continue;
      }
    }
    std::size_t extra = 0;
    for (std::size_t c = 0; c < rec.fields.size(); ++c)
      if (c != term_col && c != def_col && !anki.skip_columns.count(static_cast<int>(c) + 1) &&
          !trim(rec.fields[c]).empty())
        ++extra;
    const std::string key = normalize_text(row.term).empty() ? row.term : normalize_text(row.term);
    if (!rec.error.empty()) row.skipped = rec.error;
    else if (row.term.empty()) row.skipped = "empty term";
    else if (rec.fields.size() <= std::max(term_col, def_col))
      row.skipped = "missing definition (no " + separator_name(out.separator) + " on this row)";
    else if (row.definition.empty()) row.skipped = "empty definition";
    else if (row.term.size() > kMaxTermBytes)
      row.skipped = "term longer than " + std::to_string(kMaxTermBytes) + " bytes (is the separator right?)";
    else if (normalize_text(row.definition) == normalize_text(row.term) && !normalize_text(row.term).empty())
      row.skipped = "definition is the same as the term";
    else if (first_row.count(key))
      row.skipped = "duplicate of row " + std::to_string(first_row[key].first) + " ('" + first_row[key].second + "')";
    if (row.skipped.empty()) {
      first_row.emplace(key, std::make_pair(row.row, row.term));
      Fact f = term_fact(row.term, row.definition);
      std::string base = slug_id(row.term, 40);
      if (base.empty() || base.find_first_not_of("0123456789-") == std::string::npos) base = "term-" + std::to_string(row.row);
      std::string id = base;
      for (int n = 2; ids.count(id); ++n) id = base + "-" + std::to_string(n);
      ids.insert(id);
      f.id = row.fact_id = id;
      if (extra) row.note = std::to_string(extra) + " extra column" + (extra > 1 ? "s" : "") + " ignored";
      out.article.facts.push_back(std::move(f));
    }
    out.rows.push_back(std::move(row));
  }
  return Status::Ok();
}

std::string import_report(const ImportResult& result) {
  std::string out;
  for (const ImportRow& r : result.rows) {
    if (r.skipped.empty() && r.note.empty()) continue;
    out += "row " + std::to_string(r.row);
    if (r.line != r.row) out += " (line " + std::to_string(r.line) + ")";
    out += r.skipped.empty() ? ": note: " + r.note : ": skipped: " + r.skipped;
    out += "\n";
  }
  return out;
}

}  // namespace factdeck
