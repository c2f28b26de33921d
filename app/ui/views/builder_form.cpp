// The Quiz builder's form: filters, count, difficulty, a typed seed, versions, format and export folder, every row
// reachable by keyboard; the choices are kept in the store and come back at the next start.
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_internal.h>  // ImGuiInputTextState::SelectAll, for a field opened by Enter
#include <imgui_stdlib.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <string>

#include "factdeck/export.h"
#include "ui/views/builder.h"
#include "ui/views/views.h"

namespace factdeck::ui {
namespace {

constexpr int kCounts[] = {5, 10, 15, 20, 25, 30, 40, 50};
constexpr const char* kChoicesKey = "ui.builder";

void save_choices(AppState& s) {
  const BuilderState& b = s.builder;
  if (!s.store) return;
  nlohmann::json j;
  j["articles"] = std::vector<std::string>(b.articles.begin(), b.articles.end());
  std::vector<std::string> kinds, types;
  for (Kind k : b.kinds) kinds.emplace_back(kind_name(k));
  for (QuestionType t : b.types) types.emplace_back(type_name(t));
  j["kinds"] = kinds;
  j["types"] = types;
  j["tags"] = std::string(b.tags);
  j["count"] = b.count;
  j["difficulty"] = std::string(difficulty_name(b.difficulty));
  j["seed"] = b.seed;
  j["versions"] = b.versions;
  j["format"] = std::string(export_formats()[static_cast<std::size_t>(b.format)].name);
  j["export_dir"] = b.export_dir;
  if (Status st = s.store->set_settings({{kChoicesKey, j.dump()}}); !st.ok()) s.status = "Choices not kept: " + st.message();
}

void open_field(BuilderState& b, int row) {
  b.editing = row;
  b.editing_since = ImGui::GetFrameCount();
  b.select_all = true;
  b.seed_text = std::to_string(b.seed);
}

// Text rows (tags, seed, folder): Enter opens the field with its text selected (typing replaces it), Enter or
// leaving it closes it; the text is kept. The caller reads `buffer` every frame.
bool text_row(AppState& s, int row, const char* label, const std::string& shown, std::string& buffer, bool digits) {
  BuilderState& b = s.builder;
  const bool open = b.editing == row;
  if (form_row(label, open ? "" : shown, b.cursor == row)) {
    b.cursor = row;
    open_field(b, row);
  }
  if (!open) return false;
  ImGui::SetNextItemWidth(-1);
  if (!ImGui::IsAnyItemActive()) ImGui::SetKeyboardFocusHere();
  const ImGuiInputTextFlags flags = ImGuiInputTextFlags_EnterReturnsTrue | (digits ? ImGuiInputTextFlags_CharsDecimal : 0);
  const std::string id = std::string("##edit") + label;
  const bool entered = ImGui::InputText(id.c_str(), &buffer, flags);
  if (b.select_all && ImGui::IsItemActive())
    if (ImGuiInputTextState* st = ImGui::GetInputTextState(ImGui::GetItemID())) {
      st->SelectAll();
      b.select_all = false;
    }
  // Enter also from the app's own record of presses: ImGui 1.86 misses a press and release within one frame.
  const bool enter = ImGui::GetFrameCount() > b.editing_since &&
                     (key_pressed(GLFW_KEY_ENTER, true) || key_pressed(GLFW_KEY_KP_ENTER, true));
  const bool done = entered || enter || (!ImGui::IsItemActive() && ImGui::IsItemDeactivated());
  if (done) b.editing = -1;
  return done;
}

}  // namespace

void load_builder_choices(AppState& s) {
  BuilderState& b = s.builder;
  b.loaded = true;
  if (b.export_dir.empty()) b.export_dir = s.options.data_dir + "/exports";
  if (!s.store) return;
  const auto text = s.store->setting(kChoicesKey);
  if (!text) return;
  const nlohmann::json j = nlohmann::json::parse(*text, nullptr, false);
  if (!j.is_object()) return;  // a damaged value: the defaults
  auto get = [&](const char* key, auto fallback) { return j.contains(key) ? j.value(key, fallback) : fallback; };
  for (const std::string& a : get("articles", std::vector<std::string>{})) b.articles.insert(a);
  for (const std::string& k : get("kinds", std::vector<std::string>{}))
    if (auto kind = kind_from_name(k)) b.kinds.insert(*kind);
  for (const std::string& t : get("types", std::vector<std::string>{}))
    if (auto type = type_from_name(t)) b.types.insert(*type);
  const std::string tags = get("tags", std::string());
  tags.copy(b.tags, sizeof b.tags - 1);
  b.tags[std::min(tags.size(), sizeof b.tags - 1)] = 0;
  b.count = std::clamp(get("count", b.count), 1, 200);
  if (auto d = difficulty_from_name(get("difficulty", std::string()))) b.difficulty = *d;
  b.seed = std::max<std::uint64_t>(1, get("seed", b.seed));
  b.versions = std::clamp(get("versions", b.versions), 1, kMaxVersions);
  const std::string format = get("format", std::string());
  const auto& formats = export_formats();
  for (std::size_t i = 0; i < formats.size(); ++i)
    if (formats[i].name == format) b.format = static_cast<int>(i);
  const std::string dir = get("export_dir", std::string());
  if (!dir.empty()) b.export_dir = dir;
  b.dirty = true;
}

void draw_builder_form(AppState& s) {
  BuilderState& b = s.builder;
  const auto& articles = s.content.content.articles;
  const auto& kinds = all_kinds();
  const auto& types = all_types();
  const int na = static_cast<int>(articles.size()), nk = static_cast<int>(kinds.size()), nt = static_cast<int>(types.size());
  // The format is the last row (End reaches it), the folder just before it.
  const int r_tags = na + nk + nt, r_count = r_tags + 1, r_diff = r_count + 1, r_seed = r_diff + 1, r_versions = r_seed + 1,
            r_folder = r_versions + 1, r_format = r_folder + 1;
  const int rows = r_format + 1;
  const bool typing = ImGui::GetIO().WantTextInput;
  const bool choices_before_dirty = b.dirty;
  const std::string before = std::to_string(b.count) + b.tags + std::to_string(b.seed) + std::to_string(b.versions) +
                             std::to_string(b.format) + b.export_dir + std::to_string(static_cast<int>(b.difficulty));
  if (!typing) form_cursor(b.cursor, rows);
  const bool toggle = !typing && key_pressed(GLFW_KEY_SPACE);
  const int step = typing ? 0 : key_pressed(GLFW_KEY_RIGHT) ? 1 : key_pressed(GLFW_KEY_LEFT) ? -1 : 0;
  const bool on_text_row = b.cursor == r_tags || b.cursor == r_seed || b.cursor == r_folder;
  if (!typing && on_text_row && b.editing < 0 && (key_pressed(GLFW_KEY_ENTER) || key_pressed(GLFW_KEY_KP_ENTER)))
    open_field(b, b.cursor);
  auto check_row = [&](int row, const std::string& label, bool on, auto flip) {
    if (form_row(((on ? "[x]  " : "[ ]  ") + label).c_str(), "", b.cursor == row) || (b.cursor == row && (toggle || step))) {
      b.cursor = row;
      flip();
      b.dirty = true;
    }
  };
  text_faint("Articles (none ticked: all)");
  for (int i = 0; i < na; ++i) {
    const std::string& id = articles[static_cast<std::size_t>(i)].id;
    const bool on = b.articles.count(id) > 0;
    check_row(i, articles[static_cast<std::size_t>(i)].title, on, [&] { on ? (void)b.articles.erase(id) : (void)b.articles.insert(id); });
  }
  text_faint("Kinds of fact (none: all)");
  for (int i = 0; i < nk; ++i) {
    const Kind k = kinds[static_cast<std::size_t>(i)];
    const bool on = b.kinds.count(k) > 0;
    check_row(na + i, std::string(kind_name(k)), on, [&] { on ? (void)b.kinds.erase(k) : (void)b.kinds.insert(k); });
  }
  text_faint("Question types (none: all)");
  for (int i = 0; i < nt; ++i) {
    const QuestionType t = types[static_cast<std::size_t>(i)];
    const bool on = b.types.count(t) > 0;
    check_row(na + nk + i, type_label(t), on, [&] { on ? (void)b.types.erase(t) : (void)b.types.insert(t); });
  }
  text_faint("Quiz (Enter opens a typed field)");
  std::string tags = b.tags;
  if (text_row(s, r_tags, "Tags (comma-separated)", tags.empty() ? "any" : tags, tags, false) || tags != b.tags) {
    tags.copy(b.tags, sizeof b.tags - 1);
    b.tags[std::min(tags.size(), sizeof b.tags - 1)] = 0;
    b.dirty = true;
  }
  if (form_row("Questions", std::to_string(b.count), b.cursor == r_count)) b.cursor = r_count;
  if (b.cursor == r_count && step) {
    int i = 0;
    while (i < 7 && kCounts[i] < b.count) ++i;
    b.count = kCounts[std::clamp(i + step, 0, 7)];
    b.dirty = true;
  }
  if (form_row("Difficulty", std::string(difficulty_name(b.difficulty)), b.cursor == r_diff)) b.cursor = r_diff;
  if (b.cursor == r_diff && (step || toggle)) {
    b.difficulty = static_cast<Difficulty>((static_cast<int>(b.difficulty) + (step < 0 ? 2 : 1)) % 3);
    b.dirty = true;
  }
  if (b.editing != r_seed) b.seed_text = std::to_string(b.seed);
  text_row(s, r_seed, "Seed (same seed, same quiz)", std::to_string(b.seed), b.seed_text, true);
  std::uint64_t typed_seed = 0;  // taken as it is typed, when it is a whole number from 1
  const auto [seed_end, seed_ec] = std::from_chars(b.seed_text.data(), b.seed_text.data() + b.seed_text.size(), typed_seed);
  if (seed_ec == std::errc() && seed_end == b.seed_text.data() + b.seed_text.size() && typed_seed > 0 && typed_seed != b.seed) {
    b.seed = typed_seed;
    b.dirty = true;
  }
  if (b.cursor == r_seed && step && !(step < 0 && b.seed == 1)) {
    b.seed = static_cast<std::uint64_t>(static_cast<std::int64_t>(b.seed) + step);
    b.dirty = true;
  }
  if (form_row("Paper versions (A, B, ...)", std::to_string(b.versions), b.cursor == r_versions)) b.cursor = r_versions;
  if (b.cursor == r_versions && step) b.versions = std::clamp(b.versions + step, 1, kMaxVersions);
  std::string folder = b.export_dir;
  if (text_row(s, r_folder, "Export folder", b.export_dir, folder, false) || folder != b.export_dir) b.export_dir = folder;
  const auto& formats = export_formats();
  const ExportFormat& f = formats[static_cast<std::size_t>(b.format)];
  if (form_row("Export format", std::string(f.name) + ": " + std::string(f.summary), b.cursor == r_format)) b.cursor = r_format;
  if (b.cursor == r_format && (step || toggle))
    b.format = (b.format + (step < 0 ? static_cast<int>(formats.size()) - 1 : 1)) % static_cast<int>(formats.size());
  const std::string after = std::to_string(b.count) + b.tags + std::to_string(b.seed) + std::to_string(b.versions) +
                            std::to_string(b.format) + b.export_dir + std::to_string(static_cast<int>(b.difficulty));
  if (after != before || (b.dirty && !choices_before_dirty)) s.later([](AppState& st) { save_choices(st); });
}

}  // namespace factdeck::ui
