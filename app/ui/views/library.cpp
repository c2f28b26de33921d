// The Library screen: every article and fact, search, a fact's memory state and history, suspend; content errors.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <set>
#include <vector>

#include "ui/views/views.h"

namespace factdeck::ui {
namespace {

struct Row {
  const Article* article;
  const Fact* fact;
};

bool matches(const Row& r, const std::string& needle) {
  if (needle.empty()) return true;
  for (std::string_view s : {std::string_view(r.article->title), r.fact->question.view(), r.fact->statement.view(),
                             r.fact->note.view(), r.fact->sentence.view(), r.fact->id.view(), r.fact->original.view()})
    if (normalize_text(s).find(needle) != std::string::npos) return true;
  return normalize_text(r.fact->answer_text()).find(needle) != std::string::npos;
}

const char* state_name(int state) {
  static const char* names[] = {"new", "learning", "review", "relearning"};
  return state >= 0 && state < 4 ? names[state] : "?";
}

void draw_errors(AppState& s) {
  const auto& diags = s.content.diagnostics;
  if (diags.empty()) return;
  const std::string header = std::to_string(s.content.error_count()) + " content errors, " +
                             std::to_string(s.content.warning_count()) + " warnings###errors";
  if (ImGui::CollapsingHeader(header.c_str(), s.content.has_errors() ? ImGuiTreeNodeFlags_DefaultOpen : 0)) {
    text_faint("Files with errors were not loaded; fix them and restart (factdeck check shows the same).");
    for (const Diagnostic& d : diags) {
      ImGui::PushStyleColor(ImGuiCol_Text, d.severity == Severity::Error ? ImVec4(0.95f, 0.4f, 0.35f, 1) : ImVec4(0.95f, 0.75f, 0.3f, 1));
      ImGui::TextWrapped("%s", d.to_string().c_str());
      ImGui::PopStyleColor();
    }
  }
}

int utc_offset(const AppState& s) { return s.session ? s.session->settings().utc_offset_minutes : 0; }

// Which facts have a suspended card, read again when the data changed.
const std::set<std::string>& suspended_facts(AppState& s) {
  LibraryState& l = s.library;
  if (l.suspended_version != s.data_version && s.store) {
    l.suspended_version = s.data_version;
    l.suspended.clear();
    for (const CardRow& c : s.store->all_cards())
      if (c.suspended && !c.hidden) l.suspended.insert(c.article + "/" + c.fact);
  }
  return l.suspended;
}

// One card of the fact: its memory, when it is due, suspend, and its answers.
void draw_card(AppState& s, const CardRow& card, bool two_ways) {
  ImGui::PushID(static_cast<int>(card.id));
  if (two_ways) text_faint(card.direction == 0 ? "Asked as written" : "Asked the other way round");
  ImGui::TextWrapped("Memory: %s%s", state_name(card.state), card.suspended ? " · suspended: not asked until unsuspended" : "");
  if (card.state != 0) {
    ImGui::TextWrapped("Remembered for about %.1f days · difficulty %.1f of 10 · %s · %s", card.stability, card.difficulty,
                       count_of(card.reps, "answer", "answers").c_str(), count_of(card.lapses, "lapse", "lapses").c_str());
    if (card.due && *card.due <= s.now())
      ImGui::TextWrapped("Due now (since %s)", when_text(*card.due, s.now(), utc_offset(s)).c_str());
    else if (card.due)
      ImGui::TextWrapped("Due %s", when_text(*card.due, s.now(), utc_offset(s)).c_str());
    if (card.last_review && card.stability > 0) {
      const double days = static_cast<double>(s.now() - *card.last_review) / 86400.0;
      const FsrsConfig cfg = s.session ? fsrs_config(s.session->settings()) : FsrsConfig{};
      const double r_now = retrievability(std::max(0.0, days), card.stability, cfg);
      ImGui::Text("Chance of recall now: %.0f%%", r_now * 100);
    }
  } else {
    text_faint("Not asked yet: it comes up among the new cards.");
  }
  const bool suspended = card.suspended;
  if (ImGui::Button(suspended ? "Unsuspend (S)" : "Suspend (S)") || (card.direction == 0 && key_pressed(GLFW_KEY_S))) {
    const std::int64_t id = card.id;
    s.later([id, suspended](AppState& st) {
      // Through the session, so Ctrl+Z in Review can take it back.
      Status status = st.session ? st.session->suspend(id, !suspended) : st.store->set_suspended(id, !suspended);
      st.status = status.ok() ? (suspended ? "Card unsuspended." : "Card suspended.") : status.message();
    });
  }
  const auto history = s.store->reviews_of(card.id);
  ImGui::Text("History: %s", count_of(static_cast<long long>(history.size()), "answer", "answers").c_str());
  if (!history.empty() && ImGui::BeginTable("history", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
    static const char* ratings[] = {"", "Again", "Hard", "Good", "Easy"};
    for (auto it = history.rbegin(); it != history.rend(); ++it) {
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::TextWrapped("%s", when_text(it->time, s.now(), utc_offset(s)).c_str());
      ImGui::TableSetColumnIndex(1);
      ImGui::TextWrapped("%s", it->question_type.c_str());
      ImGui::TableSetColumnIndex(2);
      ImGui::TextUnformatted(it->correct ? "right" : "wrong");
      ImGui::TableSetColumnIndex(3);
      ImGui::TextUnformatted(it->rating >= 1 && it->rating <= 4 ? ratings[it->rating] : "?");
    }
    ImGui::EndTable();
  }
  ImGui::PopID();
}

void draw_detail(AppState& s, const Row& r) {
  const Fact& f = *r.fact;
  text_faint(r.article->title + " · " + std::string(kind_name(f.kind)));
  // E opens the whole article in the Add-article screen; saving there keeps the fact ids.
  if (ImGui::SmallButton("Edit article (E)") || key_pressed(GLFW_KEY_E)) {
    const std::string id = r.article->id;
    s.later([id](AppState& st) { open_article_in_editor(st, id); });
  }
  // Custom study of this fact's article: its due and new cards now, past the daily limit of new cards.
  if ((ImGui::SmallButton("Study this article now (N)") || key_pressed(GLFW_KEY_N)) && s.session) {
    const std::string id = r.article->id, title = r.article->title;
    s.later([id, title](AppState& st) {
      Status status = st.session->start_custom({CustomStudy::Kind::Article, id, 0}, st.now());
      st.status = status.ok() ? "Custom study: " + title + ", its due and new cards now." : status.message();
      if (!status.ok()) return;
      st.screen = Screen::Review;
      load_next_card(st);
    });
  }
  ImGui::TextWrapped("%s", f.question.c_str());
  ImGui::TextWrapped("Answer: %s", f.answer_text().c_str());
  if (!f.original.empty()) ImGui::TextWrapped("Original name: %s", f.original.c_str());
  if (!f.sentence.empty()) ImGui::TextWrapped("From the article: \"%s\"", f.sentence.c_str());
  if (!f.note.empty()) ImGui::TextWrapped("Note: %s", f.note.c_str());
  if (!s.store) return;
  ImGui::Separator();
  std::vector<CardRow> cards;
  for (int direction : {0, 1})
    if (auto card = s.store->find_card(r.article->id, f.id.str(), direction); card && !card->hidden) cards.push_back(*card);
  if (cards.empty()) {
    ImGui::TextDisabled("No card yet.");
    return;
  }
  for (const CardRow& c : cards) {
    draw_card(s, c, cards.size() > 1);
    ImGui::Spacing();
  }
}

}  // namespace

void draw_library(AppState& s) {
  LibraryState& l = s.library;
  draw_errors(s);
  if ((char_typed('/') || ctrl_key_pressed(GLFW_KEY_F)) && !ImGui::GetIO().WantTextInput) l.focus_search = true;
  ImGui::SetNextItemWidth(-1);
  if (l.focus_search) ImGui::SetKeyboardFocusHere();
  l.focus_search = false;
  ImGui::InputTextWithHint("##search", "Search facts (/ to focus, Esc to leave the field)", l.search, sizeof l.search);

  std::vector<Row> rows;
  const std::string needle = normalize_text(l.search);
  for (const Article& a : s.content.content.articles)
    for (const Fact& f : a.facts)
      if (matches(Row{&a, &f}, needle)) rows.push_back(Row{&a, &f});
  form_cursor(l.cursor, static_cast<int>(rows.size()));

  const float list_w = ImGui::GetContentRegionAvail().x * 0.45f;
  ImGui::BeginChild("facts", ImVec2(list_w, 0), true);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("%s. A fact is one thing to know; you study it as a card (some facts are asked both ways, "
                     "as two cards).", count_of(static_cast<long long>(rows.size()), "fact", "facts").c_str());
  ImGui::PopStyleColor();
  const std::set<std::string>& suspended = suspended_facts(s);
  const Article* last = nullptr;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].article != last) {
      last = rows[i].article;
      text_faint(last->title);
    }
    const bool selected = static_cast<int>(i) == l.cursor;
    ImGui::PushID(static_cast<int>(i));
    const bool off = suspended.count(rows[i].article->id + "/" + rows[i].fact->id.str()) > 0;
    const std::string label = off ? rows[i].fact->question.str() + "  (suspended)" : rows[i].fact->question.str();
    if (off) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    if (form_row(label.c_str(), "", selected)) l.cursor = static_cast<int>(i);
    if (off) ImGui::PopStyleColor();
    ImGui::PopID();
  }
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("detail", ImVec2(0, 0), true);
  if (!rows.empty()) draw_detail(s, rows[static_cast<std::size_t>(l.cursor)]);
  ImGui::EndChild();
}

}  // namespace factdeck::ui
