// Small string and string-list types for the content model, where a collection holds up to 100,000
// facts: a fact has many text fields and most of them are empty for any one kind of fact, so a 32-byte
// std::string (and a 24-byte std::vector) per field cost more than the text itself.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <iosfwd>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace factdeck {

// An immutable-text string in 8 bytes: either empty (all zero), or up to kInlineCapacity chars stored
// in the object itself, or a pointer to one heap block holding a reference count, the length, the chars
// and a NUL. A text is never changed in place (assignment puts in another block), so a copy shares the
// block: facts of one article that quote the same sentence or name the same class keep it once (see
// share_repeated_text). Moving takes the text. Reads go through std::string_view; every value is
// NUL-terminated so c_str() works too. The text may contain NUL chars (size() counts them).
class CompactString {
 public:
  static constexpr std::size_t kInlineCapacity = 6;  // 8 bytes: a tag byte, the chars, a NUL
  static constexpr std::size_t npos = std::string_view::npos;
  using value_type = char;
  using const_iterator = const char*;
  using iterator = const char*;

  CompactString() noexcept { std::memset(bytes_, 0, sizeof bytes_); }
  CompactString(std::string_view s) { init(s); }  // NOLINT: implicit, like std::string's
  CompactString(const std::string& s) { init(s); }  // NOLINT
  CompactString(const char* s) { init(std::string_view(s)); }  // NOLINT
  CompactString(const CompactString& o) noexcept {
    std::memcpy(bytes_, o.bytes_, sizeof bytes_);
    if (on_heap()) retain();
  }
  CompactString(CompactString&& o) noexcept {
    std::memcpy(bytes_, o.bytes_, sizeof bytes_);
    std::memset(o.bytes_, 0, sizeof o.bytes_);
  }
  ~CompactString() { release(); }

  CompactString& operator=(const CompactString& o) noexcept {
    CompactString shared(o);
    swap(shared);
    return *this;
  }
  CompactString& operator=(CompactString&& o) noexcept {
    if (this != &o) {
      release();
      std::memcpy(bytes_, o.bytes_, sizeof bytes_);
      std::memset(o.bytes_, 0, sizeof o.bytes_);
    }
    return *this;
  }
  CompactString& operator=(std::string_view s) { return assign(s); }
  CompactString& operator=(const std::string& s) { return assign(s); }
  CompactString& operator=(const char* s) { return assign(std::string_view(s)); }

  // Replaces the text; `s` may point into this string's own text.
  CompactString& assign(std::string_view s) {
    CompactString fresh(s);
    swap(fresh);
    return *this;
  }
  void clear() noexcept {
    release();
    std::memset(bytes_, 0, sizeof bytes_);
  }
  void swap(CompactString& o) noexcept {
    unsigned char t[sizeof bytes_];
    std::memcpy(t, bytes_, sizeof t);
    std::memcpy(bytes_, o.bytes_, sizeof t);
    std::memcpy(o.bytes_, t, sizeof t);
  }

  bool empty() const noexcept { return size() == 0; }
  std::size_t size() const noexcept {
    if (is_inline()) return bytes_[kTag] >> 1;
    const unsigned char* b = block();
    if (!b) return 0;
    std::uint32_t n;
    std::memcpy(&n, b + kSizeAt, sizeof n);
    return n;
  }
  std::size_t length() const noexcept { return size(); }
  const char* data() const noexcept {
    if (is_inline()) return reinterpret_cast<const char*>(bytes_ + kChars);
    const unsigned char* b = block();
    return b ? reinterpret_cast<const char*>(b + kHeader) : "";
  }
  const char* c_str() const noexcept { return data(); }
  const char* begin() const noexcept { return data(); }
  const char* end() const noexcept { return data() + size(); }
  char operator[](std::size_t i) const noexcept { return data()[i]; }
  char front() const noexcept { return data()[0]; }
  char back() const noexcept { return data()[size() - 1]; }

  std::string_view view() const noexcept { return std::string_view(data(), size()); }
  operator std::string_view() const noexcept { return view(); }  // NOLINT: implicit, for read sites
  std::string str() const { return std::string(view()); }

  std::size_t find(std::string_view s, std::size_t pos = 0) const noexcept { return view().find(s, pos); }
  std::size_t find(char c, std::size_t pos = 0) const noexcept { return view().find(c, pos); }
  std::size_t rfind(std::string_view s, std::size_t pos = npos) const noexcept { return view().rfind(s, pos); }
  std::size_t rfind(char c, std::size_t pos = npos) const noexcept { return view().rfind(c, pos); }
  // A copy of part of the text, as std::string::substr gives.
  std::string substr(std::size_t pos = 0, std::size_t n = npos) const { return std::string(view().substr(pos, n)); }
  int compare(std::string_view s) const noexcept { return view().compare(s); }

  // Comparisons with anything that reads as a string_view (std::string, const char*, string_view,
  // CompactString); templates, so that they win over the standard library's string_view operators.
  template <class T, class = std::enable_if_t<std::is_convertible<const T&, std::string_view>::value>>
  friend bool operator==(const CompactString& a, const T& b) noexcept { return a.view() == std::string_view(b); }
  template <class T, class = std::enable_if_t<std::is_convertible<const T&, std::string_view>::value &&
                                              !std::is_same<T, CompactString>::value>>
  friend bool operator==(const T& a, const CompactString& b) noexcept { return std::string_view(a) == b.view(); }
  template <class T, class = std::enable_if_t<std::is_convertible<const T&, std::string_view>::value>>
  friend bool operator!=(const CompactString& a, const T& b) noexcept { return a.view() != std::string_view(b); }
  template <class T, class = std::enable_if_t<std::is_convertible<const T&, std::string_view>::value &&
                                              !std::is_same<T, CompactString>::value>>
  friend bool operator!=(const T& a, const CompactString& b) noexcept { return std::string_view(a) != b.view(); }
  template <class T, class = std::enable_if_t<std::is_convertible<const T&, std::string_view>::value>>
  friend bool operator<(const CompactString& a, const T& b) noexcept { return a.view() < std::string_view(b); }
  template <class T, class = std::enable_if_t<std::is_convertible<const T&, std::string_view>::value &&
                                              !std::is_same<T, CompactString>::value>>
  friend bool operator<(const T& a, const CompactString& b) noexcept { return std::string_view(a) < b.view(); }

  // Concatenation gives a std::string, as with std::string operands.
  friend std::string operator+(const CompactString& a, const CompactString& b) { return concat(a.view(), b.view()); }
  friend std::string operator+(const CompactString& a, const std::string& b) { return concat(a.view(), b); }
  friend std::string operator+(const CompactString& a, const char* b) { return concat(a.view(), b); }
  friend std::string operator+(const CompactString& a, char b) { return concat(a.view(), std::string_view(&b, 1)); }
  friend std::string operator+(const std::string& a, const CompactString& b) { return concat(a, b.view()); }
  friend std::string operator+(std::string&& a, const CompactString& b) { return std::move(a.append(b.data(), b.size())); }
  friend std::string operator+(const char* a, const CompactString& b) { return concat(a, b.view()); }
  friend std::string operator+(char a, const CompactString& b) { return concat(std::string_view(&a, 1), b.view()); }

 private:
  // The tag byte is the one holding the low bits of the pointer's value: heap blocks are at least
  // 2-aligned, so its low bit is 0 for a pointer (or null) and 1 for inline text.
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  static constexpr std::size_t kTag = 7, kChars = 0;
#else
  static constexpr std::size_t kTag = 0, kChars = 1;
#endif
  // The block: the reference count (a std::atomic<std::uint32_t>), the length (std::uint32_t), the chars.
  static constexpr std::size_t kSizeAt = 4, kHeader = 8;

  bool is_inline() const noexcept { return (bytes_[kTag] & 1) != 0; }
  bool on_heap() const noexcept { return !is_inline() && block() != nullptr; }
  const unsigned char* block() const noexcept {
    std::uint64_t w;
    std::memcpy(&w, bytes_, sizeof w);
    return reinterpret_cast<const unsigned char*>(static_cast<std::uintptr_t>(w));
  }
  void init(std::string_view s);  // on a blank object
  void retain() noexcept;          // one more holder of the heap block
  void release() noexcept;         // one less; the last frees it
  static std::string concat(std::string_view a, std::string_view b) {
    std::string s;
    s.reserve(a.size() + b.size());
    s.append(a.data(), a.size());
    s.append(b.data(), b.size());
    return s;
  }

  alignas(8) unsigned char bytes_[8];
};

static_assert(sizeof(CompactString) == 8, "CompactString is meant to be 8 bytes");

std::ostream& operator<<(std::ostream& os, const CompactString& s);

// Whether two strings hold the same heap block (for tests of sharing).
inline bool shares_block(const CompactString& a, const CompactString& b) noexcept {
  return a.size() > CompactString::kInlineCapacity && a.data() == b.data();
}

// A fixed list of CompactStrings in one heap block (a count, then the strings); empty: a null pointer.
// 8 bytes where a std::vector<std::string> takes 24 plus 32 per element. The elements can be
// replaced in place; push_back reallocates every time, so build long lists as a std::vector first.
class CompactStrings {
 public:
  using value_type = CompactString;
  using const_iterator = const CompactString*;
  using iterator = CompactString*;

  CompactStrings() noexcept = default;
  explicit CompactStrings(std::size_t n) { make(n); }
  CompactStrings(const std::vector<std::string>& v) { assign(v.begin(), v.end()); }  // NOLINT: implicit
  CompactStrings(std::initializer_list<std::string_view> v) { assign(v.begin(), v.end()); }
  CompactStrings(const CompactStrings& o) { assign(o.begin(), o.end()); }
  CompactStrings(CompactStrings&& o) noexcept : block_(o.block_) { o.block_ = nullptr; }
  ~CompactStrings() { release(); }

  CompactStrings& operator=(const CompactStrings& o) {
    if (this != &o) {
      CompactStrings t(o);
      swap(t);
    }
    return *this;
  }
  CompactStrings& operator=(CompactStrings&& o) noexcept {
    if (this != &o) {
      release();
      block_ = o.block_;
      o.block_ = nullptr;
    }
    return *this;
  }
  CompactStrings& operator=(const std::vector<std::string>& v) {
    CompactStrings t(v);
    swap(t);
    return *this;
  }
  CompactStrings& operator=(std::initializer_list<std::string_view> v) {
    CompactStrings t(v);
    swap(t);
    return *this;
  }
  void swap(CompactStrings& o) noexcept { std::swap(block_, o.block_); }
  void clear() noexcept { release(); }

  std::size_t size() const noexcept { return block_ ? block_->size : 0; }
  bool empty() const noexcept { return size() == 0; }
  const CompactString* begin() const noexcept { return block_ ? block_->items() : nullptr; }
  const CompactString* end() const noexcept { return begin() + size(); }
  CompactString* begin() noexcept { return block_ ? block_->items() : nullptr; }
  CompactString* end() noexcept { return begin() + size(); }
  const CompactString& operator[](std::size_t i) const noexcept { return begin()[i]; }
  CompactString& operator[](std::size_t i) noexcept { return begin()[i]; }
  const CompactString& front() const noexcept { return begin()[0]; }
  const CompactString& back() const noexcept { return begin()[size() - 1]; }

  void push_back(std::string_view s);
  std::vector<std::string> to_vector() const;

  friend bool operator==(const CompactStrings& a, const CompactStrings& b) noexcept;
  friend bool operator!=(const CompactStrings& a, const CompactStrings& b) noexcept { return !(a == b); }
  friend bool operator==(const CompactStrings& a, const std::vector<std::string>& b) noexcept;
  friend bool operator==(const std::vector<std::string>& a, const CompactStrings& b) noexcept { return b == a; }

 private:
  struct Block {
    std::size_t size;  // keeps the items 8-aligned
    CompactString* items() noexcept { return reinterpret_cast<CompactString*>(this + 1); }
  };
  template <class It>
  void assign(It first, It last) {
    make(static_cast<std::size_t>(last - first));
    CompactString* out = begin();
    for (; first != last; ++first, ++out) *out = std::string_view(*first);
  }
  void make(std::size_t n);  // on a blank object: n empty strings
  void release() noexcept;

  Block* block_ = nullptr;
};

static_assert(sizeof(CompactStrings) == sizeof(void*), "CompactStrings is meant to be one pointer");

}  // namespace factdeck
