// The app state's small functions: screen names, cached figures, and the window settings in the store.
#include "ui/app_state.h"

#include "factdeck/backup.h"

#include <algorithm>
#include <cstdio>

namespace factdeck::ui {
namespace {

const char* const kNames[] = {"today", "review", "practice", "builder", "editor", "library", "timeline", "stats", "settings"};
const char* const kTitles[] = {"Today",   "Review",   "Practice",   "Quiz builder", "Add article",
                               "Library", "Timeline", "Statistics", "Settings"};

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
    if (store) cached.progress = article_progress(*store, content.content);
  }
  return cached;
}

void open_store(AppState& s) {
  s.session.reset();
  s.store.reset();
  s.store_error.clear();
  Status st = Store::open(Store::default_path(s.options.data_dir), s.store);
  if (!st.ok()) {
    s.store_error = st.message();  // names the latest backup and how to restore it
    return;
  }
  StudySettings settings = load_study_settings(*s.store);
  settings.utc_offset_minutes = cli::local_utc_offset_minutes(s.now());  // days roll over at local time
  s.session = std::make_unique<StudySession>(s.content.content, *s.store, settings);
  st = s.session->sync_cards(s.now());
  if (!st.ok()) s.status = st.message();
  // The daily backup, made at start when today has none yet.
  Status b = make_backup_if_due(*s.store, s.options.data_dir, s.now(), false);
  if (!b.ok()) s.status = "Backup not made: " + b.message();
  ++s.data_version;
}

void restore_latest_backup(AppState& s) {
  // No connection of ours may stay open while the file is replaced.
  s.review = ReviewState{};
  s.session.reset();
  s.store.reset();
  std::string from, safety;
  Status st = restore_backup(s.options.data_dir, "latest", s.now(), &from, &safety);
  open_store(s);
  s.status = st.ok() ? "Restored " + from + (safety.empty() ? "" : "; the replaced file is kept as " + safety)
                     : "Not restored: " + st.message();
}

void reload_content(AppState& s) {
  // The session and the screens point into the content: drop every such pointer before replacing it.
  s.review = ReviewState{};
  s.practice.phase = PracticeState::Phase::Setup;
  s.builder.quiz = Quiz{};
  s.builder.dirty = true;
  s.timeline.initialised = false;
  s.content = load_content(s.options.content);
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
                       {"ui.screen", screen_name(ui.screen)}});
}

}  // namespace factdeck::ui
