// Anki's legacy collection.anki2 (schema 11): tables, the col row's JSON (models, decks, options), notes and cards.
#include <sqlite3.h>

#include <nlohmann/json.hpp>

#include "export/anki.h"
#include "export/sha1.h"

namespace factdeck::exp::anki {
namespace {

using nlohmann::json;

// The tables and indexes of Anki's schema 11 (rslib/src/storage/schema11.sql).
constexpr const char* kSchema = R"(
create table col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
  ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
  models text not null, decks text not null, dconf text not null, tags text not null);
create table notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
  usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
  flags integer not null, data text not null);
create table cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
  mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
  ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null,
  odue integer not null, odid integer not null, flags integer not null, data text not null);
create table revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
  ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
create table graves (usn integer not null, oid integer not null, type integer not null);
create index ix_notes_usn on notes (usn);
create index ix_cards_usn on cards (usn);
create index ix_revlog_usn on revlog (usn);
create index ix_cards_nid on cards (nid);
create index ix_cards_sched on cards (did, queue, due);
create index ix_revlog_cid on revlog (cid);
create index ix_notes_csum on notes (csum);
)";

constexpr const char* kCss =
    ".card { font-family: \"DejaVu Sans\", Arial, \"WenQuanYi Micro Hei\", sans-serif; font-size: 20px; text-align: left; "
    "color: black; background-color: white; }\n.options { margin-top: 0.6em; }\n.why { margin-top: 0.8em; font-size: 0.8em; "
    "color: #555; }\n.article { margin-top: 0.4em; font-size: 0.7em; color: #888; }\n.cloze { font-weight: bold; color: blue; }\n";

json field(const char* name, int ord) {
  return {{"name", name}, {"ord", ord}, {"sticky", false}, {"rtl", false}, {"font", "Arial"}, {"size", 20}, {"media", json::array()}};
}

json tmpl(const char* name, const std::string& qfmt, const std::string& afmt) {
  return {{"name", name}, {"ord", 0}, {"qfmt", qfmt}, {"afmt", afmt}, {"bqfmt", ""}, {"bafmt", ""}, {"did", nullptr},
          {"bfont", ""}, {"bsize", 0}};
}

json model(std::int64_t id, const char* name, int type, json fields, json tmpls, json req, std::int64_t deck,
           std::int64_t now) {
  return {{"id", id},
          {"name", name},
          {"type", type},
          {"mod", now},
          {"usn", -1},
          {"sortf", 0},
          {"did", deck},
          {"tmpls", std::move(tmpls)},
          {"flds", std::move(fields)},
          {"css", kCss},
          {"latexPre",
           "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n"
           "\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n"},
          {"latexPost", "\\end{document}"},
          {"latexsvg", false},
          {"req", std::move(req)},
          {"tags", json::array()},
          {"vers", json::array()}};
}

json models(std::int64_t deck, std::int64_t now) {
  json choice = model(
      kChoiceModel, "Factdeck multiple choice", 0,
      json::array({field("Question", 0), field("Options", 1), field("Answer", 2), field("Explanation", 3),
                   field("Article", 4)}),
      json::array({tmpl("Question",
                        "<div class=\"question\">{{Question}}</div>{{#Options}}<div class=\"options\">{{Options}}</div>"
                        "{{/Options}}",
                        "{{FrontSide}}\n<hr id=answer>\n<div class=\"answer\">{{Answer}}</div>{{#Explanation}}"
                        "<div class=\"why\">{{Explanation}}</div>{{/Explanation}}<div class=\"article\">{{Article}}</div>")}),
      json::array({json::array({0, "any", json::array({0, 1})})}), deck, now);
  json cloze = model(kClozeModel, "Factdeck cloze", 1,
                     json::array({field("Text", 0), field("Explanation", 1), field("Article", 2)}),
                     json::array({tmpl("Cloze", "{{cloze:Text}}",
                                       "{{cloze:Text}}{{#Explanation}}<div class=\"why\">{{Explanation}}</div>"
                                       "{{/Explanation}}<div class=\"article\">{{Article}}</div>")}),
                     json::array({json::array({0, "any", json::array({0})})}), deck, now);
  return {{std::to_string(kChoiceModel), std::move(choice)}, {std::to_string(kClozeModel), std::move(cloze)}};
}

json deck_json(std::int64_t id, const std::string& name, const std::string& desc, std::int64_t now) {
  const json today = json::array({0, 0});
  return {{"id", id},           {"name", name},       {"desc", desc},       {"mod", now},          {"usn", -1},
          {"collapsed", false}, {"browserCollapsed", false}, {"dyn", 0},   {"conf", 1},           {"extendNew", 10},
          {"extendRev", 50},    {"lrnToday", today},  {"revToday", today},  {"newToday", today},   {"timeToday", today}};
}

json deck_options() {
  json conf = {{"id", 1},
               {"name", "Default"},
               {"mod", 0},
               {"usn", 0},
               {"maxTaken", 60},
               {"autoplay", true},
               {"timer", 0},
               {"replayq", true},
               {"dyn", false},
               {"new",
                {{"bury", false},
                 {"delays", json::array({1.0, 10.0})},
                 {"initialFactor", 2500},
                 {"ints", json::array({1, 4, 0})},
                 {"order", 1},
                 {"perDay", 20},
                 {"separate", true}}},
               {"rev",
                {{"bury", false},
                 {"ease4", 1.3},
                 {"fuzz", 0.05},
                 {"ivlFct", 1},
                 {"maxIvl", 36500},
                 {"minSpace", 1},
                 {"perDay", 200},
                 {"hardFactor", 1.2}}},
               {"lapse",
                {{"delays", json::array({10.0})}, {"leechAction", 1}, {"leechFails", 8}, {"minInt", 1}, {"mult", 0}}}};
  return {{"1", std::move(conf)}};
}

json col_conf(std::int64_t deck) {
  return {{"activeDecks", json::array({deck})}, {"curDeck", deck},       {"newSpread", 0},     {"collapseTime", 1200},
          {"timeLim", 0},                       {"estTimes", true},      {"dueCounts", true},  {"curModel", std::to_string(kChoiceModel)},
          {"nextPos", 1},                       {"sortType", "noteFld"}, {"sortBackwards", false}, {"addToCur", true},
          {"schedVer", 2}};
}

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

// A prepared statement that finalizes itself.
class Stmt {
 public:
  Stmt(sqlite3* db, const char* sql) { sqlite3_prepare_v2(db, sql, -1, &s_, nullptr); }
  ~Stmt() { sqlite3_finalize(s_); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  bool ok() const { return s_ != nullptr; }
  void bind(int i, std::int64_t v) { sqlite3_bind_int64(s_, i, v); }
  void bind(int i, const std::string& v) { sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT); }
  bool run() {
    const int rc = sqlite3_step(s_);
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
    return rc == SQLITE_DONE;
  }

 private:
  sqlite3_stmt* s_ = nullptr;
};

Status sql_error(sqlite3* db, const std::string& what) {
  return Status::Error("anki: " + what + ": " + (db ? sqlite3_errmsg(db) : "cannot open"));
}

Status fill(sqlite3* db, const std::vector<Deck>& decks, const std::vector<Note>& notes, std::int64_t now) {
  if (sqlite3_exec(db, kSchema, nullptr, nullptr, nullptr) != SQLITE_OK) return sql_error(db, "creating the tables");
  const std::int64_t first_deck = decks.empty() ? 1 : decks.front().id;
  json deck_map = {{"1", deck_json(1, "Default", "", now)}};
  for (const Deck& d : decks) deck_map[std::to_string(d.id)] = deck_json(d.id, d.name, d.description, now);
  Stmt col(db, "insert into col values (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')");
  if (!col.ok()) return sql_error(db, "preparing the collection row");
  col.bind(1, now - now % 86400);  // crt: the collection's creation day
  col.bind(2, now * 1000);
  col.bind(3, now * 1000);
  col.bind(4, dump(col_conf(first_deck)));
  col.bind(5, dump(models(first_deck, now)));
  col.bind(6, dump(deck_map));
  col.bind(7, dump(deck_options()));
  if (!col.run()) return sql_error(db, "writing the collection row");

  Stmt note(db, "insert into notes values (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
  Stmt card(db, "insert into cards values (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')");
  if (!note.ok() || !card.ok()) return sql_error(db, "preparing notes and cards");
  // Ids are milliseconds, as Anki makes them; Anki gives an imported note a new id if one is taken.
  const std::int64_t base = now * 1000;
  const auto n = static_cast<std::int64_t>(notes.size());
  for (std::int64_t i = 0; i < n; ++i) {
    const Note& nt = notes[static_cast<std::size_t>(i)];
    std::string flds, tags = " ";
    for (std::size_t f = 0; f < nt.fields.size(); ++f) flds += (f ? "\x1f" : "") + nt.fields[f];
    for (const auto& t : nt.tags) tags += t + " ";
    note.bind(1, base + i);
    note.bind(2, nt.guid);
    note.bind(3, nt.model);
    note.bind(4, now);
    note.bind(5, tags.size() > 1 ? tags : std::string());
    note.bind(6, flds);
    note.bind(7, strip_html(nt.fields.empty() ? std::string() : nt.fields.front()));
    note.bind(8, field_checksum(nt.fields.empty() ? std::string() : nt.fields.front()));
    if (!note.run()) return sql_error(db, "writing a note");
    card.bind(1, base + n + i);
    card.bind(2, base + i);
    card.bind(3, nt.deck);
    card.bind(4, now);
    card.bind(5, i + 1);  // new-card position
    if (!card.run()) return sql_error(db, "writing a card");
  }
  return Status::Ok();
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void append_utf8(std::string& out, unsigned long cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// The entities Factdeck's fields use: the five named ones, &nbsp; and numeric references.
std::string decode_entities(std::string_view s) {
  static const std::pair<const char*, const char*> kNamed[] = {
      {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", "\xC2\xA0"}};
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const std::size_t semi = s[i] == '&' ? s.find(';', i) : std::string_view::npos;
    if (semi == std::string_view::npos || semi - i > 10) {
      out += s[i];
      continue;
    }
    const std::string_view name = s.substr(i + 1, semi - i - 1);
    bool done = false;
    if (!name.empty() && name[0] == '#') {
      const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
      unsigned long cp = 0;
      bool valid = name.size() > (hex ? 2u : 1u);
      for (std::size_t k = hex ? 2 : 1; valid && k < name.size(); ++k) {
        const int d = hex ? hex_value(name[k]) : (name[k] >= '0' && name[k] <= '9' ? name[k] - '0' : -1);
        valid = d >= 0 && cp < 0x110000;
        cp = cp * (hex ? 16 : 10) + static_cast<unsigned long>(d < 0 ? 0 : d);
      }
      if (valid && cp > 0 && cp < 0x110000) {
        append_utf8(out, cp);
        done = true;
      }
    } else {
      for (const auto& [n, v] : kNamed)
        if (name == n) {
          out += v;
          done = true;
        }
    }
    if (done)
      i = semi;
    else
      out += s[i];
  }
  return out;
}

}  // namespace

std::string strip_html(std::string_view html) {
  std::string text;
  for (std::size_t i = 0; i < html.size();) {
    if (html.compare(i, 4, "<!--") == 0) {
      const std::size_t end = html.find("-->", i + 4);
      if (end != std::string_view::npos) {
        i = end + 3;
        continue;
      }
    }
    if (html[i] == '<') {
      const std::size_t end = html.find('>', i + 1);
      if (end != std::string_view::npos) {
        i = end + 1;
        continue;
      }
    }
    text += html[i++];
  }
  if (text.find('&') == std::string::npos) return text;
  std::string decoded = decode_entities(text);
  std::string out;
  for (std::size_t i = 0; i < decoded.size(); ++i) {
    if (decoded.compare(i, 2, "\xC2\xA0") == 0) {
      out += ' ';
      ++i;
    } else {
      out += decoded[i];
    }
  }
  return out;
}

std::int64_t field_checksum(std::string_view first_field) {
  const auto d = sha1(strip_html(first_field));
  return (std::int64_t{d[0]} << 24) | (std::int64_t{d[1]} << 16) | (std::int64_t{d[2]} << 8) | std::int64_t{d[3]};
}

std::string guid_for(std::string_view key) {
  static const char kTable[] =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";
  const auto d = sha1(key);
  std::uint64_t n = 0;
  for (int i = 0; i < 8; ++i) n = (n << 8) | d[static_cast<std::size_t>(i)];
  std::string s;
  while (n > 0) {
    s += kTable[n % 91];
    n /= 91;
  }
  return std::string(s.rbegin(), s.rend());
}

std::int64_t id_for(std::string_view name) {
  const auto d = sha1(name);
  std::uint64_t n = 0;
  for (int i = 0; i < 6; ++i) n = (n << 8) | d[static_cast<std::size_t>(i)];
  return static_cast<std::int64_t>(1'000'000'000'000ULL + n % 8'000'000'000'000ULL);
}

Status write_collection(const std::string& path, const std::vector<Deck>& decks, const std::vector<Note>& notes,
                        std::int64_t now) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
    Status s = sql_error(db, "opening " + path);
    sqlite3_close(db);
    return s;
  }
  // One transaction for the whole file; the old rollback journal, as schema-11 Anki expects.
  sqlite3_exec(db, "pragma journal_mode = delete; begin", nullptr, nullptr, nullptr);
  Status s = fill(db, decks, notes, now);
  if (s.ok() && sqlite3_exec(db, "commit", nullptr, nullptr, nullptr) != SQLITE_OK) s = sql_error(db, "commit");
  if (!s.ok()) sqlite3_exec(db, "rollback", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  return s;
}

}  // namespace factdeck::exp::anki
