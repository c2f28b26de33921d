// Synthetic content: articles of M facts over every kind, and the lexicon classes their wrong answers come from.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "factdeck/rng.h"
#include "factdeck/store.h"
#include "factdeck/synth.h"
#include "synth/synth_internal.h"

namespace factdeck {
namespace synth_detail {
namespace {

constexpr int kClassGroups = 16;  // classes of each family; article a draws on group a % groups (at most 16)
constexpr int kMembers = 10;      // members of a name, nickname or term class
constexpr int kSectors = 12;      // members of a sector class (lists take three)

// Three syllables from 16 give 4,096 distinct made-up words: enough that names never collide by accident.
const char* const kSyllables[16] = {"ka", "lo", "ve", "ri", "tan", "mor", "sel", "dun",
                                    "pra", "vin", "zo", "mel", "tor", "an", "ish", "bel"};

std::string word(std::uint64_t i) {
  // Multiplying by an odd constant modulo 4096 is a bijection: word(i) differ for different i.
  const std::uint64_t j = (i * 2729u) & 0xFFFu;
  return std::string(kSyllables[(j >> 8) & 15]) + kSyllables[(j >> 4) & 15] + kSyllables[j & 15];
}

std::string cap(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

std::string agency(int group, int m) { return cap(word(static_cast<std::uint64_t>(group * kMembers + m))) + " Agency"; }
std::string nickname(int group, int m) { return cap(word(static_cast<std::uint64_t>(1000 + group * kMembers + m))) + " Fund"; }
std::string term(int group, int m) {
  return word(static_cast<std::uint64_t>(2000 + group * kMembers + m)) + " " +
         word(static_cast<std::uint64_t>(2500 + group * kMembers + m)) + " model";
}
std::string sector(int group, int m) { return word(static_cast<std::uint64_t>(3000 + group * kSectors + m)) + " industry"; }

std::string quoted(const std::string& s) { return "\"" + s + "\""; }

std::string list_text(const std::vector<std::string>& items) {
  std::string s = "[";
  for (std::size_t i = 0; i < items.size(); ++i) s += (i ? ", " : "") + quoted(items[i]);
  return s + "]";
}

std::string two_digits(int v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", v);
  return buf;
}

// Writes `key = value` lines in the aligned style of the bundled content.
class TomlOut {
 public:
  void line(const char* key, const std::string& raw) {
    out_ << key;
    for (std::size_t n = std::string(key).size(); n < 11; ++n) out_ << ' ';
    out_ << " = " << raw << "\n";
  }
  void text(const char* key, const std::string& v) { line(key, quoted(v)); }
  void raw(const std::string& s) { out_ << s; }
  std::string str() const { return out_.str(); }

 private:
  std::ostringstream out_;
};

// Everything a fact's templates need from its article.
struct Scene {
  std::string org, org2, place, place2, word1, word2;
  int group = 0;
};

// `write` false: the same draws, no sentence (a list's sentence would have to name its members).
void filler_sentence(TomlOut& t, Rng& r, const Scene& s, bool write) {
  static const char* const kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
  const char* day = kDays[r.below(5)];
  if (!write) return;
  t.text("sentence", s.org + " said on " + day + " that the " + s.place + " programme would go ahead, adding that " +
                         cap(s.word1) + " and " + cap(s.word2) + " officials had agreed its terms at a meeting in " + s.place2 +
                         " last month.");
}

// One [[fact]] of `kind`; `reverse` asks for a reverse question (alias and term only).
void write_fact(TomlOut& t, Rng& r, const Scene& s, Kind kind, int index, bool reverse) {
  t.raw("\n[[fact]]\n");
  t.text("id", std::string(kind_name(kind)) + "-" + std::to_string(index + 1));
  t.text("kind", std::string(kind_name(kind)));
  const std::string thing = cap(word(r.below(4096)));
  switch (kind) {
    case Kind::Name: {
      t.text("question", "According to the article, which agency runs the " + thing + " programme in " + s.place + "?");
      t.text("answer", agency(s.group, static_cast<int>(r.below(kMembers))));
      t.text("statement", "According to the article, the " + thing + " programme in " + s.place + " is run by {answer}.");
      t.text("class", "synth-agencies-" + std::to_string(s.group));
      break;
    }
    case Kind::Year:
      t.text("question", "In which year did " + s.org + " first open an office in " + thing + "?");
      t.line("answer", std::to_string(r.between(1950, 2025)));
      t.text("statement", s.org + " first opened an office in " + thing + " in {answer}.");
      break;
    case Kind::Date: {
      const int y = static_cast<int>(r.between(2015, 2025)), m = static_cast<int>(r.between(1, 12)),
                d = static_cast<int>(r.between(1, 28));
      t.text("question", "On which day did " + s.org + " sign the " + thing + " accord?");
      t.line("answer", std::to_string(y) + "-" + two_digits(m) + "-" + two_digits(d));
      t.text("statement", s.org + " signed the " + thing + " accord on {answer}.");
      break;
    }
    case Kind::Period: {
      const int from = static_cast<int>(r.between(2016, 2030));
      t.text("question", "Which years does the " + thing + " programme of " + s.org + " cover?");
      t.line("answer", "{ from = " + std::to_string(from) + ", to = " + std::to_string(from + r.between(2, 6)) + " }");
      t.text("statement", "The " + thing + " programme of " + s.org + " covers {answer}.");
      break;
    }
    case Kind::Number: {
      if (r.below(2)) {
        t.text("question", "How much did " + s.org + " pledge for the " + thing + " corridor?");
        t.line("answer", "{ value = " + std::to_string(r.between(3, 900)) + ", unit = \"billion yuan\" }");
        t.text("statement", s.org + " pledged {answer} for the " + thing + " corridor.");
      } else {
        t.text("question", "By how much did exports from " + s.place + " to " + thing + " grow last year?");
        t.line("answer", "{ value = " + std::to_string(r.between(2, 60)) + ", unit = \"%\", qualifier = \"more than\" }");
        t.text("statement", "Exports from " + s.place + " to " + thing + " grew by {answer} last year.");
      }
      break;
    }
    case Kind::Alias: {
      const std::string subject = "National " + thing + " " + cap(s.word2) + " Investment Fund";
      const std::string nick = nickname(s.group, static_cast<int>(r.below(kMembers)));
      t.text("question", "What is the " + subject + " often called?");
      t.text("answer", nick);
      t.text("subject", subject);
      t.text("statement", "The " + subject + " is often called the {answer}.");
      t.text("class", "synth-nicknames-" + std::to_string(s.group));
      if (reverse) t.text("reverse", "Which fund is often called the '" + nick + "'?");
      break;
    }
    case Kind::Term: {
      const std::string answer = term(s.group, static_cast<int>(r.below(kMembers)));
      const std::string definition = "the policy of moving " + word(r.below(4096)) + " production from " + s.place +
                                     " to " + thing;
      t.text("question", "Which term does the article use for " + definition + "?");
      t.text("answer", answer);
      t.text("definition", definition);
      t.text("statement", "The article uses the term {answer} for " + definition + ".");
      t.text("class", "synth-terms-" + std::to_string(s.group));
      break;
    }
    case Kind::List: {
      std::vector<int> members;
      for (int m = 0; m < kSectors; ++m) members.push_back(m);
      r.shuffle(members);
      std::vector<std::string> items;
      for (int i = 0; i < 3; ++i) items.push_back(sector(s.group, members[static_cast<std::size_t>(i)]));
      t.text("question", "Which industries does the article name as targets of the " + thing + " plan?");
      t.line("answer", list_text(items));
      t.text("statement", "The article names {answer} as targets of the " + thing + " plan.");
      t.text("class", "synth-sectors-" + std::to_string(s.group));
      break;
    }
    case Kind::Opinion:
      t.text("question", "What did an economist at " + s.org2 + " say about the " + thing + " plan?");
      t.text("answer", "The " + thing + " plan will take longer than its authors promise.");
      t.text("speaker", "an economist at " + s.org2);
      t.text("statement", "An economist at " + s.org2 + " said: {answer}");
      break;
  }
  // Most facts quote the article and some carry a note, as authored content does.
  if (r.below(10) < 6) filler_sentence(t, r, s, kind != Kind::List);
  if (r.below(4) == 0) t.text("note", "Background: the " + s.place + " programme was first proposed by " + s.org2 + ".");
}

std::string lexicon_text() {
  TomlOut t;
  t.raw("format = 1\n\n# Synthetic classes for benchmarks: made-up agencies, fund nicknames, terms and industries.\n");
  for (int g = 0; g < kClassGroups; ++g) {
    const std::string n = std::to_string(g);
    struct Family {
      const char* id;
      const char* label;
      int count;
      std::string (*member)(int, int);
    };
    const Family families[] = {{"synth-agencies-", "Synthetic agencies ", kMembers, agency},
                               {"synth-nicknames-", "Synthetic fund nicknames ", kMembers, nickname},
                               {"synth-terms-", "Synthetic policy terms ", kMembers, term},
                               {"synth-sectors-", "Synthetic industries ", kSectors, sector}};
    for (const Family& f : families) {
      std::vector<std::string> members;
      for (int m = 0; m < f.count; ++m) members.push_back(f.member(g, m));
      t.raw("\n[[class]]\n");
      t.text("id", f.id + n);
      t.text("label", f.label + n);
      t.line("members", list_text(members));
    }
  }
  return t.str();
}

Status write_file(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) return Status::Error("cannot write " + path.string());
  return Status::Ok();
}

}  // namespace

// Ten slots, shifted by the article's index: two of ten are alias facts, the ones that may have a reverse card
// (a term's meaning is not asked among meanings); slot 8 alternates between a list and an opinion.
Kind kind_of(int article, int fact) {
  static const Kind kSlots[10] = {Kind::Name, Kind::Year, Kind::Alias, Kind::Number, Kind::Term,
                                  Kind::Date, Kind::Alias, Kind::Period, Kind::List, Kind::Term};
  const Kind k = kSlots[(fact + article) % 10];
  return k == Kind::List && article % 2 == 1 ? Kind::Opinion : k;
}

bool reversible(Kind k) { return k == Kind::Alias; }

std::int64_t reversible_facts(const SynthSpec& spec) {
  std::int64_t n = 0;
  for (int a = 0; a < spec.articles; ++a)
    for (int f = 0; f < spec.facts_per_article; ++f) n += reversible(kind_of(a, f)) ? 1 : 0;
  return n;
}

}  // namespace synth_detail

using namespace synth_detail;

Status write_synth_content(const SynthSpec& spec, const std::string& dir, SynthSummary& out) {
  Status st = validate(spec);
  if (!st.ok()) return st;
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::remove_all(fs::path(dir) / "articles", ec);
  fs::create_directories(fs::path(dir) / "articles", ec);
  fs::create_directories(fs::path(dir) / "lexicon", ec);
  if (ec) return Status::Error("cannot create " + dir + ": " + ec.message());
  st = write_file(fs::path(dir) / "lexicon" / "synth.toml", lexicon_text());
  if (!st.ok()) return st;

  // Reverse cards are spread evenly over the reversible facts, so every size has the same mix.
  const std::int64_t eligible = reversible_facts(spec);
  const std::int64_t facts = static_cast<std::int64_t>(spec.articles) * spec.facts_per_article;
  const std::int64_t reverses = spec.cards > 0 ? spec.cards - facts : 0;
  std::int64_t seen = 0;
  for (int a = 0; a < spec.articles; ++a) {
    Rng r(spec.seed ^ (0x9E3779B97F4A7C15ULL * static_cast<std::uint64_t>(a + 1)));
    Scene s;
    // Four articles or more a group, so a small collection's terms and nicknames have classmates enough for their
    // reverse questions to be asked (check warns of one that cannot); 3,000 articles use all sixteen groups.
    s.group = a % std::clamp(spec.articles / 4, 1, kClassGroups);
    s.org = cap(word(r.below(4096))) + " Group";
    s.org2 = cap(word(r.below(4096))) + " Institute";
    s.place = cap(word(r.below(4096)));
    s.place2 = cap(word(r.below(4096)));
    s.word1 = word(r.below(4096));
    s.word2 = word(r.below(4096));
    char id[32];
    std::snprintf(id, sizeof id, "synth-%05d", a + 1);
    TomlOut t;
    t.raw("format = 1\n\n[article]\n");
    t.text("id", id);
    t.text("title", s.org + " Sets Out Its " + s.place + " Plan");
    t.line("published", std::to_string(r.between(2023, 2025)) + "-" + two_digits(static_cast<int>(r.between(1, 12))) + "-" +
                            two_digits(static_cast<int>(r.between(1, 28))));
    t.text("source", "Synthetic Daily");
    t.line("tags", list_text({"synthetic", "region-" + std::to_string(a % 20)}));
    t.text("summary", s.org + " sets out a plan for " + s.place + " and " + s.place2 + ", with new funds, agencies and " +
                          "targets for the industries of the region.");
    for (int f = 0; f < spec.facts_per_article; ++f) {
      const Kind kind = kind_of(a, f);
      bool reverse = false;
      if (reversible(kind)) {
        reverse = eligible > 0 && (seen + 1) * reverses / eligible > seen * reverses / eligible;
        ++seen;
      }
      write_fact(t, r, s, kind, f, reverse);
    }
    st = write_file(fs::path(dir) / "articles" / (std::string(id) + ".toml"), t.str());
    if (!st.ok()) return st;
  }
  out.articles = spec.articles;
  out.facts = static_cast<int>(facts);
  out.cards = static_cast<int>(facts + reverses);
  return Status::Ok();
}

int synth_max_cards(const SynthSpec& spec) {
  return static_cast<int>(static_cast<std::int64_t>(spec.articles) * spec.facts_per_article + reversible_facts(spec));
}

Status validate(const SynthSpec& spec) {
  if (spec.articles < 1 || spec.articles > 99999) return Status::Error("articles must be 1-99999");
  if (spec.facts_per_article < 1 || spec.facts_per_article > 1000) return Status::Error("facts per article must be 1-1000");
  const std::int64_t facts = static_cast<std::int64_t>(spec.articles) * spec.facts_per_article;
  if (spec.cards != 0 && (spec.cards < facts || spec.cards > synth_max_cards(spec)))
    return Status::Error("cards must be between the facts (" + std::to_string(facts) + ") and the facts plus their alias " +
                         "and term facts (" + std::to_string(synth_max_cards(spec)) + ")");
  if (spec.reviews < 0) return Status::Error("reviews cannot be negative");
  if (spec.new_per_day < 0) return Status::Error("new cards a day cannot be negative");
  return Status::Ok();
}

std::string synth_fingerprint(const SynthSpec& spec) {
  return "synth-v" + std::to_string(kSynthVersion) + " schema=" + std::to_string(kSchemaVersion) + " articles=" + std::to_string(spec.articles) +
         " facts=" + std::to_string(spec.facts_per_article) + " cards=" + std::to_string(spec.cards) +
         " reviews=" + std::to_string(spec.reviews) + " seed=" + std::to_string(spec.seed) +
         " now=" + std::to_string(spec.now) + " new_per_day=" + std::to_string(spec.new_per_day);
}

}  // namespace factdeck
