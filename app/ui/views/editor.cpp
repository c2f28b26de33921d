// The article editor: paste an article, accept or edit the suggested facts, preview their questions, save.
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <filesystem>
#include <string>

#include "factdeck/generate.h"
#include "factdeck/quality.h"
#include "ui/views/views.h"

namespace factdeck::ui {
namespace {

std::string join(const std::vector<std::string>& v) {
  std::string s;
  for (const std::string& x : v) s += (s.empty() ? "" : ", ") + x;
  return s;
}

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

void run_suggest(AppState& s) {
  EditorState& e = s.editor;
  SuggestOptions opts;
  opts.lexicon = &s.content.content;
  e.result = suggest_facts(e.text, opts);
  e.accepted.assign(e.result.suggestions.size(), false);
  e.cursor = 0;
  e.editing = -1;
  if (e.title.empty()) e.title = e.result.title;
  if (e.id.empty()) e.id = slug_id(e.title.empty() ? e.text.substr(0, 60) : e.title);
  e.message = std::to_string(e.result.suggestions.size()) + " suggestions from " + std::to_string(e.result.sentences.size()) +
              " sentences. Up/Down move, Space accepts, Ctrl+S saves.";
}

// Copies the edit buffers back into the suggestion they belong to.
void commit_edits(EditorState& e) {
  if (e.editing < 0 || e.editing >= static_cast<int>(e.result.suggestions.size())) return;
  Fact& f = e.result.suggestions[static_cast<std::size_t>(e.editing)].fact;
  f.question = e.question;
  f.statement = e.statement;
  f.class_id = e.klass;
  f.distractors = split_commas(e.distractors);
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

void save(AppState& s) {
  EditorState& e = s.editor;
  commit_edits(e);
  std::vector<Suggestion> chosen;
  int ready = 0;
  for (std::size_t i = 0; i < e.result.suggestions.size(); ++i)
    if (e.accepted[i]) {
      chosen.push_back(e.result.suggestions[i]);
      ready += e.result.suggestions[i].ready() ? 1 : 0;
    }
  if (ready == 0) {
    e.message = chosen.empty() ? "Accept at least one suggestion (Space) before saving."
                               : "The accepted suggestions still need wrong answers (a class or distractors) before they can be saved.";
    return;
  }
  Article fields;
  fields.id = slug_id(e.id);
  fields.title = e.title.empty() ? fields.id : e.title;
  if (fields.id.empty()) {
    e.message = "Give the article an id (letters, digits and '-').";
    return;
  }
  std::string toml;
  std::vector<Diagnostic> warnings;
  Status st = render_suggestions(fields, chosen, &s.content.content, toml, &warnings);
  if (!st.ok()) {
    e.message = "Not saved: " + st.message();
    return;
  }
  const std::string dir = s.options.data_dir + "/content";
  std::string path;
  st = save_article_file(dir, fields.id, toml, &path);
  if (!st.ok()) {
    e.message = "Not saved: " + st.message();
    return;
  }
  // The user's content folder is loaded beside the bundled one from now on.
  if (std::find(s.options.content.begin(), s.options.content.end(), dir) == s.options.content.end())
    s.options.content.push_back(dir);
  reload_content(s);
  e.message = "Saved " + std::to_string(ready) + " facts to " + path + "; they are new cards in Review now.";
  if (ready < static_cast<int>(chosen.size()))
    e.message += " " + std::to_string(static_cast<int>(chosen.size()) - ready) + " more are in the file, commented out until they get wrong answers.";
}

// The sentence with the suggestion's answer words drawn in colour.
void draw_highlighted(const EditorState& e, const Suggestion& sug) {
  if (sug.sentence < 0 || sug.sentence >= static_cast<int>(e.result.sentences.size())) return;
  const Sentence& sen = e.result.sentences[static_cast<std::size_t>(sug.sentence)];
  const std::string& t = e.result.text;
  const std::size_t b = std::clamp(sug.begin, sen.begin, sen.end), en = std::clamp(sug.end, b, sen.end);
  ImGui::PushTextWrapPos(0);
  ImGui::TextDisabled("%s", t.substr(sen.begin, b - sen.begin).c_str());
  ImGui::SameLine(0, 0);
  ImGui::TextColored(ImVec4(1.0f, 0.8f, 0.3f, 1.0f), "%s", t.substr(b, en - b).c_str());
  ImGui::SameLine(0, 0);
  ImGui::TextDisabled("%s", t.substr(en, sen.end - en).c_str());
  ImGui::PopTextWrapPos();
}

// The questions the engine would make from the fact as edited, and the quality rules each breaks.
void draw_preview(AppState& s, const Suggestion& sug) {
  Content preview = s.content.content;  // the loaded lexicon and facts, plus this draft article
  Article draft;
  draft.id = "draft";
  draft.title = s.editor.title;
  Fact f = sug.fact;
  f.question = s.editor.question;
  f.statement = s.editor.statement;
  f.class_id = s.editor.klass;
  f.distractors = split_commas(s.editor.distractors);
  draft.facts.push_back(f);
  preview.articles.push_back(draft);
  std::sort(preview.articles.begin(), preview.articles.end(), [](const Article& a, const Article& b) { return a.id < b.id; });
  const Article* a = preview.find_article("draft");
  if (!sug.ready()) ImGui::TextColored(ImVec4(0.95f, 0.75f, 0.3f, 1), "Still needs: %s", sug.missing.c_str());
  for (QuestionType t : types_for(f)) {
    auto q = generate_question(preview, *a, a->facts[0], t, Difficulty::Medium, 1);
    if (!q) {
      ImGui::TextDisabled("%s: cannot be made yet", type_label(t));
      continue;
    }
    const auto problems = check_question(*q, preview);
    ImGui::TextColored(problems.empty() ? ImVec4(0.3f, 0.78f, 0.4f, 1) : ImVec4(0.95f, 0.4f, 0.35f, 1), "%s %s",
                       problems.empty() ? "passes" : "fails", type_label(q->type));
    ImGui::TextWrapped("  %s", q->prompt.c_str());
    if (!q->options.empty()) ImGui::TextWrapped("  %s", join(q->options).c_str());
    for (const auto& v : problems) ImGui::TextWrapped("  rule %s: %s", v.rule.c_str(), v.message.c_str());
  }
}

}  // namespace

void draw_editor(AppState& s) {
  EditorState& e = s.editor;
  const bool typing = ImGui::GetIO().WantTextInput;
  if (ctrl_key_pressed(GLFW_KEY_ENTER) || ctrl_key_pressed(GLFW_KEY_KP_ENTER)) s.later([](AppState& st) { run_suggest(st); });
  if (ctrl_key_pressed(GLFW_KEY_S)) s.later([](AppState& st) { save(st); });
  // Outside the text field, Ctrl+V pastes into it and Enter moves into it; Tab stays free for the screens.
  if (!typing && ctrl_key_pressed(GLFW_KEY_V)) {
    if (const char* clip = ImGui::GetClipboardText()) e.text += clip;
    e.focus_text = true;
  }
  if (!typing && key_pressed(GLFW_KEY_ENTER)) e.focus_text = true;

  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.3f);
  ImGui::InputTextWithHint("##id", "article-id", &e.id);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##title", "Title", &e.title);

  const float half = ImGui::GetContentRegionAvail().x * 0.5f;
  ImGui::BeginChild("left", ImVec2(half, -ImGui::GetFrameHeightWithSpacing() * 2), false);
  if (e.focus_text) ImGui::SetKeyboardFocusHere();
  e.focus_text = false;
  ImGui::InputTextMultiline("##text", &e.text, ImVec2(-1, ImGui::GetContentRegionAvail().y * 0.45f));
  if (e.text.empty()) ImGui::TextDisabled("Paste the article (Ctrl+V) or press Enter to type; Ctrl+Enter makes suggestions.");
  const int n = static_cast<int>(e.result.suggestions.size());
  if (!typing && n > 0) {
    form_cursor(e.cursor, n);
    if (key_pressed(GLFW_KEY_SPACE)) e.accepted[static_cast<std::size_t>(e.cursor)] = !e.accepted[static_cast<std::size_t>(e.cursor)];
  }
  ImGui::BeginChild("suggestions", ImVec2(0, 0), true);
  for (int i = 0; i < n; ++i) {
    const Suggestion& sug = e.result.suggestions[static_cast<std::size_t>(i)];
    const std::string label = std::string(e.accepted[static_cast<std::size_t>(i)] ? "[x] " : "[ ] ") +
                              std::string(kind_name(sug.fact.kind)) + ": " + sug.fact.answer_text() + "  (" +
                              std::string(confidence_name(sug.confidence)) + ")";
    if (form_row(label.c_str(), "", i == e.cursor)) {
      if (e.cursor == i) e.accepted[static_cast<std::size_t>(i)] = !e.accepted[static_cast<std::size_t>(i)];
      e.cursor = i;
    }
  }
  ImGui::EndChild();
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("right", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() * 2), true);
  if (n > 0) {
    load_edits(e);
    const Suggestion& sug = e.result.suggestions[static_cast<std::size_t>(e.cursor)];
    ImGui::TextDisabled("%s · %s", std::string(kind_name(sug.fact.kind)).c_str(), sug.reason.c_str());
    draw_highlighted(e, sug);
    ImGui::Separator();
    ImGui::Text("Question");
    ImGui::InputTextMultiline("##q", &e.question, ImVec2(-1, ImGui::GetTextLineHeight() * 2.6f));
    ImGui::Text("Statement ({answer} once)");
    ImGui::InputTextMultiline("##st", &e.statement, ImVec2(-1, ImGui::GetTextLineHeight() * 2.6f));
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##class", "lexicon class (optional)", &e.klass);
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##dis", "wrong answers, comma-separated (optional)", &e.distractors);
    ImGui::Separator();
    draw_preview(s, sug);
  } else {
    ImGui::TextWrapped("Suggestions appear here: years and dates, periods, figures, aliases, named bodies and lists, "
                       "each with its sentence, a drafted question and statement. Accept the ones worth learning; "
                       "edit any field; save, and they become cards.");
  }
  ImGui::EndChild();
  if (ImGui::Button("Suggest facts (Ctrl+Enter)")) s.later([](AppState& st) { run_suggest(st); });
  ImGui::SameLine();
  if (ImGui::Button("Save (Ctrl+S)")) s.later([](AppState& st) { save(st); });
  ImGui::SameLine();
  ImGui::TextWrapped("%s", e.message.c_str());
}

}  // namespace factdeck::ui
