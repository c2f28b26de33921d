// Everything the desktop app holds: the engine's objects and the UI-only state of each screen.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "common/options.h"
#include "factdeck/content.h"
#include "factdeck/exam.h"
#include "factdeck/fsrs_evaluate.h"
#include "factdeck/fsrs_simulate.h"
#include "factdeck/generate.h"
#include "factdeck/import.h"
#include "factdeck/overview.h"
#include "factdeck/quality.h"
#include "factdeck/session.h"
#include "factdeck/stats.h"
#include "factdeck/suggest.h"
#include "factdeck/store.h"
#include "ui/assignments_state.h"
#include "ui/safety_state.h"

namespace factdeck::ui {

enum class Screen { Today, Review, Practice, Builder, Editor, Library, Timeline, Stats, Settings, Assignments };
constexpr int kScreenCount = 10;
const char* screen_name(Screen s);   // "today", "review", ... (command line and saved state)
const char* screen_title(Screen s);  // "Today", "Review", ... (the navigation bar)
std::optional<Screen> screen_from_name(const std::string& s);

// The review screen's state for the card on show.
struct ReviewState {
  std::optional<Prompt> prompt;    // the card being asked; none when today's work is done
  std::optional<Outcome> outcome;  // set once answered: feedback is on show
  Response response;               // what the learner is composing (typed text, order, pairs)
  char typed[256] = {};            // the text field of recall types
  double shown_at_s = 0;           // glfwGetTime() when the question appeared, for response time
  bool started = false;            // the first card was fetched
  bool focus_input = false;        // give the text field the keyboard on the next frame
  int answered = 0;                // answers given in this session
  int correct = 0;
  bool learned = false;            // a new fact's learning step was read (Space): its test is on show
  bool revealed = false;           // a flip card's answer is on show, waiting for the learner's rating
};

// Today's custom study: which article row the keyboard is on, how many more new cards, days ahead.
struct TodayState {
  int article = 0;   // index into the progress rows
  int more_new = 10;
  int ahead_days = 7;
};

// The exam on Today: the saved exam, its plan as of `version`, and the form that sets it (E).
struct ExamState {
  std::optional<ExamSettings> exam;  // as saved; read when the store opens and after each save
  std::unique_ptr<ExamStudy> study;  // set while Review asks the exam's plan (X on Today)
  int version = -1;                  // data_version the plan below belongs to
  ExamPlan plan;
  double spent_seconds = 0;          // exam study today, the cost model
  bool editing = false;              // the form is open
  int cursor = 0;                    // the form row the keyboard is on
  char date[16] = {};                // YYYY-MM-DD, as typed
  bool focus_date = false;           // give the date field the keyboard on the next frame
  int minutes = 20;
  int retention_percent = 90;
  std::set<std::string> articles;    // empty: every article
  int article = 0;                   // the article row the form's Space toggles
};

// A practice quiz: chosen in a form, then run without touching the schedule, then scored and kept.
struct PracticeState {
  enum class Phase { Setup, Running, Results } phase = Phase::Setup;
  std::set<std::string> articles;       // empty: all
  std::set<QuestionType> types;         // empty: all
  int count = 10;
  Difficulty difficulty = Difficulty::Medium;
  std::uint64_t seed = 1;
  int cursor = 0;                       // the form row the keyboard is on
  Quiz quiz;
  std::size_t index = 0;                // the question on show
  Response response;
  char typed[256] = {};
  bool focus_input = false;
  std::optional<bool> last_correct;     // set while the feedback of question `index` is on show
  std::vector<bool> results;
  std::string saved;                    // message after the result was stored
};

// The teacher's quiz builder: filters, a preview to edit question by question, and exports.
// What an assignment made on a worker came to: its message (where it went, or why not).
struct AssignOutcome {
  bool ok = false;
  std::string message;
};

struct BuilderState {
  std::set<std::string> articles;  // empty: all
  std::set<Kind> kinds;            // empty: all
  std::set<QuestionType> types;    // empty: all
  char tags[128] = {};             // comma-separated; empty: any
  int count = 10;
  Difficulty difficulty = Difficulty::Medium;
  std::uint64_t seed = 1;
  int versions = 2;
  int format = 0;                  // index into export_formats()
  std::string export_dir;          // where exports go (chosen in the form; default DATA_DIR/exports)
  int cursor = 0;                  // form row
  int editing = -1;                // the form row whose text field (tags, seed, folder) has the keyboard
  std::string seed_text;           // the seed as typed, while its field is open
  int editing_since = 0;           // ImGui's frame count when that field opened: Enter counts from the next frame
  bool select_all = false;         // select the field's text once it has the keyboard (typing replaces it)
  bool loaded = false;             // the choices were read back from the store
  bool dirty = true;               // the choices changed since the preview was built
  Quiz quiz;
  std::vector<int> attempts;       // replacements made per question, so "replace" moves on
  int selected = 0;                // the previewed question the keyboard is on
  std::future<std::string> exporting;  // the export runs off the UI thread; its message when done
  std::string message;
  // A teacher's own words (builder_edit.cpp): one field open at a time, a question's wording (Ctrl+E) or the title (T).
  // Its flaws are checked as it is typed; Enter keeps a clean one in `quiz`, Esc drops it. While a flawed one is
  // open, the quiz cannot be assigned.
  int edit_question = -1;          // the question whose wording field is open; -1 none
  bool edit_title = false;         // the title's field is open
  std::string edit_text;           // the field's text, as typed
  std::string edit_checked;        // the text `edit_flaws` belong to (checked again when the text changes)
  std::vector<Violation> edit_flaws;  // in a teacher's words (check_wording, check_title)
  int edit_since = 0;              // ImGui's frame count when the field opened: Enter counts from the next frame
  bool edit_focus = false;         // give the field the keyboard on the next frame
  bool edit_to_end = false;        // once it has the keyboard, put the cursor after the text (End)
  std::vector<bool> edited;        // per question: its wording is the teacher's
  // "Assign to class" (A): the class, the file to write and the class server, typed in turn (Enter goes on).
  bool assigning = false;
  int assign_field = 0;            // 0 class, 1 file, 2 class server URL
  bool assign_focus = false;       // give the field the keyboard on the next frame
  bool assign_select = false;      // select its text once it has the keyboard (typing replaces it)
  int assign_since = 0;            // frame count when the field got the keyboard: Enter counts from the next frame
  std::string assign_class, assign_file, assign_url;  // the URL is never kept: it may hold a password
  bool assign_file_typed = false;  // the teacher typed the file's path: it no longer follows the class's name
  std::string assigned;            // what the last assignment was and where it went, shown above the preview
  std::future<AssignOutcome> assign_job;  // the class server may be slow to answer: the UI does not wait for it
};

// The article editor: pasted text, the suggested facts, the one being edited, and its live preview.
struct EditorState {
  std::string id, title;
  std::string text;                  // the article as pasted or opened
  SuggestResult result;              // suggestions for `text`
  std::vector<bool> accepted;        // per suggestion
  int cursor = 0;                    // the suggestion the keyboard is on
  int editing = -1;                  // the suggestion whose fields the edit buffers hold
  std::string question, statement, klass, distractors;  // edit buffers (distractors comma-separated)
  bool focus_text = false;           // give the text field the keyboard on the next frame
  int focus_field = 0;               // Ctrl+E: 1 gives the question field the keyboard next frame, 2 the statement
  int select_field = 0;              // the field reached by Ctrl+E, until it is active: it starts all selected
  bool in_question = false;          // the question field had the keyboard last frame (Ctrl+E moves on)
  std::string message;
  std::optional<Date> published;     // the pasted article's dateline date, saved as `published`
  // Editing an article that is already loaded (Library, E): its id; its facts are the first
  // `existing_facts` suggestions, and saving merges by fact id so learners' history stays.
  std::string existing_id;
  std::size_t existing_facts = 0;
  // The question preview of the suggestion on show, rebuilt only when `preview_key` (the fields it
  // depends on) changes, not every frame.
  struct PreviewLine {
    bool made = false, passes = false;
    std::string type, prompt, options;
    std::vector<std::string> problems;
  };
  std::string preview_key;
  std::vector<PreviewLine> preview;

  // Importing a CSV or TSV of terms and definitions (Ctrl+I on this screen): a file or pasted text.
  struct Import {
    bool open = false;               // the screen shows the import instead of the suggestions
    std::string path;                // a file to read (typed, or dropped on the window)
    std::string text;                // the file's text, or pasted
    std::string id, title;
    std::string result_key;          // text|id|title the preview below was made from
    ImportResult result;
    std::string error;               // why nothing could be read as rows
    bool focus_path = false, focus_text = false, focus_title = false;
  } import;
};

// Present mode, from the Quiz builder: the built quiz shown to a class, one question at a time, full screen.
struct PresentState {
  bool on = false;
  Quiz quiz;               // a copy of the builder's quiz when present mode started
  std::size_t index = 0;   // the question on show
  bool revealed = false;   // the answer and the article's sentence are on show
  bool scroll_to_answer = false;  // just revealed: bring the answer into view
  double shown_at_s = 0;   // glfwGetTime() when the question appeared: the timer's start
  int seconds = 30;        // the timer's length (+ / - change it); 0: no timer
};

struct LibraryState {
  char search[128] = {};
  int cursor = 0;            // index into the filtered fact list
  bool focus_search = false;
  std::set<std::string> suspended;  // "article/fact" of facts with a suspended card, as of suspended_version
  int suspended_version = -1;
};

struct TimelineState {
  double center = 2018;      // years
  double span = 30;          // years visible across the width
  bool initialised = false;
  std::vector<TimelineEntry> entries;  // from the content, built once
  int selected = -1;         // the entry chosen with Up/Down, shown below the axis
};

// Statistics are computed on a worker thread with its own database connection, so a big history never
// freezes a frame; the worker wakes the loop when it is done.
struct StatsState {
  int version = -1;                        // data_version the figures belong to
  std::future<Statistics> pending;
  std::optional<Statistics> figures;
  std::string error;
  // The memory model's figures (calibration of the parameters in use, the workload of the coming days, desired
  // retention against workload): computed on their own worker when the screen is entered with new data.
  struct Model {
    bool fitted = false;               // the parameters in use are a fit (fsrs.w), not the defaults
    FsrsEvaluation evaluation;         // those parameters scored on every answer (calibration per kind)
    WorkloadOptions options;           // as simulated (days, new cards a day, retention, costs)
    WorkloadResult workload;
    std::vector<WorkloadPoint> curve;  // at workload_curve_retentions()
    std::string first_day;             // "YYYY-MM-DD" of the workload's day 0
  };
  int model_version = -1;
  std::future<Model> model_pending;
  std::optional<Model> model;
};

// One fit of the memory model from Settings: the report, the answers it saw, and what was saved.
struct FitOutcome {
  FsrsReport report;
  std::int64_t answers = 0;  // answers in the review log when the fit started
  bool saved = false;        // the fit was used, so its parameters were saved (fsrs.w)
  std::string error;         // the database could not be opened or written
};

struct SettingsState {
  int cursor = 0;
  bool confirm_restore = false;  // the first press on "restore" asks; the second restores
  int workload_version = -1;  // the expected daily workload, recomputed when data or retention change
  double workload_for = -1;
  double workload = 0;
  std::int64_t answers = -1;  // answers in the review log, as of answers_version (for the offer to fit)
  int answers_version = -1;
  // Optimize: the fit runs on a worker with its own connection while the screen keeps drawing. The worker writes
  // the share done (0..1) into fit_share and stops early when fit_cancel is set (quitting).
  std::future<FitOutcome> fitting;
  std::shared_ptr<std::atomic<double>> fit_share;
  std::shared_ptr<std::atomic<bool>> fit_cancel;
  std::optional<FitOutcome> fit;  // the last fit's outcome, shown beside the button until dismissed
  // A fit just ended: scroll its outcome into view (large text hides it below the form) for this many frames; two,
  // since the first frame's scroll is clamped to the height the window had before the outcome was drawn.
  int show_fit_frames = 0;
  bool confirm_reset = false;     // the first press on "back to the defaults" asks; the second resets
};

// The collection as the start-up worker hands it over: content loaded, cards synced with it, today's figures.
struct LoadedCollection {
  LoadResult content;
  StudySettings settings;
  TodayCounts counts;
  std::vector<ArticleProgress> progress;
  std::vector<std::uint32_t> glyphs;  // glyph_ranges(content), for the font atlas
  bool synced = false;  // the worker opened the database and synced the cards
  std::string status;   // a sync or backup problem, for the status line
  std::optional<DamageReport> damage;  // the database's pages are damaged: nothing was synced or written
};

// Settings of the window itself, kept in the store beside the study settings.
struct UiSettings {
  bool light = false;    // theme
  int text_size = 22;    // pixels before the monitor's content scale: 18 (small) .. 44 (projector)
  int window_w = 1100, window_h = 760, window_x = -1, window_y = -1;  // the window when not full screen
  bool fullscreen = false;  // F11
  Screen screen = Screen::Today;
};

struct AppState {
  common::CommonOptions options;

  // Engine objects. The store is null when the database could not be opened (see store_error).
  LoadResult content;
  // The generator's tables for `content` (aliases, true answers, distractor pools), kept between the builder's and
  // Practice's quizzes: made at the first quiz, dropped whenever `content` is replaced (content_index()).
  std::unique_ptr<ContentIndex> index;
  std::unique_ptr<Store> store;
  std::unique_ptr<StudySession> session;
  std::string store_error;
  // The window opens before the collection is loaded: a worker thread loads the content, syncs the cards
  // and counts today's work on its own connection, and the loop swaps the result in (finish_loading).
  // Until then `content` is empty and `session` null; screens that need them say the collection is loading.
  std::future<LoadedCollection> loading;
  bool start_review_when_loaded = false;  // Enter pressed on Today while loading: the review starts then
  // The day's first backup, made on a worker with its own connection once the collection is loaded (a
  // copy of a big database takes seconds); its problem, if any, for the status line.
  std::future<std::string> start_backup;
  bool is_loading() const { return loading.valid(); }

  Screen screen = Screen::Today;
  UiSettings ui;
  bool fonts_dirty = false;  // rebuild the font atlas before the next frame (text size or glyphs changed)
  std::vector<std::uint32_t> glyphs;  // the characters in the font atlas (glyph_ranges in fonts.h)
  bool help_open = false;
  bool quit = false;
  ReviewState review;
  TodayState today;
  ExamState exam;
  PracticeState practice;
  BuilderState builder;
  PresentState present;
  EditorState editor;
  LibraryState library;
  TimelineState timeline;
  StatsState stats;
  SettingsState settings;
  AssignmentsState assignments;  // a class's assignments: taken by students, reported on for teachers
  SafetyState safety;  // the damaged-database panel, drafts, the question before quitting
  std::string status;  // one line shown at the bottom: the last error or confirmation
  int data_version = 0;  // bumped after every applied change, so views know when cached figures are stale

  // Figures the screens show, read from the store once per change rather than every frame.
  struct Cached {
    int version = -1;
    TodayCounts counts;
    std::vector<ArticleProgress> progress;  // as of progress_version; recounted off the UI thread
    int progress_version = -1;
    std::future<std::vector<ArticleProgress>> progress_pending;
  } cached;
  // Refreshes `cached.counts` when data_version moved (cheap: indexed counts).
  const Cached& figures();
  // Progress per article: the last counted figures at once, recounted on a worker when data_version moved
  // (a GROUP BY over every card, too slow to run on the UI thread after each answer at 100,000 cards).
  const std::vector<ArticleProgress>& progress();
  // Waits for the recount (before the content or the database it reads is replaced).
  void wait_progress();

  // Changes asked for while drawing, applied after the frame (ImGui's habit: views ask, the loop acts).
  std::vector<std::function<void(AppState&)>> pending;
  void later(std::function<void(AppState&)> f) { pending.push_back(std::move(f)); }

  UnixSeconds now() const { return options.clock(); }
  void go(Screen s) {
    later([s](AppState& st) {
      if (st.screen != s) st.status.clear();  // the last message belonged to the screen being left
      st.screen = s;
    });
  }
};

// Opens the database on the UI thread (its window settings are needed for the first frame) and starts the
// worker that loads the collection; failures go to store_error.
void start_loading(AppState& s);
// Swaps the worker's collection in once it is done (and starts the day's backup); true on the call that did it.
bool finish_loading(AppState& s);
// Waits for the day's backup started by finish_loading; its problem goes to the status line.
void wait_start_backup(AppState& s);
// Opens (or reopens) the database and the session over the loaded content; failures go to store_error.
void open_store(AppState& s);
// Puts the latest backup back (a safety copy of the current file is kept) and reopens the database.
void restore_latest_backup(AppState& s);

// Stops a fit of the memory model (nothing is saved) and waits for it and for the model's figures: before the
// database they read is replaced or closed.
void stop_model_workers(AppState& s);

// Reads the saved exam into s.exam and gives the session its interval cap (after the session is made anew);
// the exam's study, if one was running, ends.
void load_exam_into_session(AppState& s);

// Loads the content folders again (after the editor saved an article) and brings every screen up to date.
void reload_content(AppState& s);

// The index of the loaded content, made on first use: a teacher's second quiz over a large collection reuses the
// tables the first one made.
const ContentIndex& content_index(AppState& s);

// Wakes the event loop from another thread (glfwPostEmptyEvent), e.g. when background work is done.
void wake_ui();

// Loads the window settings from the store (defaults when absent) and saves them.
UiSettings load_ui_settings(Store* store);
void save_ui_settings(Store* store, const UiSettings& ui);

}  // namespace factdeck::ui
