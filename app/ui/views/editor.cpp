// The article editor: paste an article, accept or edit the suggested facts, preview their questions, save.
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_internal.h>  // ImGuiInputTextState::SelectAll, for a field reached by Ctrl+E
#include <imgui_stdlib.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include "factdeck/article_save.h"
#include "factdeck/atomic_file.h"
#include "factdeck/generate.h"
#include "factdeck/quality.h"
#include "ui/input_queue.h"
#include "ui/safety.h"
#include "ui/views/views.h"

namespace factdeck::ui {
namespace {

template <class Strings>  // a std::vector<std::string> or a fact's CompactStrings
std::string join(const Strings& v) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : ", ") + x;
  return s;
}

// A suggestion that lacked wrong answers is ready once the learner has typed them (or named a class); the
// preview below then shows whether its questions pass.
void refresh_missing(Suggestion& sug) {
  const Fact& f = sug.fact;
  if (sug.missing.empty() || sug.rule == "existing") return;
  const std::size_t need = f.kind == Kind::Alias ? 1 : 3;
  const bool named = f.kind == Kind::Name || f.kind == Kind::Alias || f.kind == Kind::Term;
  if (!f.class_id.empty() || (named && f.distractors.size() >= need)) sug.missing.clear();
}

// Copies the edit buffers back into the suggestion they belong to.
void commit_edits(EditorState& e) {
  if (e.editing < 0 || e.editing >= static_cast<int>(e.result.suggestions.size())) return;
  Fact& f = e.result.suggestions[static_cast<std::size_t>(e.editing)].fact;
  f.question = e.question;
  f.statement = e.statement;
  f.class_id = e.klass;
  f.distractors = split_commas(e.distractors);
  refresh_missing(e.result.suggestions[static_cast<std::size_t>(e.editing)]);
}

void load_edits(EditorState& e) {
  if (e.editing == e.cursor) return;
  commit_edits(e);
  e.editing = e.cursor;
  const Fact& f = e.result.suggestions[static_cast<std::size_t>(e.cursor)].fact;
  e.question = f.question;
  e.statement = f.statement;
  e.klass = f.class_id;
  e.distractors = join(f.distractors);
}

void run_suggest_now(AppState& s) {
  EditorState& e = s.editor;
  commit_edits(e);
  SuggestOptions opts;
  opts.lexicon = &s.content.content;
  // Editing an article: its facts stay first (accepted or not, as they were); new suggestions follow.
  std::vector<Suggestion> kept(e.result.suggestions.begin(),
                               e.result.suggestions.begin() + static_cast<std::ptrdiff_t>(e.existing_facts));
  std::vector<bool> kept_accepted(e.accepted.begin(), e.accepted.begin() + static_cast<std::ptrdiff_t>(e.existing_facts));
  for (const Suggestion& k : kept) opts.taken_ids.emplace_back(k.fact.id);
  e.result = suggest_facts(e.text, opts);
  e.result.suggestions.insert(e.result.suggestions.begin(), kept.begin(), kept.end());
  e.accepted.assign(e.result.suggestions.size(), false);
  std::copy(kept_accepted.begin(), kept_accepted.end(), e.accepted.begin());
  e.cursor = static_cast<int>(std::min(e.existing_facts, e.result.suggestions.empty() ? 0 : e.result.suggestions.size() - 1));
  e.editing = -1;
  // The headline (the first line) names the article, never the dateline under it.
  if (e.title.empty()) e.title = e.result.title;
  if (e.id.empty()) {
    std::string from = e.title;
    for (std::size_t k = 0; from.empty() && k < e.result.sentences.size(); ++k)
      if (!e.result.sentences[k].heading) from = e.result.sentences[k].text.substr(0, 60);
    e.id = slug_id(from);
  }
  if (e.existing_id.empty()) e.published = e.result.published;
  e.message = std::to_string(e.result.suggestions.size() - e.existing_facts) + " suggestions from " + std::to_string(e.result.sentences.size()) +
              " sentences. Up/Down move, Space accepts, Ctrl+S saves.";
}

// Saves the accepted facts as the engine's rules say (plan_article_save): a new article to
// USER/articles/ID.toml; an article being edited merged with the loaded one (fact ids kept, so reviews
// stay), in place or as a copy of a bundled article.
void save(AppState& s) {
  EditorState& e = s.editor;
  commit_edits(e);
  ArticleSaveRequest req;
  req.suggestions = &e.result.suggestions;
  req.accepted = &e.accepted;
  req.id = e.id;
  req.title = e.title;
  req.existing_id = e.existing_id;
  req.published = e.published;
  ArticleSavePlan plan;
  if (Status st = plan_article_save(req, s.content.content, user_content_dir(s), plan); !st.ok()) {
    e.message = st.message();
    return;
  }
  if (Status st = save_user_article(s, plan.path, plan.toml); !st.ok()) {
    e.message = "Not saved: " + st.message();
    return;
  }
  // The editor now edits what was saved: the same ids, so saving again rewrites the same facts.
  for (std::size_t k = 0; k < plan.saved_suggestions.size() && k < plan.article.facts.size(); ++k)
    e.result.suggestions[plan.saved_suggestions[k]].fact.id = plan.article.facts[k].id;
  e.existing_id = plan.article.id;
  e.id = plan.article.id;
  e.message = plan.message();
  mark_editor_clean(s);  // written: no draft to keep
}

// A field reached by Ctrl+E starts with its text selected, so typing replaces it. ImGui activates a field
// the frame after focus is asked for (and AutoSelectAll does not apply then), so this waits for it.
void select_once_active(EditorState& e, int field, ImGuiID id) {
  if (e.select_field != field || e.focus_field == field) return;
  if (ImGuiInputTextState* st = ImGui::GetInputTextState(id)) {
    st->SelectAll();
    e.select_field = 0;
  }
}

const std::vector<const char*> kButtons = {"Suggest facts (Ctrl+Enter)", "Save (Ctrl+S)", "New (Ctrl+N)", "Import CSV (Ctrl+I)"};

// Empties the editor for another article (an import in progress stays).
void new_article(AppState& s) {
  EditorState::Import keep = std::move(s.editor.import);
  s.editor = EditorState{};
  s.editor.import = std::move(keep);
  s.editor.message = "A new article: paste its text (Ctrl+V), then Ctrl+Enter.";
}

// The sentence with the suggestion's answer words drawn in colour.
void draw_highlighted(const EditorState& e, const Suggestion& sug) {
  if (sug.sentence < 0 && !sug.fact.sentence.empty()) ImGui::TextWrapped("\"%s\"", sug.fact.sentence.c_str());
  if (sug.sentence < 0 || sug.sentence >= static_cast<int>(e.result.sentences.size())) return;
  const Sentence& sen = e.result.sentences[static_cast<std::size_t>(sug.sentence)];
  const std::string& t = e.result.text;
  const std::size_t b = std::clamp(sug.begin, sen.begin, sen.end), en = std::clamp(sug.end, b, sen.end);
  // One paragraph, wrapped across the whole width: the answer's words in colour, the rest faint.
  const ImU32 faint = ImGui::GetColorU32(ImGuiCol_TextDisabled), bright = ImGui::GetColorU32(ImVec4(1.0f, 0.8f, 0.3f, 1.0f));
  text_flow({{t.substr(sen.begin, b - sen.begin), faint}, {t.substr(b, en - b), bright}, {t.substr(en, sen.end - en), faint}});
}

// The questions the engine would make from the fact as edited, and the quality rules each breaks.
// Generating them copies the loaded content, so they are made again only when an input changes.
void draw_preview(AppState& s, const Suggestion& sug) {
  EditorState& e = s.editor;
  const std::string key = std::to_string(s.data_version) + '\x1f' + std::to_string(e.cursor) + '\x1f' + sug.fact.id +
                          '\x1f' + sug.fact.answer_text() + '\x1f' + e.title + '\x1f' + e.question + '\x1f' +
                          e.statement + '\x1f' + e.klass + '\x1f' + e.distractors;
  if (key != e.preview_key) {
    e.preview_key = key;
    e.preview.clear();
    Content preview = s.content.content;  // the loaded lexicon and facts, plus this draft article
    Article draft;
    draft.id = "draft";
    draft.title = e.title;
    Fact f = sug.fact;
    f.question = e.question;
    f.statement = e.statement;
    f.class_id = e.klass;
    f.distractors = split_commas(e.distractors);
    draft.facts.push_back(f);
    preview.articles.push_back(draft);
    std::sort(preview.articles.begin(), preview.articles.end(), [](const Article& a, const Article& b) { return a.id < b.id; });
    const Article* a = preview.find_article("draft");
    for (QuestionType t : types_for(f)) {
      EditorState::PreviewLine line;
      line.type = type_label(t);
      if (auto q = generate_question(preview, *a, a->facts[0], t, Difficulty::Medium, 1)) {
        line.made = true;
        line.type = type_label(q->type);
        line.prompt = q->prompt;
        line.options = join(q->options);
        for (const auto& v : check_question(*q, preview)) line.problems.push_back("rule " + v.rule + ": " + v.message);
        line.passes = line.problems.empty();
      }
      e.preview.push_back(std::move(line));
    }
  }
  if (!sug.ready()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.95f, 0.75f, 0.3f, 1));
    ImGui::TextWrapped("Still needs: %s", sug.missing.c_str());
    ImGui::PopStyleColor();
  }
  for (const EditorState::PreviewLine& line : e.preview) {
    if (!line.made) {
      text_faint(line.type + ": cannot be made yet");
      continue;
    }
    ImGui::TextColored(line.passes ? ImVec4(0.3f, 0.78f, 0.4f, 1) : ImVec4(0.95f, 0.4f, 0.35f, 1), "%s %s",
                       line.passes ? "passes" : "fails", line.type.c_str());
    ImGui::TextWrapped("  %s", line.prompt.c_str());
    if (!line.options.empty()) ImGui::TextWrapped("  %s", line.options.c_str());
    for (const std::string& p : line.problems) ImGui::TextWrapped("  %s", p.c_str());
  }
}

}  // namespace

std::vector<std::string> split_commas(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s + ",") {
    if (c == ',') {
      const auto b = cur.find_first_not_of(' '), e = cur.find_last_not_of(' ');
      if (b != std::string::npos) out.push_back(cur.substr(b, e - b + 1));
      cur.clear();
    } else {
      cur += c;
    }
  }
  return out;
}

std::string join_commas(const CompactStrings& v) { return join(v); }

void suggest_from_text(AppState& s) { run_suggest_now(s); }

std::string user_content_dir(const AppState& s) { return s.options.data_dir + "/content"; }

Status save_user_article(AppState& s, const std::string& path, const std::string& toml) {
  std::error_code ec;
  const std::filesystem::path folder = std::filesystem::path(path).parent_path();
  std::filesystem::create_directories(folder, ec);
  if (ec) return Status::Error("cannot create " + folder.string() + ": " + ec.message());
  if (Status st = write_file_atomically(path, toml); !st.ok()) return st;
  // The user's content folder is loaded after the bundled one from now on, so its copies win.
  const std::string dir = user_content_dir(s);
  if (std::find(s.options.content.begin(), s.options.content.end(), dir) == s.options.content.end())
    s.options.content.push_back(dir);
  reload_content(s);
  return Status::Ok();
}

void open_article_in_editor(AppState& s, const std::string& article_id) {
  const Article* a = s.content.content.find_article(article_id);
  if (!a) return;
  EditorState& e = s.editor;
  e = EditorState{};
  e.existing_id = a->id;
  e.id = a->id;
  e.title = a->title;
  e.result.title = a->title;
  for (const Fact& f : a->facts) {
    Suggestion sug;
    sug.fact = f;
    sug.confidence = Confidence::High;
    sug.rule = "existing";
    sug.reason = "in the article now";
    e.result.suggestions.push_back(std::move(sug));
  }
  e.existing_facts = e.result.suggestions.size();
  e.accepted.assign(e.existing_facts, true);
  e.message = "Editing " + std::to_string(e.existing_facts) + " facts of " + a->file +
              ". Space leaves a fact out (its reviews stay), Ctrl+S saves; paste text and Ctrl+Enter to add facts.";
  mark_editor_clean(s);  // as loaded: nothing to keep until it is changed
  s.screen = Screen::Editor;
}

void draw_editor(AppState& s) {
  EditorState& e = s.editor;
  if (ctrl_key_pressed(GLFW_KEY_I)) e.import.open = !e.import.open;
  if (e.import.open) {
    draw_import(s);
    return;
  }
  const bool typing = ImGui::GetIO().WantTextInput;
  if (ctrl_key_pressed(GLFW_KEY_N)) s.later([](AppState& st) { new_article(st); });
  if (ctrl_key_pressed(GLFW_KEY_ENTER) || ctrl_key_pressed(GLFW_KEY_KP_ENTER)) s.later([](AppState& st) { run_suggest_now(st); });
  if (ctrl_key_pressed(GLFW_KEY_S)) s.later([](AppState& st) { save(st); });
  // Outside the text field, Ctrl+V pastes into it and Enter moves into it; Tab stays free for the screens.
  if (!typing && ctrl_key_pressed(GLFW_KEY_V)) {
    if (const char* clip = ImGui::GetClipboardText()) e.text += clip;
    e.focus_text = true;
  }
  if (!typing && key_pressed(GLFW_KEY_ENTER)) e.focus_text = true;
  if (ctrl_key_pressed(GLFW_KEY_E)) {
    e.focus_field = e.select_field = e.in_question ? 2 : 1;  // question, then statement
    hold_characters_next_frame();  // typed at once, the first character would go in the selection (select_once_active)
  }
  // W on a suggestion that needs wrong answers: type them, comma-separated (Esc leaves the field).
  if (!typing && key_pressed(GLFW_KEY_W) && !ImGui::GetIO().KeyCtrl && e.cursor >= 0 &&
      e.cursor < static_cast<int>(e.result.suggestions.size()))
    e.focus_field = 3;

  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.3f);
  // An article being edited keeps its id: learners' history is filed under it.
  ImGui::InputTextWithHint("##id", "article-id", &e.id, e.existing_id.empty() ? 0 : ImGuiInputTextFlags_ReadOnly);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##title", "Title", &e.title);

  const float half = ImGui::GetContentRegionAvail().x * 0.5f;
  const float bottom = flow_height(kButtons) + ImGui::GetTextLineHeightWithSpacing();
  ImGui::BeginChild("left", ImVec2(half, -bottom), false);
  if (e.focus_text) ImGui::SetKeyboardFocusHere();
  e.focus_text = false;
  ImGui::InputTextMultiline("##text", &e.text, ImVec2(-1, ImGui::GetContentRegionAvail().y * 0.45f));
  if (e.text.empty()) {
    text_faint("Paste the article (Ctrl+V) or press Enter to type; Ctrl+Enter makes suggestions.");
  }
  const int n = static_cast<int>(e.result.suggestions.size());
  if (!typing && n > 0) {
    form_cursor(e.cursor, n);
    if (key_pressed(GLFW_KEY_SPACE)) e.accepted[static_cast<std::size_t>(e.cursor)] = !e.accepted[static_cast<std::size_t>(e.cursor)];
  }
  ImGui::BeginChild("suggestions", ImVec2(0, 0), true);
  for (int i = 0; i < n; ++i) {
    const Suggestion& sug = e.result.suggestions[static_cast<std::size_t>(i)];
    const bool in_article = static_cast<std::size_t>(i) < e.existing_facts;
    const std::string label = std::string(e.accepted[static_cast<std::size_t>(i)] ? "[x] " : "[ ] ") +
                              std::string(kind_name(sug.fact.kind)) + ": " +
                              (in_article ? sug.fact.question.str()
                                          : sug.fact.answer_text() + "  (" + std::string(confidence_name(sug.confidence)) +
                                                (sug.ready() ? ")" : ", needs wrong answers: W)"));
    if (form_row(label.c_str(), "", i == e.cursor)) {
      if (e.cursor == i) e.accepted[static_cast<std::size_t>(i)] = !e.accepted[static_cast<std::size_t>(i)];
      e.cursor = i;
    }
  }
  ImGui::EndChild();
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("right", ImVec2(0, -bottom), true);
  if (n > 0) {
    load_edits(e);
    const Suggestion& sug = e.result.suggestions[static_cast<std::size_t>(e.cursor)];
    text_faint(std::string(kind_name(sug.fact.kind)) + " · " + sug.reason);
    draw_highlighted(e, sug);
    ImGui::Separator();
    ImGui::TextWrapped("Question (Ctrl+E)");
    if (e.focus_field == 1) ImGui::SetKeyboardFocusHere();
    ImGui::InputTextMultiline("##q", &e.question, ImVec2(-1, ImGui::GetTextLineHeight() * 2.6f));
    e.in_question = ImGui::IsItemActive();
    select_once_active(e, 1, ImGui::GetID("##q"));
    ImGui::TextWrapped("Statement ({answer} once; Ctrl+E again)");
    if (e.focus_field == 2) ImGui::SetKeyboardFocusHere();
    ImGui::InputTextMultiline("##st", &e.statement, ImVec2(-1, ImGui::GetTextLineHeight() * 2.6f));
    select_once_active(e, 2, ImGui::GetID("##st"));
    ImGui::SetNextItemWidth(-1);
    if (e.focus_field != 3) e.focus_field = 0;
    ImGui::InputTextWithHint("##class", "lexicon class (optional)", &e.klass);
    ImGui::SetNextItemWidth(-1);
    if (e.focus_field == 3) ImGui::SetKeyboardFocusHere();
    e.focus_field = 0;
    ImGui::InputTextWithHint("##dis", "wrong answers, comma-separated (W)", &e.distractors);
    if (ImGui::IsItemDeactivated()) s.later([](AppState& st) { commit_edits(st.editor); });
    ImGui::Separator();
    draw_preview(s, sug);
  } else {
    ImGui::TextWrapped("Suggestions appear here: years and dates, periods, figures, aliases, named bodies and lists, "
                       "each with its sentence, a drafted question and statement. Accept the ones worth learning; "
                       "edit any field; save, and they become cards.");
  }
  ImGui::EndChild();
  if (flow_button(kButtons[0], true)) s.later([](AppState& st) { run_suggest_now(st); });
  if (flow_button(kButtons[1], false)) s.later([](AppState& st) { save(st); });
  if (flow_button(kButtons[2], false)) s.later([](AppState& st) { new_article(st); });
  if (flow_button(kButtons[3], false)) e.import.open = true;
  text_elided(e.message);
}

}  // namespace factdeck::ui
