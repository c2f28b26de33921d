#include "factdeck/compact_string.h"

#include <atomic>
#include <limits>
#include <new>
#include <ostream>
#include <stdexcept>

namespace factdeck {
namespace {

using RefCount = std::atomic<std::uint32_t>;
static_assert(sizeof(RefCount) == 4 && alignof(RefCount) <= 8, "the count takes the block's first 4 bytes");

RefCount& refs(const unsigned char* block) {
  return *std::launder(reinterpret_cast<RefCount*>(const_cast<unsigned char*>(block)));
}

}  // namespace

void CompactString::init(std::string_view s) {
  std::memset(bytes_, 0, sizeof bytes_);
  if (s.empty()) return;
  if (s.size() <= kInlineCapacity) {
    bytes_[kTag] = static_cast<unsigned char>(s.size() << 1 | 1);
    std::memcpy(bytes_ + kChars, s.data(), s.size());  // the rest stays zero: the NUL
    return;
  }
  if (s.size() > std::numeric_limits<std::uint32_t>::max()) throw std::length_error("CompactString: text too long");
  // operator new's blocks are aligned to at least 8, so the pointer's low bit is free for the tag.
  auto* b = static_cast<unsigned char*>(::operator new(kHeader + s.size() + 1));
  new (b) RefCount(1);
  const auto n = static_cast<std::uint32_t>(s.size());
  std::memcpy(b + kSizeAt, &n, sizeof n);
  std::memcpy(b + kHeader, s.data(), s.size());
  b[kHeader + s.size()] = 0;
  const auto w = static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(b));
  std::memcpy(bytes_, &w, sizeof w);
}

void CompactString::retain() noexcept {
  // Relaxed: a new holder comes from an existing one, which keeps the block alive meanwhile.
  refs(block()).fetch_add(1, std::memory_order_relaxed);
}

void CompactString::release() noexcept {
  if (!on_heap()) return;
  // Content is read (and facts copied) from several threads: the last holder, whichever, frees.
  if (refs(block()).fetch_sub(1, std::memory_order_acq_rel) == 1) {
    refs(block()).~RefCount();
    ::operator delete(const_cast<unsigned char*>(block()));
  }
}

std::ostream& operator<<(std::ostream& os, const CompactString& s) { return os << s.view(); }

void CompactStrings::make(std::size_t n) {
  block_ = nullptr;
  if (n == 0) return;
  void* p = ::operator new(sizeof(Block) + n * sizeof(CompactString));
  block_ = new (p) Block{n};
  CompactString* items = block_->items();
  for (std::size_t i = 0; i < n; ++i) new (items + i) CompactString();
}

void CompactStrings::release() noexcept {
  if (!block_) return;
  CompactString* items = block_->items();
  for (std::size_t i = 0; i < block_->size; ++i) items[i].~CompactString();
  ::operator delete(block_);
  block_ = nullptr;
}

void CompactStrings::push_back(std::string_view s) {
  CompactString added(s);  // before the old block goes: `s` may point into it
  CompactStrings grown;
  grown.make(size() + 1);
  CompactString* out = grown.begin();
  for (CompactString& x : *this) *out++ = std::move(x);
  *out = std::move(added);
  swap(grown);
}

std::vector<std::string> CompactStrings::to_vector() const {
  std::vector<std::string> v;
  v.reserve(size());
  for (const CompactString& x : *this) v.emplace_back(x.view());
  return v;
}

bool operator==(const CompactStrings& a, const CompactStrings& b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i]) return false;
  return true;
}

bool operator==(const CompactStrings& a, const std::vector<std::string>& b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i]) return false;
  return true;
}

}  // namespace factdeck
