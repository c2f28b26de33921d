// The app state's small functions: screen names, cached figures, and the window settings in the store.
#include "ui/app_state.h"

#include "factdeck/backup.h"
#include "factdeck/db_health.h"
#include "ui/first_frame.h"
#include "ui/fonts.h"
#include "ui/safety.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace factdeck::ui {
namespace {

const char* const kNames[] = {"today",    "review", "practice", "builder",  "editor",
                              "library", "timeline", "stats",   "settings", "assignments"};
const char* const kTitles[] = {"Today",   "Review",   "Practice",   "Quiz builder", "Add article",
                               "Library", "Timeline", "Statistics", "Settings", "Assignments"};

// Start-up work in the background yields to the UI thread, so the window and its first frame are not
// slowed by the loading they are meant to hide. On Linux the nice value belongs to the thread, and the
// threads it starts (the content loader's) inherit it; a failure changes nothing but the timing.
void yield_to_ui() { setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 10); }

// Loading parses on several threads, each with its own malloc arena; the parser's buffers, freed by now, lie
// between the strings the content keeps, so the arenas hold pages nothing uses (about 10 MB at 100,000
// cards). malloc_trim hands such pages back to the system. Called on the worker, so the UI never waits on it.
void release_free_memory() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

int setting_int(Store* store, const char* key, int fallback, int lo, int hi) {
  if (!store) return fallback;
  auto v = store->setting(key);
  if (!v) return fallback;
  char* end = nullptr;
  const long n = std::strtol(v->c_str(), &end, 10);
  if (end == v->c_str() || *end) return fallback;
  return static_cast<int>(std::clamp<long>(n, lo, hi));
}

}  // namespace

const char* screen_name(Screen s) { return kNames[static_cast<int>(s)]; }
const char* screen_title(Screen s) { return kTitles[static_cast<int>(s)]; }

std::optional<Screen> screen_from_name(const std::string& n) {
  for (int i = 0; i < kScreenCount; ++i)
    if (n == kNames[i]) return static_cast<Screen>(i);
  return std::nullopt;
}

const AppState::Cached& AppState::figures() {
  if (cached.version != data_version) {
    cached.version = data_version;
    if (session) cached.counts = session->counts(now());
  }
  return cached;
}

const std::vector<ArticleProgress>& AppState::progress() {
  Cached& c = cached;
  if (c.progress_pending.valid() && c.progress_pending.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
    c.progress = c.progress_pending.get();
  if (c.progress_version != data_version && !c.progress_pending.valid() && store && !is_loading()) {
    c.progress_version = data_version;
    const std::string path = store->path();
    const Content* from = &content.content;  // replaced only after wait_progress()
    c.progress_pending = std::async(std::launch::async, [path, from, old = c.progress]() {
      std::unique_ptr<Store> own;  // SQLite connections are not shared across threads
      std::vector<ArticleProgress> out = old;  // kept when the database cannot be read
      if (Store::open(path, own).ok()) out = article_progress(*own, *from);
      wake_ui();
      return out;
    });
  }
  return c.progress;
}

void AppState::wait_progress() {
  if (cached.progress_pending.valid()) cached.progress = cached.progress_pending.get();
}

void start_loading(AppState& s) {
  s.exam.study.reset();  // it holds the session
  s.session.reset();
  s.store.reset();
  s.store_error.clear();
  Status st = Store::open(Store::default_path(s.options.data_dir), s.store);
  if (!st.ok()) note_unusable_database(s, st.message());  // names the latest backup and how to restore it
  factdeck_trace("database open");
  const UnixSeconds now = s.now();
  const int utc_offset = common::local_utc_offset_minutes(now);  // days roll over at local time
  const std::string path = s.store ? s.store->path() : std::string();
  s.loading = std::async(std::launch::async, [common = s.options, path, now, utc_offset]() {
    yield_to_ui();
    // Damaged pages are looked for (quick_check reads every page once) while the content loads, and found
    // before anything is written: a damaged file is then kept exactly as it is.
    std::future<Status> pages = std::async(std::launch::async, [path]() {
      std::unique_ptr<Store> check;  // its own connection; a file that does not open is the sync's to report
      if (path.empty() || !Store::open(path, check).ok()) return Status::Ok();
      Status st = check_pages(*check);
      if (!st.ok()) keep_file_unchanged(*check);
      return st;
    });
    LoadedCollection out;
    out.content = common::load_common_content(common);
    factdeck_trace("content loaded");
    out.glyphs = glyph_ranges(out.content.content);
    factdeck_trace("glyphs listed");
    {
      std::unique_ptr<Store> own;  // SQLite connections are not shared across threads
      const Status health = pages.get();
      if (!health.ok()) {
        out.damage = describe_damage(common.data_dir, health.message());
      } else if (!path.empty() && Store::open(path, own).ok()) {
        out.settings = load_study_settings(*own);
        out.settings.utc_offset_minutes = utc_offset;
        StudySession session(out.content.content, *own, out.settings);
        Status st = session.sync_cards(now);
        if (!st.ok()) out.status = st.message();
        out.synced = true;
        factdeck_trace("cards synced");
        out.counts = session.counts(now);
        out.progress = article_progress(*own, out.content.content);
        factdeck_trace("today's figures counted");
      }
    }  // the worker's connection, its page cache and the sync's look-ups are gone
    release_free_memory();
    factdeck_trace("free memory returned");
    wake_ui();
    return out;
  });
}

bool finish_loading(AppState& s) {
  if (!s.loading.valid() || s.loading.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return false;
  LoadedCollection c = s.loading.get();
  s.index.reset();  // its tables point into the content being replaced
  s.content = std::move(c.content);
  // Nothing built from the empty content while loading may stay (the screens needing it were not drawn).
  s.timeline.initialised = false;
  s.builder.dirty = true;
  if (!c.status.empty()) s.status = c.status;
  ++s.data_version;
  if (c.damage) {
    note_unusable_database(s, c.damage->problem);
  } else if (s.store && c.synced) {
    s.session = std::make_unique<StudySession>(s.content.content, *s.store, c.settings);
    load_exam_into_session(s);
    s.cached.version = s.cached.progress_version = s.data_version;
    s.cached.counts = c.counts;
    s.cached.progress = std::move(c.progress);
    // The daily backup, made at start when today has none yet, while the learner already works.
    s.start_backup = std::async(std::launch::async, [path = s.store->path(), data_dir = s.options.data_dir,
                                                     now = s.now()]() {
      yield_to_ui();
      std::unique_ptr<Store> own;
      Status b = Store::open(path, own);
      if (b.ok()) b = make_backup_if_due(*own, data_dir, now, false);
      factdeck_trace("start-of-day backup checked");
      return b.ok() ? std::string() : "Backup not made: " + b.message();
    });
  } else if (s.store) {
    open_store(s);  // the worker could not open its own connection: sync (and back up) here instead
  }
  if (s.screen != Screen::Today) s.start_review_when_loaded = false;  // the learner went elsewhere
  if (c.glyphs != s.glyphs) {  // the content uses characters beyond Latin: they join the font atlas
    s.glyphs = std::move(c.glyphs);
    s.fonts_dirty = true;
  }
  return true;
}

void open_store(AppState& s) {
  s.exam.study.reset();  // it holds the session
  s.session.reset();
  s.store.reset();
  s.store_error.clear();
  Status st = Store::open(Store::default_path(s.options.data_dir), s.store);
  if (!st.ok()) {
    note_unusable_database(s, st.message());  // names the latest backup and how to restore it
    return;
  }
  StudySettings settings = load_study_settings(*s.store);
  settings.utc_offset_minutes = common::local_utc_offset_minutes(s.now());  // days roll over at local time
  s.session = std::make_unique<StudySession>(s.content.content, *s.store, settings);
  load_exam_into_session(s);
  st = s.session->sync_cards(s.now());
  if (!st.ok()) s.status = st.message();
  // The daily backup, made at start when today has none yet.
  Status b = make_backup_if_due(*s.store, s.options.data_dir, s.now(), false);
  if (!b.ok()) s.status = "Backup not made: " + b.message();
  ++s.data_version;
}

void wait_start_backup(AppState& s) {
  if (!s.start_backup.valid()) return;
  const std::string problem = s.start_backup.get();
  if (!problem.empty()) s.status = problem;
}

void restore_latest_backup(AppState& s) {
  if (s.loading.valid()) s.loading.wait(), finish_loading(s);
  s.wait_progress();
  if (s.stats.pending.valid()) s.stats.pending.wait();  // its connection would make the restore refuse
  stop_model_workers(s);  // so would theirs
  wait_start_backup(s);
  // No connection of ours may stay open while the file is replaced.
  s.review = ReviewState{};
  s.exam.study.reset();  // it holds the session
  s.session.reset();
  s.store.reset();
  std::string from, safety;
  Status st = restore_backup(s.options.data_dir, "latest", s.now(), &from, &safety);
  open_store(s);
  s.status = st.ok() ? "Restored " + from + (safety.empty() ? "" : "; the replaced file is kept as " + safety)
                     : "Not restored: " + st.message();
}

void stop_model_workers(AppState& s) {
  if (s.settings.fitting.valid()) {
    if (s.settings.fit_cancel) s.settings.fit_cancel->store(true);
    s.settings.fitting.wait();
  }
  if (s.stats.model_pending.valid()) s.stats.model_pending.wait();
}

void reload_content(AppState& s) {
  if (s.loading.valid()) s.loading.wait(), finish_loading(s);
  s.wait_progress();  // it reads the content being replaced
  if (s.stats.pending.valid()) s.stats.pending.wait();  // so do the statistics being computed
  wait_start_backup(s);
  // The session and the screens point into the content: drop every such pointer before replacing it.
  s.review = ReviewState{};
  s.practice.phase = PracticeState::Phase::Setup;
  s.builder.quiz = Quiz{};
  s.builder.dirty = true;
  s.timeline.initialised = false;
  s.index.reset();  // its tables point into the content being replaced
  s.content = common::load_common_content(s.options);
  release_free_memory();  // the replaced content's pages
  std::vector<std::uint32_t> glyphs = glyph_ranges(s.content.content);
  if (glyphs != s.glyphs) {  // a new article may use characters the atlas lacks
    s.glyphs = std::move(glyphs);
    s.fonts_dirty = true;
  }
  if (s.session) {
    Status st = s.session->sync_cards(s.now());
    if (!st.ok()) s.status = st.message();
  }
  ++s.data_version;
}

UiSettings load_ui_settings(Store* store) {
  UiSettings ui;
  if (!store) return ui;
  ui.light = store->setting("ui.theme").value_or("dark") == "light";
  ui.text_size = setting_int(store, "ui.text_size", ui.text_size, 14, 48);
  ui.window_w = setting_int(store, "ui.window_w", ui.window_w, 400, 10000);
  ui.window_h = setting_int(store, "ui.window_h", ui.window_h, 300, 10000);
  ui.window_x = setting_int(store, "ui.window_x", ui.window_x, -10000, 10000);
  ui.window_y = setting_int(store, "ui.window_y", ui.window_y, -10000, 10000);
  ui.fullscreen = store->setting("ui.fullscreen").value_or("no") == "yes";
  if (auto sc = screen_from_name(store->setting("ui.screen").value_or(""))) ui.screen = *sc;
  return ui;
}

void save_ui_settings(Store* store, const UiSettings& ui) {
  if (!store) return;
  store->set_settings({{"ui.theme", ui.light ? "light" : "dark"},
                       {"ui.text_size", std::to_string(ui.text_size)},
                       {"ui.window_w", std::to_string(ui.window_w)},
                       {"ui.window_h", std::to_string(ui.window_h)},
                       {"ui.window_x", std::to_string(ui.window_x)},
                       {"ui.window_y", std::to_string(ui.window_y)},
                       {"ui.fullscreen", ui.fullscreen ? "yes" : "no"},
                       {"ui.screen", screen_name(ui.screen)}});
}

const ContentIndex& content_index(AppState& s) {
  if (!s.index) s.index = std::make_unique<ContentIndex>(s.content.content);
  return *s.index;
}

}  // namespace factdeck::ui
