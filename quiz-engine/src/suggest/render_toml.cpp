// Writes articles and accepted suggestions as content-format TOML, checks the text loads, and saves it atomically.
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "factdeck/suggest.h"
#include "suggest/scan.h"

namespace factdeck {
namespace {

using suggest_detail::decode_at;

std::string number_literal(double v, int decimals) {
  char buf[64];
  if (decimals <= 0 && std::fabs(v) < 9e15 && v == std::floor(v)) {
    std::snprintf(buf, sizeof buf, "%.0f", v);
  } else {
    // Always a point, so TOML reads a float and the loader counts the decimals as written.
    std::snprintf(buf, sizeof buf, "%.*f", decimals < 1 ? 1 : decimals > 6 ? 6 : decimals, v);
  }
  return buf;
}

// A std::vector<std::string> (an article's tags) or CompactStrings (a fact's lists).
template <class Strings>
std::string string_array(const Strings& items) {
  std::string s = "[";
  for (std::size_t i = 0; i < items.size(); ++i) s += (i ? ", " : "") + toml_quote(items[i]);
  return s + "]";
}

std::string answer_literal(const Fact& f) {
  switch (f.kind) {
    case Kind::Year: return std::to_string(f.year);
    case Kind::Date: return iso_date(f.date);
    case Kind::Period: return "{ from = " + std::to_string(f.period.from) + ", to = " + std::to_string(f.period.to) + " }";
    case Kind::Number: {
      std::string s = "{ value = " + number_literal(f.number.value, f.number.decimals);
      if (!f.number.unit.empty()) s += ", unit = " + toml_quote(f.number.unit);
      if (!f.number.qualifier.empty()) s += ", qualifier = " + toml_quote(f.number.qualifier);
      return s + " }";
    }
    case Kind::List: return string_array(f.items);
    case Kind::Name:
    case Kind::Alias:
    case Kind::Term:
    case Kind::Opinion: return toml_quote(f.text);
  }
  return toml_quote(f.text);
}

using Lines = std::vector<std::pair<std::string, std::string>>;  // key, literal

std::string aligned(const Lines& lines) {
  std::size_t width = 0;
  for (const auto& [k, v] : lines) width = std::max(width, k.size());
  std::string out;
  for (const auto& [k, v] : lines) out += k + std::string(width - k.size(), ' ') + " = " + v + "\n";
  return out;
}

std::string fact_lines(const Fact& f) {
  Lines l;
  auto opt = [&](const char* key, std::string_view v) {
    if (!v.empty()) l.emplace_back(key, toml_quote(v));
  };
  l.emplace_back("id", toml_quote(f.id));
  l.emplace_back("kind", toml_quote(std::string(kind_name(f.kind))));
  l.emplace_back("question", toml_quote(f.question));
  l.emplace_back("answer", answer_literal(f));
  // Kind-only fields are written whenever the kind needs them, even empty, so the file says what is missing.
  if (f.kind == Kind::Alias) l.emplace_back("subject", toml_quote(f.subject));
  if (f.kind == Kind::Term) l.emplace_back("definition", toml_quote(f.definition));
  if (f.kind == Kind::Opinion) l.emplace_back("speaker", toml_quote(f.speaker));
  l.emplace_back("statement", toml_quote(f.statement));
  opt("class", f.class_id);
  if (!f.distractors.empty()) l.emplace_back("distractors", string_array(f.distractors));
  opt("reverse", f.reverse);
  opt("original", f.original);
  opt("sentence", f.sentence);
  opt("note", f.note);
  if (!f.tags.empty()) l.emplace_back("tags", string_array(f.tags));
  return aligned(l);
}

std::string comment_lines(const std::string& text) {
  std::string out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string line = suggest_detail::valid_utf8(text.substr(start, end - start));
    out += line.empty() ? "#\n" : "# " + line + "\n";
    if (end == text.size()) break;
    start = end + 1;
  }
  return out;
}

std::string lexicon_toml(const Content& lexicon) {
  std::string out = "format = 1\n";
  for (const LexClass& c : lexicon.classes)
    out += "\n[[class]]\nid = " + toml_quote(c.id) + "\nlabel = " + toml_quote(c.label) + "\nmembers = " +
           string_array(c.members) + "\n";
  return out;
}

}  // namespace

std::string toml_quote(std::string_view s) {
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = 0;
    const std::uint32_t cp = decode_at(s, i, &n);
    if (n == 0) break;
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
          if (c < 0x20 || c == 0x7F) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04X", c);
            out += buf;
          } else {
            out += static_cast<char>(c);
          }
      }
    } else if ((cp == 0xFFFD && s.compare(i, 3, "\xEF\xBF\xBD") != 0) || (cp >= 0xD800 && cp <= 0xDFFF) ||
               cp > 0x10FFFF) {
      out += "\\uFFFD";  // a broken UTF-8 sequence: TOML files must be valid UTF-8
    } else {
      out.append(s.substr(i, n));
    }
    i += n;
  }
  return out + "\"";
}

std::string article_toml(const Article& a, const std::vector<FactBlock>& facts, const std::string& header) {
  std::string out;
  if (!header.empty()) out += comment_lines(header) + "\n";
  out += "format = 1\n\n[article]\n";
  Lines l;
  l.emplace_back("id", toml_quote(a.id));
  l.emplace_back("title", toml_quote(a.title));
  if (a.published) l.emplace_back("published", iso_date(*a.published));
  if (!a.source.empty()) l.emplace_back("source", toml_quote(a.source));
  if (!a.tags.empty()) l.emplace_back("tags", string_array(a.tags));
  if (!a.summary.empty()) l.emplace_back("summary", toml_quote(a.summary));
  out += aligned(l);
  for (const FactBlock& b : facts) {
    out += "\n";
    if (!b.comment.empty()) out += comment_lines(b.comment);
    const std::string body = "[[fact]]\n" + fact_lines(b.fact);
    out += b.disabled ? comment_lines(body.substr(0, body.size() - 1)) : body;
  }
  return out;
}

std::string article_toml(const Article& article) {
  std::vector<FactBlock> blocks;
  for (const Fact& f : article.facts) blocks.push_back({f, "", false});
  return article_toml(article, blocks);
}

std::vector<FactBlock> suggestion_blocks(const std::vector<Suggestion>& accepted) {
  std::vector<FactBlock> blocks;
  for (const Suggestion& s : accepted) {
    FactBlock b;
    b.fact = s.fact;
    b.comment = std::string(confidence_name(s.confidence)) + " confidence (" + s.rule + "): " + s.reason;
    if (!s.ready()) {
      b.disabled = true;
      b.comment += "\nNOT READY: needs " + s.missing + ". Add it, then remove the '# ' in front of each line below.";
    }
    blocks.push_back(std::move(b));
  }
  return blocks;
}

LoadResult check_article_toml(const std::string& toml, const Content* lexicon, const std::string& path) {
  std::vector<FileText> lex;
  if (lexicon && !lexicon->classes.empty()) lex.push_back({"(lexicon)", lexicon_toml(*lexicon)});
  return load_content_texts(lex, {{path, toml}});
}

Status render_suggestions(const Article& fields, const std::vector<Suggestion>& accepted, const Content* lexicon,
                          std::string& out, std::vector<Diagnostic>* warnings) {
  out = article_toml(fields, suggestion_blocks(accepted));
  const LoadResult r = check_article_toml(out, lexicon, fields.id.empty() ? "article.toml" : fields.id + ".toml");
  std::string first_error;
  for (const Diagnostic& d : r.diagnostics) {
    if (d.severity == Severity::Error && first_error.empty()) first_error = d.to_string();
    if (d.severity == Severity::Warning && warnings) warnings->push_back(d);
  }
  if (!first_error.empty()) {
    const std::size_t more = r.error_count() - 1;
    return Status::Error(first_error + (more ? " (and " + std::to_string(more) + " more)" : ""));
  }
  return Status::Ok();
}

Status save_article_file(const std::string& content_dir, const std::string& article_id, const std::string& toml,
                         std::string* path_out) {
  namespace fs = std::filesystem;
  if (article_id.empty() || article_id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") != std::string::npos)
    return Status::Error("article id '" + article_id + "' must be lower-case letters, digits and '-'");
  std::error_code ec;
  const fs::path dir = fs::path(content_dir) / "articles";
  fs::create_directories(dir, ec);
  if (ec) return Status::Error("cannot create " + dir.string() + ": " + ec.message());
  const fs::path path = dir / (article_id + ".toml");
  const fs::path tmp = dir / ("." + article_id + ".toml.tmp");
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    if (!f) return Status::Error("cannot write " + tmp.string());
    f << toml;
    f.flush();
    if (!f) return Status::Error("cannot write " + tmp.string() + " (disk full?)");
  }
  fs::rename(tmp, path, ec);
  if (ec) {
    fs::remove(tmp, ec);
    return Status::Error("cannot replace " + path.string());
  }
  if (path_out) *path_out = path.string();
  return Status::Ok();
}

}  // namespace factdeck
