// Anki .apkg: each question as a note (multiple-choice or cloze note type) in a collection.anki2, zipped with libzip.
#include <zip.h>

#include "export/anki.h"
#include "export/export_internal.h"

namespace factdeck::exp {
namespace {

// Field text: HTML-escaped, line breaks as <br>.
std::string field_html(std::string_view s) {
  std::string out;
  for (char c : html_escape(s)) out += c == '\n' ? std::string("<br>") : std::string(1, c);
  return out;
}

// Inside a cloze field, braces must not start or end a deletion and "::" inside one would start a hint.
std::string cloze_safe(std::string_view s, bool inside_deletion) {
  std::string out;
  for (char c : field_html(s)) {
    if (c == '{') out += "&#123;";
    else if (c == '}') out += "&#125;";
    else if (c == ':' && inside_deletion) out += "&#58;";
    else out += c;
  }
  return out;
}

std::string lettered_list(const std::vector<std::string>& items) {
  std::string h = "<ol type=\"A\">";
  for (const auto& i : items) h += "<li>" + field_html(i) + "</li>";
  return h + "</ol>";
}

std::string options_html(const Question& q) {
  switch (q.type) {
    case QuestionType::Mcq:
    case QuestionType::Reverse:
    case QuestionType::FactOrOpinion: return lettered_list(q.options);
    case QuestionType::TrueFalse: return "True / False";
    case QuestionType::Order: return lettered_list(q.items);
    case QuestionType::Match: {
      std::string h = "<table>";
      for (std::size_t i = 0; i < std::max(q.left.size(), q.right.size()); ++i) {
        h += "<tr><td>";
        if (i < q.left.size()) h += std::to_string(i + 1) + ". " + field_html(q.left[i]);
        h += "</td><td>";
        if (i < q.right.size()) h += std::string(1, static_cast<char>('a' + i % 26)) + ") " + field_html(q.right[i]);
        h += "</td></tr>";
      }
      return h + "</table>";
    }
    case QuestionType::Cloze:
    case QuestionType::Numeric: return "";
  }
  return "";
}

// The cloze text with the blank as deletion c1, or "" when the question has no blank to turn into one.
std::string cloze_text(const Question& q) {
  static const std::string kBlank = "____";
  const auto at = q.text.find(kBlank);
  if (q.type != QuestionType::Cloze || q.accept.empty() || at == std::string::npos) return "";
  std::size_t end = at + kBlank.size();
  while (end < q.text.size() && q.text[end] == '_') ++end;  // a longer blank is still one blank
  return cloze_safe(q.text.substr(0, at), false) + "{{c1::" + cloze_safe(q.accept.front(), true) + "}}" +
         cloze_safe(q.text.substr(end), false);
}

std::string tag(std::string s) {
  for (char& c : s)
    if (c == ' ' || c == '\t' || c == '\n' || c == '\x1f') c = '_';
  return s;
}

std::string deck_name(const std::string& title) {
  std::string t = one_line(title), out;
  // "::" separates subdecks in Anki's deck names.
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t.compare(i, 2, "::") == 0) {
      out += ": ";
      ++i;
    } else {
      out += t[i];
    }
  }
  return "Factdeck::" + (out.empty() ? std::string("Quiz") : out);
}

Status zip_package(const std::string& collection, std::int64_t now, std::string& bytes) {
  TempFile file(".apkg");
  if (!file.ok()) return Status::Error("anki: cannot create a temporary file");
  int err = 0;
  zip_t* za = zip_open(file.path().c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  if (!za) {
    zip_error_t ze;
    zip_error_init_with_code(&ze, err);
    Status s = Status::Error(std::string("anki: cannot start the package: ") + zip_error_strerror(&ze));
    zip_error_fini(&ze);
    return s;
  }
  static const char kMedia[] = "{}";  // no media files
  const std::pair<const char*, std::string_view> entries[] = {{"collection.anki2", collection},
                                                               {"media", std::string_view(kMedia, 2)}};
  for (const auto& [name, data] : entries) {
    zip_source_t* src = zip_source_buffer(za, data.data(), data.size(), 0);
    const zip_int64_t index = src ? zip_file_add(za, name, src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) : -1;
    if (index < 0) {
      zip_source_free(src);
      Status s = Status::Error(std::string("anki: cannot add ") + name + ": " + zip_strerror(za));
      zip_discard(za);
      return s;
    }
    zip_file_set_mtime(za, static_cast<zip_uint64_t>(index), static_cast<time_t>(now), 0);
  }
  if (zip_close(za) != 0) {
    Status s = Status::Error(std::string("anki: cannot write the package: ") + zip_strerror(za));
    zip_discard(za);
    return s;
  }
  if (!file.read(bytes)) return Status::Error("anki: cannot read back the package");
  return Status::Ok();
}

}  // namespace

Status write_anki(const Quiz& quiz, const Content& content, const ExportOptions& options, ExportResult& out) {
  // Without a clock, a fixed time (2025-01-01): the file is still valid, but Anki updates only newer notes.
  const std::int64_t now = options.now > 0 ? options.now : 1735689600;
  std::vector<anki::Deck> decks;
  std::vector<anki::Note> notes;
  for (const auto& group : group_by_article(quiz, content)) {
    const std::string name = deck_name(options.title.empty() ? group.title : options.title);
    const std::int64_t deck_id = anki::id_for("factdeck/deck/" + name);
    bool known = false;
    for (const auto& d : decks) known = known || d.id == deck_id;
    if (!known) decks.push_back({deck_id, name, field_html(group.title)});
    for (const Question* q : group.questions) {
      anki::Note n;
      // The question id is "article/fact/type": the same fact asked the same way is the same note.
      n.guid = anki::guid_for("factdeck/" + q->id);
      n.deck = deck_id;
      n.tags = {"factdeck", tag(q->article), tag(std::string(type_name(q->type)))};
      const std::string why = field_html(explanation(*q));
      const std::string article = field_html(group.title);
      if (const std::string text = cloze_text(*q); !text.empty()) {
        n.model = anki::kClozeModel;
        n.fields = {text, why, article};
      } else {
        n.model = anki::kChoiceModel;
        n.fields = {field_html(one_line(q->prompt)), options_html(*q), field_html(key_as_text(*q)), why, article};
      }
      notes.push_back(std::move(n));
    }
  }
  TempFile collection_file(".anki2");
  if (!collection_file.ok()) return Status::Error("anki: cannot create a temporary file");
  if (Status s = anki::write_collection(collection_file.path(), decks, notes, now); !s.ok()) return s;
  std::string collection;
  if (!collection_file.read(collection)) return Status::Error("anki: cannot read back the collection");
  if (Status s = zip_package(collection, now, out.bytes); !s.ok()) return s;
  out.exported = static_cast<int>(notes.size());
  return Status::Ok();
}

}  // namespace factdeck::exp
