// The Add-article screen's import: a CSV or TSV of terms and definitions (Quizlet, Anki) from a path, a dropped
// file or the clipboard; a preview of the facts and of the skipped rows; saved like an edited article.
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "factdeck/import.h"
#include "factdeck/suggest.h"
#include "ui/views/views.h"

namespace factdeck::ui {
namespace {

using Import = EditorState::Import;
constexpr std::uintmax_t kMaxBytes = 8u << 20;  // as `factdeck import`

// Reads the file named in the path field; its name gives the id and title when they are empty.
void load_path(AppState& s) {
  Import& im = s.editor.import;
  namespace fs = std::filesystem;
  std::string path = im.path;
  while (!path.empty() && (path.back() == ' ' || path.back() == '\n' || path.back() == '\r')) path.pop_back();
  if (path.rfind("file://", 0) == 0) path = path.substr(7);  // a path copied from a file manager
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec) {
    s.editor.message = "Cannot read '" + path + "': " + ec.message() + ".";
    return;
  }
  if (size > kMaxBytes) {
    s.editor.message = "'" + path + "' is larger than 8 MiB; that is no term list.";
    return;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  if (!in || !(ss << in.rdbuf())) {
    s.editor.message = "Cannot read '" + path + "'.";
    return;
  }
  im.text = ss.str();
  const std::string stem = fs::path(path).stem().string();
  if (im.title.empty()) im.title = stem;
  if (im.id.empty()) im.id = slug_id(stem, 60);
  s.editor.message = "Read " + path + ". Check the preview, then Ctrl+S saves.";
}

// Reads the rows again when the text, the id or the title changed.
void refresh(Import& im) {
  const std::string key = im.text + '\x1f' + im.id + '\x1f' + im.title;
  if (key == im.result_key) return;
  im.result_key = key;
  im.result = ImportResult{};
  im.error.clear();
  if (im.text.empty()) return;
  ImportOptions options;
  options.article_id = slug_id(im.id.empty() ? im.title : im.id, 60);
  options.title = im.title.empty() ? options.article_id : im.title;
  if (options.article_id.empty()) options.article_id = "imported-terms";
  if (Status st = import_terms(im.text, options, im.result); !st.ok()) im.error = st.message();
}

void save_import(AppState& s) {
  Import& im = s.editor.import;
  std::string& message = s.editor.message;
  refresh(im);
  if (!im.error.empty() || im.result.imported() == 0) {
    message = "Nothing to save: " + (im.error.empty() ? std::string("no row became a fact (see the skipped rows)") : im.error);
    return;
  }
  const Article& article = im.result.article;
  if (const Article* other = s.content.content.find_article(article.id)) {
    message = "Not saved: the article '" + article.id + "' exists already (" + other->file +
              "); give the import another id, or edit that article from Library (E).";
    return;
  }
  const std::string path = user_content_dir(s) + "/articles/" + article.id + ".toml";
  std::error_code ec;
  if (std::filesystem::exists(path, ec)) {
    message = "Not saved: " + path + " exists (an article that did not load?); move it away or choose another id.";
    return;
  }
  const std::string toml = article_toml(article);
  const LoadResult check = check_article_toml(toml, &s.content.content, path);
  for (const Diagnostic& d : check.diagnostics)
    if (d.severity == Severity::Error) {
      message = "Not saved: " + d.to_string();
      return;
    }
  if (Status st = save_user_article(s, path, toml); !st.ok()) {
    message = "Not saved: " + st.message();
    return;
  }
  const std::size_t imported = im.result.imported(), skipped = im.result.skipped_rows().size();
  message = "Saved " + std::to_string(imported) + " terms to " + path + "; they are new cards in Review now" +
            (skipped ? " (" + std::to_string(skipped) + " rows skipped)." : ".");
  im = Import{};  // ready for the next file; the message stays
  im.open = true;
}

void draw_rows(const Import& im) {
  const ImportResult& r = im.result;
  const auto skipped = r.skipped_rows();
  ImGui::Text("%zu terms from %zu rows (%s-separated%s%s)", r.imported(), r.rows.size(), separator_name(r.separator).c_str(),
              r.header ? ", header row skipped" : "", r.html ? ", HTML removed" : "");
  if (!skipped.empty()) {
    ImGui::TextColored(ImVec4(0.95f, 0.75f, 0.3f, 1), "Skipped rows: %zu", skipped.size());
    if (ImGui::BeginTable("skipped", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerV)) {
      ImGui::TableSetupColumn("row");
      ImGui::TableSetupColumn("line");
      ImGui::TableSetupColumn("why");
      ImGui::TableHeadersRow();
      for (const ImportRow* row : skipped) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::Text("%d", row->row);
        ImGui::TableSetColumnIndex(1);
        ImGui::Text("%d", row->line);
        ImGui::TableSetColumnIndex(2);
        ImGui::TextWrapped("%s", row->skipped.c_str());
      }
      ImGui::EndTable();
    }
  }
  ImGui::Separator();
  if (ImGui::BeginTable("terms", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerV)) {
    ImGui::TableSetupColumn("row", ImGuiTableColumnFlags_WidthStretch, 0.6f);
    ImGui::TableSetupColumn("term", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("definition", ImGuiTableColumnFlags_WidthStretch, 4.0f);
    ImGui::TableSetupColumn("fact", ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableHeadersRow();
    for (const ImportRow& row : r.rows) {
      if (row.fact_id.empty()) continue;
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::Text("%d", row.row);
      ImGui::TableSetColumnIndex(1);
      ImGui::TextWrapped("%s", row.term.c_str());
      ImGui::TableSetColumnIndex(2);
      ImGui::TextWrapped("%s", row.definition.c_str());
      ImGui::TableSetColumnIndex(3);
      ImGui::TextWrapped("%s%s%s", row.fact_id.c_str(), row.note.empty() ? "" : " · ", row.note.c_str());
    }
    ImGui::EndTable();
  }
}

}  // namespace

void open_dropped_file(AppState& s, const std::string& path) {
  const std::string ext = std::filesystem::path(path).extension().string();
  EditorState& e = s.editor;
  s.screen = Screen::Editor;
  if (ext == ".csv" || ext == ".tsv" || e.import.open) {
    e.import.open = true;
    e.import.path = path;
    e.import.id.clear();
    e.import.title.clear();
    load_path(s);
    return;
  }
  // Other files are an article's text for the suggestions (a .txt or .md), read the same way.
  Import probe;
  std::swap(probe, e.import);
  e.import.path = path;
  load_path(s);
  const std::string text = e.import.text;
  std::swap(probe, e.import);
  if (!text.empty()) {
    e.text = text;
    e.message = "Read " + path + ". Ctrl+Enter makes suggestions.";
  }
}

void draw_import(AppState& s) {
  Import& im = s.editor.import;
  const bool typing = ImGui::GetIO().WantTextInput;
  if (ctrl_key_pressed(GLFW_KEY_S)) s.later([](AppState& st) { save_import(st); });
  if (ctrl_key_pressed(GLFW_KEY_O)) im.focus_path = true;
  if (ctrl_key_pressed(GLFW_KEY_T)) im.focus_title = true;
  // Outside the fields, Ctrl+V replaces the text with the clipboard's and Enter moves into the text.
  if (!typing && ctrl_key_pressed(GLFW_KEY_V)) {
    if (const char* clip = ImGui::GetClipboardText()) im.text = clip;
    s.editor.message = "Pasted. Check the preview, then Ctrl+S saves.";
  }
  if (!typing && key_pressed(GLFW_KEY_ENTER)) im.focus_text = true;

  text_faint("Import terms and definitions: a CSV or TSV file (Quizlet, Anki), dropped on the window, "
                     "opened by path (Ctrl+O, Enter) or pasted (Ctrl+V). Ctrl+I goes back to the article editor.");
  ImGui::SetNextItemWidth(-1);
  if (im.focus_path) ImGui::SetKeyboardFocusHere();
  im.focus_path = false;
  if (ImGui::InputTextWithHint("##path", "File path (Ctrl+O), Enter reads it", &im.path, ImGuiInputTextFlags_EnterReturnsTrue))
    s.later([](AppState& st) { load_path(st); });
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.3f);
  ImGui::InputTextWithHint("##import-id", "article-id", &im.id);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1);
  if (im.focus_title) ImGui::SetKeyboardFocusHere();
  im.focus_title = false;
  ImGui::InputTextWithHint("##import-title", "Title (Ctrl+T)", &im.title);

  refresh(im);
  const float half = ImGui::GetContentRegionAvail().x * 0.4f;
  static const std::vector<const char*> buttons = {"Save (Ctrl+S)", "Back to the editor (Ctrl+I)"};
  const float bottom = flow_height(buttons) + ImGui::GetTextLineHeightWithSpacing();
  ImGui::BeginChild("import-text", ImVec2(half, -bottom), false);
  if (im.focus_text) ImGui::SetKeyboardFocusHere();
  im.focus_text = false;
  ImGui::InputTextMultiline("##import-text", &im.text, ImVec2(-1, -1), ImGuiInputTextFlags_AllowTabInput);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("import-preview", ImVec2(0, -bottom), true);
  if (!im.error.empty()) ImGui::TextColored(ImVec4(0.95f, 0.4f, 0.35f, 1), "%s", im.error.c_str());
  else if (im.text.empty()) ImGui::TextWrapped("The terms appear here as they will be saved, and every row that cannot "
                                              "become a fact with its row, line and why.");
  else draw_rows(im);
  ImGui::EndChild();
  if (flow_button(buttons[0], true)) s.later([](AppState& st) { save_import(st); });
  if (flow_button(buttons[1], false)) im.open = false;
  text_elided(s.editor.message);
}

}  // namespace factdeck::ui
