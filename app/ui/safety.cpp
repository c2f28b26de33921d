// The damaged-database state, drafts kept on disk as they are typed, and the rule for asking before quitting.
#include "ui/safety.h"

#include "factdeck/drafts.h"
#include "ui/input_queue.h"
#include "ui/views/views.h"

namespace factdeck::ui {
namespace {

constexpr double kDebounceS = 0.4;   // a pause in typing this long writes the draft
constexpr double kLongestWaitS = 3;  // steady typing still writes this often

// The Add-article draft while it holds work not saved as an article; empty otherwise (no file is kept).
std::string article_json(const AppState& s) {
  ArticleDraft d = article_draft(s.editor);
  d.cursor = 0;  // moving through the suggestions is no work to keep
  if (d.empty()) return std::string();
  std::string j = to_json(d);
  return j == s.safety.article.clean ? std::string() : j;
}

// The builder's draft is kept only while its preview holds replaced questions or the teacher's words (its edits).
std::string builder_json(const AppState& s) {
  for (int a : s.builder.attempts)
    if (a > 0) return to_json(builder_draft(s.builder));
  for (bool edited : s.builder.edited)
    if (edited) return to_json(builder_draft(s.builder));
  if (!s.builder.quiz.title.empty()) return to_json(builder_draft(s.builder));
  return std::string();
}

// Writes (or, for no work, removes) one draft; a failure goes to the status line and is tried again later.
void write(AppState& s, const char* name, SafetyState::Draft& d) {
  Status st;
  if (d.seen.empty()) {
    st = remove_draft(s.options.data_dir, name);
  } else if (std::string(name) == "article") {
    ArticleDraft a;
    st = from_json(d.seen, a);
    if (st.ok()) st = save_draft(s.options.data_dir, a);
  } else {
    BuilderDraft b;
    st = from_json(d.seen, b);
    if (st.ok()) st = save_draft(s.options.data_dir, b);
  }
  if (!st.ok()) {
    s.safety.draft_problem = "Draft not kept: " + st.message();
    s.status = s.safety.draft_problem;
    return;
  }
  d.written = d.seen;
  d.pending_since_s = -1;
  log_input_event(d.seen.empty() ? (std::string("draft-removed ") + name).c_str() : (std::string("draft-saved ") + name).c_str());
}

// One draft's turn after a frame: the seconds until its write is due, or -1.
double keep(AppState& s, const char* name, SafetyState::Draft& d, const std::string& now_json, double now_s) {
  if (now_json != d.seen) {
    d.seen = now_json;
    d.seen_since_s = now_s;
  }
  if (d.seen == d.written) {
    d.pending_since_s = -1;
    return -1;
  }
  if (d.pending_since_s < 0) d.pending_since_s = now_s;
  const double due = std::min(d.seen_since_s + kDebounceS, d.pending_since_s + kLongestWaitS);
  if (now_s >= due) {
    write(s, name, d);
    return -1;
  }
  return due - now_s;
}

}  // namespace

void note_unusable_database(AppState& s, const std::string& problem) {
  if (s.store) keep_file_unchanged(*s.store);
  s.exam.study.reset();  // it holds the session
  s.session.reset();
  s.store.reset();
  s.store_error = problem;
  s.safety.damage = describe_damage(s.options.data_dir, problem);
  s.safety.damage_panel = true;
  log_input_event("damage-panel");
}

void restore_after_damage(AppState& s) {
  restore_latest_backup(s);
  if (s.store_error.empty()) {
    s.safety.damage.reset();
    s.safety.damage_panel = false;
    log_input_event("restored");
  } else {
    s.safety.damage = describe_damage(s.options.data_dir, s.store_error);
  }
}

void restore_drafts(AppState& s) {
  if (s.safety.drafts_restored) return;
  s.safety.drafts_restored = true;
  std::optional<ArticleDraft> article;
  std::optional<BuilderDraft> builder;
  Status a = load_draft(s.options.data_dir, article);
  Status b = load_draft(s.options.data_dir, builder);
  if (!a.ok() || !b.ok()) s.safety.draft_problem = "A draft could not be read (it was left as it is): " + (a.ok() ? b : a).message();
  if (article) {
    restore_article_draft(s, *article);
    s.safety.article.written = s.safety.article.seen = article_json(s);  // still unsaved work: no clean state
  }
  if (builder) {
    restore_builder_draft(s, *builder);
    s.safety.builder.written = s.safety.builder.seen = builder_json(s);
  }
  if (article || builder) {
    s.status = article ? "Your unsaved article is back in Add article." : "Your edited quiz is back in the Quiz builder.";
    log_input_event("drafts-restored");
  }
  if (!s.safety.draft_problem.empty()) s.status = s.safety.draft_problem;
}

double keep_drafts(AppState& s, double now_s) {
  if (!s.safety.drafts_restored) return -1;  // nothing is written before the old drafts were read back
  const double a = keep(s, "article", s.safety.article, article_json(s), now_s);
  const double b = keep(s, "builder", s.safety.builder, builder_json(s), now_s);
  if (a < 0) return b;
  return b < 0 ? a : std::min(a, b);
}

void write_drafts_now(AppState& s) {
  if (!s.safety.drafts_restored) return;
  s.safety.article.seen = article_json(s);
  s.safety.builder.seen = builder_json(s);
  if (s.safety.article.seen != s.safety.article.written) write(s, "article", s.safety.article);
  if (s.safety.builder.seen != s.safety.builder.written) write(s, "builder", s.safety.builder);
}

void drop_drafts(AppState& s) {
  s.editor = EditorState{};
  s.safety.article.seen.clear();
  s.safety.article.clean.clear();
  write(s, "article", s.safety.article);
}

void mark_editor_clean(AppState& s) {
  ArticleDraft d = article_draft(s.editor);
  d.cursor = 0;
  s.safety.article.clean = d.empty() ? std::string() : to_json(d);
}

bool unsaved_work(AppState& s) { return !article_json(s).empty(); }

bool may_quit(AppState& s) {
  if (s.safety.quit_confirmed || !unsaved_work(s)) return true;
  if (!s.safety.quit_question) log_input_event("quit-asked");
  s.safety.quit_question = true;
  s.safety.quit_choice = 0;
  return false;
}

}  // namespace factdeck::ui
