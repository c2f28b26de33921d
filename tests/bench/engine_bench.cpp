// The engine's benchmarks, each a subcommand printing "figure|value|unit" lines: medians of repeated runs.
//   engine_bench load CONTENT RUNS [CACHE_DIR]         content loading (with the parse cache in CACHE_DIR)
//   engine_bench load-memory CONTENT [CACHE_DIR]       memory the loaded content keeps (RSS, heap in use)
//   engine_bench queue CONTENT DB NOW RUNS             today's queue and the Today counts
//   engine_bench answer CONTENT DB NOW ANSWERS         one answer committed (the database is changed: use a copy)
//   engine_bench fsync DIR COUNT                       the disk's part of a commit: 4 KiB written and fdatasync'd
//   engine_bench stats CONTENT DB NOW RUNS             the statistics screen's data
//   engine_bench generate CONTENT RUNS                 questions a second, every quality rule checked
//   engine_bench quiz CONTENT RUNS                     a teacher's 20- and 40-question quiz over the whole collection
//   engine_bench fsrs-histories COUNT SEED OUT         review histories for the FSRS comparison
//   engine_bench fsrs HISTORIES RUNS                   next states a second over those histories
//   engine_bench class DIR RUNS                        a class of 36,000 answers: a bundle's import, the class report
//   engine_bench class-server URL RUNS                 the same on a class server: push rate, report, a bundle's import
#include <fcntl.h>
#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bench_util.h"
#include "factdeck/class_report.h"
#include "factdeck/class_server.h"
#include "factdeck/content.h"
#include "factdeck/fsrs.h"
#include "factdeck/generate.h"
#include "factdeck/rng.h"
#include "factdeck/session.h"
#include "factdeck/stats.h"
#include "factdeck/store.h"

using namespace factdeck;
using bench::median;
using bench::Stopwatch;

namespace {

int fail(const std::string& what) {
  std::fprintf(stderr, "engine_bench: %s\n", what.c_str());
  return 1;
}

bool load(const std::string& dir, LoadResult& out) {
  out = load_content(dir);
  if (out.has_errors()) {
    for (const Diagnostic& d : out.diagnostics)
      if (d.severity == Severity::Error) std::fprintf(stderr, "%s\n", d.to_string().c_str());
    return false;
  }
  return true;
}

UnixSeconds parse_now(const char* s) { return parse_iso8601(s).value_or(0); }

// CPU time of the whole process: the loader parses on several threads, and the Stopwatch counts only this one.
double process_cpu_ms() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// Without a cache folder every run parses every file (the first load, "cold"). With one, the folder is
// emptied once, a first load fills it (load-cold-*), then the timed runs read it (the usual load, "warm").
int bench_load(const std::string& dir, int runs, const std::string& cache_dir) {
  LoadOptions options;
  options.cache_dir = cache_dir;
  if (!cache_dir.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(cache_dir, ec);
    Stopwatch w;
    const double c0 = process_cpu_ms();
    const LoadResult r = load_content(std::vector<std::string>{dir}, options);
    const double cold_cpu = process_cpu_ms() - c0;
    if (r.has_errors()) return fail("the content has errors");
    std::printf("load-cold-ms|%.1f|ms\nload-cold-cpu-ms|%.0f|ms\n", w.ms(), cold_cpu);
  }
  std::vector<double> ms, cpu;
  std::size_t facts = 0, articles = 0;
  for (int i = 0; i < runs; ++i) {
    Stopwatch w;
    const double c0 = process_cpu_ms();
    const LoadResult r = load_content(std::vector<std::string>{dir}, options);
    ms.push_back(w.ms());
    cpu.push_back(process_cpu_ms() - c0);
    if (r.has_errors()) return fail("the content has errors");
    facts = r.content.fact_count();
    articles = r.content.articles.size();
  }
  std::printf("load-ms|%.1f|ms\nload-cpu-ms|%.0f|ms\nload-articles|%zu|articles\nload-facts|%zu|facts\n", median(ms),
              median(cpu), articles, facts);
  return 0;
}

// Resident memory of the loaded content: the process's RSS and glibc's bytes in use before and after one load
// (a fresh process, so nothing of an earlier load is counted), and the model's own size.
long rss_kb() {
  std::ifstream in("/proc/self/statm");
  long pages = 0, resident = 0;
  in >> pages >> resident;
  return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

int bench_load_memory(const std::string& dir, const std::string& cache_dir) {
  LoadOptions options;
  options.cache_dir = cache_dir;
  const long rss0 = rss_kb();
  const std::size_t heap0 = mallinfo2().uordblks;
  const LoadResult r = load_content(std::vector<std::string>{dir}, options);
  if (r.has_errors()) return fail("the content has errors");
  const long rss1 = rss_kb();
  const std::size_t heap1 = mallinfo2().uordblks;
  std::printf("load-rss-mb|%.1f|MB\nload-heap-mb|%.1f|MB\nload-fact-structs-mb|%.1f|MB\nload-cached-files|%zu|files\n",
              static_cast<double>(rss1 - rss0) / 1024, static_cast<double>(heap1 - heap0) / 1e6,
              static_cast<double>(r.content.fact_count() * sizeof(Fact)) / 1e6, r.cached_files);
  return 0;
}

// What the Today screen and the queue need: a session's counts and the queries next() asks the store, in its
// order (steps due now, reviews due today, new cards). The question for the first card is timed apart, once:
// it is question generation, with its own figure.
int bench_queue(const std::string& content_dir, const std::string& db, UnixSeconds now, int runs) {
  LoadResult content;
  if (!load(content_dir, content)) return fail("the content has errors");
  std::unique_ptr<Store> store;
  Status st = Store::open(db, store);
  if (!st.ok()) return fail(st.message());
  const StudySettings settings = load_study_settings(*store);
  {
    // Card sync runs once at start-up; timed apart from the queue.
    Stopwatch w;
    StudySession s(content.content, *store, settings);
    st = s.sync_cards(now);
    if (!st.ok()) return fail(st.message());
    std::printf("sync-ms|%.1f|ms\n", w.ms());
  }
  const long day = study_day(now, settings);
  const UnixSeconds start = study_day_start(day, settings), end = study_day_start(day + 1, settings);
  std::vector<double> ms, cpu;
  TodayCounts counts;
  for (int i = 0; i < runs; ++i) {
    Stopwatch w;
    StudySession s(content.content, *store, settings);
    counts = s.counts(now);
    std::size_t queued = store->learning_due(now, 1).size() + store->reviews_due(end, 1).size();
    if (settings.new_per_day - store->new_introduced(start, end) > 0) queued += store->new_cards(start, 1).size();
    ms.push_back(w.ms());
    cpu.push_back(w.cpu_ms());
    if (queued == 0) return fail("nothing in today's queue");
  }
  std::printf("queue-first-ms|%.2f|ms\nqueue-ms|%.2f|ms\nqueue-cpu-ms|%.1f|ms\nqueue-cards|%d|cards\nqueue-due|%d|cards\n",
              ms.front(), median(ms), median(cpu), counts.total_cards, counts.due + counts.learning);
  Stopwatch w;
  StudySession s(content.content, *store, settings);
  if (!s.next(now)) return fail("no card to ask");
  std::printf("first-prompt-ms|%.1f|ms\n", w.ms());
  return 0;
}

// A true/false question on the card's fact, made here rather than by the generator: the figure is the answer's
// path (grading, rating, scheduling, the commit), the same for every question type.
Prompt true_false_prompt(const Content& content, const CardRow& card) {
  Prompt p;
  p.card = card;
  p.article = content.find_article(card.article);
  p.fact = p.article ? p.article->find_fact(card.fact) : nullptr;
  Question& q = p.question;
  q.type = QuestionType::TrueFalse;
  q.article = card.article;
  q.fact = card.fact;
  q.facts = {card.fact};
  q.id = card.article + "/" + card.fact + "/tf";
  q.truth = true;
  if (p.fact) q.statement = p.fact->statement_with(p.fact->answer_text());
  return p;
}

int bench_answer(const std::string& content_dir, const std::string& db, UnixSeconds now, int answers) {
  LoadResult content;
  if (!load(content_dir, content)) return fail("the content has errors");
  std::unique_ptr<Store> store;
  Status st = Store::open(db, store);
  if (!st.ok()) return fail(st.message());
  const StudySettings settings = load_study_settings(*store);
  StudySession session(content.content, *store, settings);
  const UnixSeconds end = study_day_start(study_day(now, settings) + 1, settings);
  // Today's due cards in queue order, then new ones: what a session would ask.
  std::vector<CardRow> cards = store->reviews_due(end, answers);
  for (const CardRow& c : store->new_cards(now, answers)) cards.push_back(c);
  if (static_cast<int>(cards.size()) < answers) return fail("only " + std::to_string(cards.size()) + " cards to answer");
  std::vector<double> ms;
  for (int i = 0; i < answers; ++i) {
    const Prompt prompt = true_false_prompt(content.content, cards[static_cast<std::size_t>(i)]);
    Response response;
    response.truth = true;
    response.response_ms = 6000;
    Outcome out;
    Stopwatch w;
    st = session.answer(prompt, response, now + i * 15, out);
    ms.push_back(w.ms());
    if (!st.ok()) return fail(st.message());
  }
  std::sort(ms.begin(), ms.end());
  std::printf("answer-ms|%.3f|ms\nanswer-p90-ms|%.3f|ms\n", median(ms), ms[ms.size() * 9 / 10]);
  return 0;
}

// What one durable commit costs the disk under the database: SQLite in WAL mode with synchronous=FULL ends every
// transaction with one fdatasync of the WAL, so this is the floor under the answer figure.
int bench_fsync(const std::string& dir, int count) {
  const std::string path = dir + "/fsync-probe.tmp";
  const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) return fail("cannot create " + path);
  std::vector<char> page(4096, 'x');
  std::vector<double> ms;
  for (int i = 0; i < count; ++i) {
    Stopwatch w;
    const bool ok = pwrite(fd, page.data(), page.size(), static_cast<off_t>(i % 64) * 4096) == 4096 && fdatasync(fd) == 0;
    ms.push_back(w.ms());
    if (!ok) break;
  }
  close(fd);
  unlink(path.c_str());
  std::printf("fsync-ms|%.3f|ms\n", median(ms));
  return 0;
}

int bench_stats(const std::string& content_dir, const std::string& db, UnixSeconds now, int runs) {
  LoadResult content;
  if (!load(content_dir, content)) return fail("the content has errors");
  std::unique_ptr<Store> store;
  Status st = Store::open(db, store);
  if (!st.ok()) return fail(st.message());
  const StudySettings settings = load_study_settings(*store);
  std::vector<double> ms, cpu;
  Statistics s;
  for (int i = 0; i < runs; ++i) {
    Stopwatch w;
    s = compute_statistics(*store, content.content, now, settings);
    ms.push_back(w.ms());
    cpu.push_back(w.cpu_ms());
  }
  std::printf("stats-first-ms|%.1f|ms\nstats-ms|%.1f|ms\nstats-cpu-ms|%.0f|ms\nstats-reviews|%lld|reviews\n", ms.front(),
              median(ms), median(cpu), static_cast<long long>(s.total_reviews));
  return 0;
}

// Every type of every fact at many seeds: each question the generator returns has passed every quality rule.
int bench_generate(const std::string& content_dir, int runs) {
  LoadResult content;
  if (!load(content_dir, content)) return fail("the content has errors");
  std::vector<double> rates;
  std::uint64_t seed = 1;
  long long total = 0;
  const ContentIndex index(content.content);  // a program asking many questions keeps one index
  for (int i = 0; i < runs; ++i) {
    long long made = 0;
    Stopwatch w;
    while (w.ms() < 400) {
      for (const Article& a : content.content.articles)
        for (const Fact& f : a.facts)
          for (QuestionType t : types_for(f))
            for (Difficulty d : {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard})
              made += generate_question(index, a, f, t, d, seed).has_value() ? 1 : 0;
      ++seed;
    }
    rates.push_back(static_cast<double>(made) / (w.ms() / 1000.0));
    total += made;
  }
  std::printf("generate-per-s|%.0f|questions/s\ngenerate-questions|%lld|questions\n", median(rates), total);
  return 0;
}

// A teacher's quiz over the whole loaded collection, every rule checked: the index made afresh each time (as the
// builder makes it), then make_quiz, at several seeds.
int bench_quiz(const std::string& content_dir, int runs) {
  LoadResult content;
  if (!load(content_dir, content)) return fail("the content has errors");
  for (int count : {20, 40}) {
    std::vector<double> ms, cpu;
    std::size_t made = 0;
    for (int i = 0; i < runs; ++i) {
      QuizSelection sel;
      sel.count = count;
      sel.seed = static_cast<std::uint64_t>(i + 1);
      Stopwatch w;
      const ContentIndex index(content.content);
      const Quiz quiz = make_quiz(index, sel);
      ms.push_back(w.ms());
      cpu.push_back(w.cpu_ms());
      made += quiz.questions.size();
    }
    std::printf("quiz%d-ms|%.1f|ms\nquiz%d-cpu-ms|%.1f|ms\nquiz%d-made|%zu|questions\n", count, median(ms), count,
                median(cpu), count, made / static_cast<std::size_t>(runs));
  }
  // The builder and Practice keep one index for the loaded content: the teacher's next quizzes find its tables made.
  const ContentIndex kept(content.content);
  (void)make_quiz(kept, QuizSelection{});
  for (int count : {20, 40}) {
    std::vector<double> ms, cpu;
    for (int i = 0; i < runs; ++i) {
      QuizSelection sel;
      sel.count = count;
      sel.seed = static_cast<std::uint64_t>(100 + i);
      Stopwatch w;
      const Quiz quiz = make_quiz(kept, sel);
      ms.push_back(w.ms());
      cpu.push_back(w.cpu_ms());
    }
    std::printf("quiz%d-kept-index-ms|%.1f|ms\nquiz%d-kept-index-cpu-ms|%.1f|ms\n", count, median(ms), count,
                median(cpu));
  }
  return 0;
}

// Histories drawn with the real scheduler so that about a third of the answers come when the card is due.
int fsrs_histories(int count, std::uint64_t seed, const std::string& out_path) {
  std::ofstream out(out_path);
  Rng r(seed);
  const FsrsConfig cfg;
  long long reviews = 0;
  for (int h = 0; h < count; ++h) {
    const int n = r.below(10) < 4 ? static_cast<int>(r.between(1, 5)) : static_cast<int>(r.between(6, 40));
    UnixSeconds t = 1546300800 + static_cast<UnixSeconds>(r.below(6 * 365 * 86400));  // 2019..2025
    CardMemory card;
    out << t;
    for (int i = 0; i < n; ++i) {
      if (i > 0) {
        const UnixSeconds due_in = card.due - t;
        const std::uint64_t kind = r.below(10);
        UnixSeconds gap = kind < 4 ? std::max<UnixSeconds>(0, due_in + r.between(-120, 3600))
                          : kind < 7 ? r.between(0, 7200)
                                     : r.between(3600, 90 * 86400);
        t += gap;
        out << ' ' << gap;
      }
      const std::uint64_t u = r.below(100);
      const int rating = u < 15 ? 1 : u < 30 ? 2 : u < 85 ? 3 : 4;
      out << ' ' << rating;
      const int elapsed = card.last_review ? elapsed_days_utc(*card.last_review, t) : 0;
      card = next_state(card, static_cast<Rating>(rating), cfg, t, elapsed, 0).card;
      ++reviews;
    }
    out << '\n';
  }
  std::printf("fsrs-histories|%d|histories\nfsrs-reviews|%lld|reviews\n", count, reviews);
  return out ? 0 : fail("cannot write " + out_path);
}

// The same loop as fsrs_node.js: each history from a new card, one next state per answer.
int bench_fsrs(const std::string& path, int runs) {
  struct History {
    UnixSeconds start = 0;
    std::vector<std::pair<UnixSeconds, Rating>> reviews;  // time, rating
  };
  std::vector<History> histories;
  std::ifstream in(path);
  std::string line;
  long long reviews = 0;
  while (std::getline(in, line)) {
    std::istringstream ss(line);
    History h;
    ss >> h.start;
    UnixSeconds t = h.start;
    int rating = 0;
    bool first = true;
    for (long long gap; first || ss >> gap;) {
      if (!first) t += gap;
      if (!(ss >> rating)) break;
      h.reviews.emplace_back(t, static_cast<Rating>(rating));
      first = false;
    }
    reviews += static_cast<long long>(h.reviews.size());
    histories.push_back(std::move(h));
  }
  if (histories.empty()) return fail("no histories in " + path);
  const FsrsScheduler f{FsrsConfig{}};  // as `const f = fsrs()` on the node side: the defaults, prepared once
  std::vector<double> rates;
  double checksum = 0;
  for (int i = 0; i < runs + 1; ++i) {  // the first pass warms the caches and is not counted
    double sum = 0;
    Stopwatch w;
    for (const History& h : histories) {
      CardMemory card;
      for (const auto& [t, rating] : h.reviews) {
        const int elapsed = card.last_review ? elapsed_days_utc(*card.last_review, t) : 0;
        card = f.next(card, rating, t, elapsed, 0).card;
      }
      sum += card.stability;
    }
    const double s = w.ms() / 1000.0;
    if (i > 0) rates.push_back(static_cast<double>(reviews) / s);
    checksum = sum;
  }
  std::printf("fsrs-cpp-per-s|%.0f|next states/s\nfsrs-cpp-checksum|%.6f|sum of final stabilities\n", median(rates),
              checksum);
  return 0;
}

// Issue 18's load: 30 classes x 30 students x 40 answers (36,000 events). Assignment ids start with `prefix`.
void make_class_load(const std::string& prefix, Rng& rng, std::vector<Assignment>& assignments, Bundle& bundle) {
  assignments.assign(30, Assignment{});
  for (std::size_t a = 0; a < assignments.size(); ++a) {
    Assignment& as = assignments[a];
    as.id = prefix + std::to_string(a);
    as.class_name = "class " + std::to_string(a);
    as.title = "bench";
    for (int q = 0; q < 40; ++q) {
      Question qu;
      qu.id = qu.fact = "f" + std::to_string((static_cast<int>(a) * 7 + q) % 120);  // facts shared between classes
      qu.article = "bench";
      qu.facts = {qu.fact};
      qu.prompt = "Which?";
      qu.options = {"a", "b", "c", "d"};
      qu.answer = q % 4;
      qu.answer_text = qu.options[static_cast<std::size_t>(qu.answer)];
      as.questions.push_back(qu);
    }
    for (int s = 0; s < 30; ++s)
      for (const Question& q : as.questions) {
        Response r;
        r.choice = static_cast<int>(rng.below(4));
        bundle.events.push_back(answer_event(as, q, "student " + std::to_string(s), r, 1767225600 + s, 0, make_uuid_v7(1767225600000, rng)));
      }
  }
}

// The report of `id` as `class report --json` makes it (every assignment and every event read, one report written);
// `ms` its time, `bytes` the JSON's size.
int timed_report(ClassSource& db, const std::string& id, double& ms, std::size_t& bytes) {
  Stopwatch r;
  std::optional<Assignment> found;
  ClassReport report;
  if (Status st = report_from_db(db, id, ReportRules{}, found, report); !st.ok() || !found) return fail("no report: " + st.message());
  bytes = report_to_json(report).size();
  ms = r.ms();
  return 0;
}

// The load as one bundle imported into a fresh class database in DIR, then the report of one assignment with the
// statistics carried across all thirty.
int bench_class(const std::string& dir, int runs) {
  std::vector<Assignment> assignments;
  Bundle bundle;
  Rng rng(18);
  make_class_load("bench-", rng, assignments, bundle);
  const std::string text = bundle_to_json(bundle);
  std::vector<double> imports, reports;
  std::size_t bytes = 0;
  for (int i = 0; i < runs; ++i) {
    std::filesystem::remove_all(dir);
    std::unique_ptr<ClassDb> db;
    if (Status st = ClassDb::open(dir + "/class.sqlite3", db); !st.ok()) return fail(st.message());
    for (const Assignment& a : assignments)
      if (Status st = db->add_assignment(a); !st.ok()) return fail(st.message());
    Stopwatch w;
    Bundle read;
    ImportCounts counts;
    if (Status st = bundle_from_json(text, "bench", read); !st.ok()) return fail(st.message());
    if (Status st = db->import_events(read.events, "bench", counts); !st.ok()) return fail(st.message());
    imports.push_back(w.ms());
    if (counts.added != 36000) return fail("the import added " + std::to_string(counts.added) + " events");
    double ms = 0;
    if (timed_report(*db, assignments[0].id, ms, bytes) != 0) return 1;
    reports.push_back(ms);
  }
  std::filesystem::remove_all(dir);
  std::printf("class-events|36000|events\nclass-import-ms|%.1f|ms\nclass-report-ms|%.1f|ms\nclass-report-bytes|%zu|bytes\n",
              median(imports), median(reports), bytes);
  return 0;
}

// The same load on the class server at URL (an empty class schema, the admin's login): 36,000 events pushed in
// batches of 1,000 as `class push` sends them, the report (RUNS times, the median), then another 36,000-event
// bundle of thirty other assignments imported (checked, one transaction).
int bench_class_server(const std::string& url, int runs) {
  std::vector<Assignment> assignments, others;
  Bundle bundle, second;
  Rng rng(18);
  make_class_load("bench-", rng, assignments, bundle);
  make_class_load("bench2-", rng, others, second);
  std::unique_ptr<ClassServer> server;
  if (Status st = ClassServer::connect(url, server); !st.ok()) return fail(st.message());
  for (const auto* list : {&assignments, &others})
    for (const Assignment& a : *list)
      if (Status st = server->add_assignment(a); !st.ok()) return fail(st.message());
  Stopwatch w;
  int added = 0;
  for (std::size_t i = 0; i < bundle.events.size(); i += 1000) {
    const std::vector<AnswerEvent> part(bundle.events.begin() + static_cast<std::ptrdiff_t>(i),
                                        bundle.events.begin() + static_cast<std::ptrdiff_t>(std::min(bundle.events.size(), i + 1000)));
    ImportCounts c;
    if (Status st = server->push(part, c); !st.ok()) return fail(st.message());
    added += c.added;
  }
  const double push_ms = w.ms();
  if (added != 36000) return fail("the push added " + std::to_string(added) + " events; is the server's class schema empty?");
  std::vector<double> reports;
  for (int i = 0; i < runs; ++i) {
    double ms = 0;
    std::size_t bytes = 0;
    if (timed_report(*server, assignments[0].id, ms, bytes) != 0) return 1;
    reports.push_back(ms);
  }
  const std::string text = bundle_to_json(second);
  Stopwatch im;
  Bundle read;
  ImportCounts counts;
  if (Status st = bundle_from_json(text, "bench", read); !st.ok()) return fail(st.message());
  if (Status st = server->import_events(read.events, "bench", counts); !st.ok()) return fail(st.message());
  const double import_ms = im.ms();
  if (counts.added != 36000) return fail("the import added " + std::to_string(counts.added) + " events");
  std::printf("server-push-per-s|%.0f|events/s\nserver-report-ms|%.1f|ms\nserver-import-ms|%.1f|ms\n", 36000 / (push_ms / 1000),
              median(reports), import_ms);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> a(argv + 1, argv + argc);
  auto n = [&](std::size_t i) { return std::atoi(a[i].c_str()); };
  if ((a.size() == 2 || a.size() == 3) && a[0] == "load-memory") return bench_load_memory(a[1], a.size() == 3 ? a[2] : "");
  if ((a.size() == 3 || a.size() == 4) && a[0] == "load") return bench_load(a[1], n(2), a.size() == 4 ? a[3] : "");
  if (a.size() == 5 && a[0] == "queue") return bench_queue(a[1], a[2], parse_now(argv[4]), n(4));
  if (a.size() == 5 && a[0] == "answer") return bench_answer(a[1], a[2], parse_now(argv[4]), n(4));
  if (a.size() == 5 && a[0] == "stats") return bench_stats(a[1], a[2], parse_now(argv[4]), n(4));
  if (a.size() == 3 && a[0] == "fsync") return bench_fsync(a[1], n(2));
  if (a.size() == 3 && a[0] == "generate") return bench_generate(a[1], n(2));
  if (a.size() == 3 && a[0] == "quiz") return bench_quiz(a[1], n(2));
  if (a.size() == 4 && a[0] == "fsrs-histories") return fsrs_histories(n(1), static_cast<std::uint64_t>(n(2)), a[3]);
  if (a.size() == 3 && a[0] == "fsrs") return bench_fsrs(a[1], n(2));
  if (a.size() == 3 && a[0] == "class") return bench_class(a[1], n(2));
  if (a.size() == 3 && a[0] == "class-server") return bench_class_server(a[1], n(2));
  std::fprintf(stderr, "usage: see the first lines of tests/bench/engine_bench.cpp\n");
  return 2;
}
