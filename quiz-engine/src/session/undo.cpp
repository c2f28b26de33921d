// A session's undo stack (answers, rating changes, suspensions, burials), burying by hand, and custom study.
#include <algorithm>
#include <charconv>
#include <string>

#include "factdeck/session.h"

namespace factdeck {
namespace {

constexpr const char* kExtraNew = "study.extra_new";  // "<study day> <extra new cards>": custom study's grant

std::string shortened(std::string s, std::size_t n) {
  if (s.size() <= n) return s;
  std::size_t cut = n;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 sequence
  return s.substr(0, cut) + "...";
}

}  // namespace

std::string StudySession::card_label(const CardRow& card) const {
  const Article* a = content_.find_article(card.article);
  const Fact* f = a ? a->find_fact(card.fact) : nullptr;
  if (!f) return "card " + card.article + "/" + card.fact;
  const std::string q = card.direction == 1 && !f->reverse.empty() ? f->reverse.str() : f->question.str();
  return "\"" + shortened(q, 70) + "\"";
}

Status StudySession::undo(UnixSeconds, std::string* what) {
  if (undo_.empty()) return Status::Error("there is nothing to undo in this session");
  const UndoEntry& e = undo_.back();
  if (e.kind == UndoEntry::Kind::Answer || e.kind == UndoEntry::Kind::Rating) {
    // Another program (a second window, the terminal) answered the card since, or took this answer back: the
    // store refuses to undo an answer that is not the card's newest. Kept on the stack, it would block every
    // later undo too; it goes, and says why.
    const std::int64_t review = e.review;
    bool kept = false;
    std::int64_t newest = 0;  // the store's newest answer of a card is its highest id
    for (const ReviewRow& r : store_.reviews_of(e.card)) {
      kept = kept || r.id == review;
      newest = std::max(newest, r.id);
    }
    if (newest != review) {
      const std::string label = e.label;
      undo_.pop_back();
      return Status::Error("Cannot undo " + label + ": " +
                           (kept ? "the card was answered again since, in another Factdeck"
                                 : "that answer is no longer in the database") +
                           ". It is off the undo stack; the next undo takes back the action before it.");
    }
  }
  Status st = Status::Ok();
  switch (e.kind) {
    case UndoEntry::Kind::Answer: {
      CardRow restored;
      st = store_.undo_review(e.review, restored);
      break;
    }
    case UndoEntry::Kind::Rating:
      st = store_.rerate_review(e.review, e.rating, e.before);
      break;
    case UndoEntry::Kind::Suspend:
      st = store_.set_suspended(e.card, e.flag);
      break;
    case UndoEntry::Kind::Bury:
      st = store_.set_buried_until(e.card, e.until);
      break;
  }
  if (!st.ok()) return st;
  if (what) *what = "Undid " + e.label + ".";
  // The card comes back next: the answer to give again, the suspended or buried card to study after all.
  // A rating change undone leaves the answer in place, so nothing needs asking again.
  if (e.kind != UndoEntry::Kind::Rating) {
    undone_card_ = e.card;
    unaskable_.erase(e.card);
  }
  undo_.pop_back();
  return Status::Ok();
}

Status StudySession::suspend(std::int64_t card, bool suspended) {
  const std::optional<CardRow> before = store_.card(card);
  if (!before) return Status::Error("there is no such card");
  Status st = store_.set_suspended(card, suspended);
  if (!st.ok()) return st;
  if (suspended && undone_card_ == card) undone_card_.reset();
  if (before->suspended != suspended) {
    UndoEntry e;
    e.kind = UndoEntry::Kind::Suspend;
    e.card = card;
    e.flag = before->suspended;
    e.label = std::string(suspended ? "the suspension of " : "the unsuspension of ") + card_label(*before);
    undo_.push_back(std::move(e));
  }
  return Status::Ok();
}

Status StudySession::bury(std::int64_t card, UnixSeconds now) {
  const std::optional<CardRow> before = store_.card(card);
  if (!before) return Status::Error("there is no such card");
  const UnixSeconds until = study_day_start(study_day(now, settings_) + 1, settings_);
  Status st = store_.set_buried_until(card, until);
  if (!st.ok()) return st;
  if (undone_card_ == card) undone_card_.reset();
  UndoEntry e;
  e.kind = UndoEntry::Kind::Bury;
  e.card = card;
  e.until = before->buried_until;
  e.label = "the burial (until tomorrow) of " + card_label(*before);
  undo_.push_back(std::move(e));
  return Status::Ok();
}

int StudySession::new_limit(UnixSeconds now) {
  int extra = 0;
  if (const std::optional<std::string> v = store_.setting(kExtraNew)) {
    long day = 0;
    int n = 0;
    const char* b = v->data();
    const char* e = b + v->size();
    auto r1 = std::from_chars(b, e, day);
    if (r1.ec == std::errc() && r1.ptr < e && *r1.ptr == ' ') {
      auto r2 = std::from_chars(r1.ptr + 1, e, n);
      if (r2.ec == std::errc() && day == study_day(now, settings_) && n > 0) extra = n;
    }
  }
  return settings_.new_per_day + extra;
}

Status StudySession::start_custom(const CustomStudy& c, UnixSeconds now) {
  switch (c.kind) {
    case CustomStudy::Kind::None:
      break;
    case CustomStudy::Kind::Article:
      if (!content_.find_article(c.article)) return Status::Error("there is no article '" + c.article + "'");
      break;
    case CustomStudy::Kind::MoreNew: {
      if (c.count < 1 || c.count > 9999) return Status::Error("more new cards: give a number from 1 to 9999");
      // Added to any grant made earlier the same study day, and kept in the store so every session of the
      // day (the desktop, the terminal) sees it; the next day starts from the setting again.
      const long day = study_day(now, settings_);
      const int granted = new_limit(now) - settings_.new_per_day;
      Status st = store_.set_setting(kExtraNew, std::to_string(day) + " " + std::to_string(granted + c.count));
      if (!st.ok()) return st;
      break;
    }
    case CustomStudy::Kind::Ahead:
      if (c.count < 1 || c.count > 365) return Status::Error("review ahead: give a number of days from 1 to 365");
      break;
  }
  custom_ = c;
  if (c.kind == CustomStudy::Kind::MoreNew) custom_ = CustomStudy{};  // the grant is the whole effect
  return Status::Ok();
}

}  // namespace factdeck
