// The options every part of the program shares (--data-dir, --content, --now) and their default folders.
#include "common/options.h"

#include <cstdlib>
#include <ctime>
#include <filesystem>

namespace factdeck::common {
namespace {

std::string env_or(const char* name, const std::string& fallback) {
  const char* v = std::getenv(name);
  return v && *v ? v : fallback;
}

}  // namespace

std::string default_data_dir() {
  const std::string home = env_or("HOME", ".");
  return env_or("XDG_DATA_HOME", home + "/.local/share") + "/factdeck";
}

std::vector<std::string> default_content_dirs() {
  namespace fs = std::filesystem;
  std::vector<std::string> dirs;
  // The bundled content: beside the installed binary, else the source tree it was built from.
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  const fs::path installed = exe.parent_path().parent_path() / "share" / "factdeck" / "content";
  if (const char* env = std::getenv("FACTDECK_CONTENT"); env && *env)
    dirs.push_back(env);
  else if (!ec && fs::is_directory(installed, ec))
    dirs.push_back(installed.string());
  else
    dirs.push_back(std::string(FACTDECK_SOURCE_DIR) + "/content");
  return dirs;
}

LoadResult load_common_content(const CommonOptions& common) {
  LoadOptions options;
  options.cache_dir = common.cache_dir;
  return load_content(common.content, options);
}

std::string parse_common(const std::vector<std::string>& argv, CommonOptions& out, std::vector<std::string>& rest) {
  bool no_cache = false;
  for (std::size_t i = 0; i < argv.size(); ++i) {
    const std::string& a = argv[i];
    auto value = [&](const std::string& name, std::string& v) -> int {
      if (a == name) {
        if (i + 1 >= argv.size()) return -1;
        v = argv[++i];
        return 1;
      }
      if (a.rfind(name + "=", 0) == 0) {
        v = a.substr(name.size() + 1);
        return 1;
      }
      return 0;
    };
    std::string v;
    int r;
    if ((r = value("--data-dir", v))) {
      if (r < 0) return "--data-dir needs a folder";
      out.data_dir = v;
    } else if ((r = value("--content", v))) {
      if (r < 0) return "--content needs a folder";
      out.content.push_back(v);
    } else if ((r = value("--now", v))) {
      if (r < 0) return "--now needs a time such as 2026-01-15T08:00:00Z";
      auto t = parse_iso8601(v);
      if (!t) return "--now: '" + v + "' is not an ISO 8601 time such as 2026-01-15T08:00:00Z";
      out.now = *t;
    } else if (a == "--no-cache") {
      no_cache = true;
    } else {
      rest.push_back(a);
    }
  }
  if (!no_cache)
    out.cache_dir = out.data_dir.empty()
                        ? env_or("XDG_CACHE_HOME", env_or("HOME", ".") + "/.cache") + "/factdeck"
                        : out.data_dir + "/cache";
  if (out.data_dir.empty()) out.data_dir = default_data_dir();
  if (out.content.empty()) {
    out.content = default_content_dirs();
    std::error_code ec;
    const std::string user = out.data_dir + "/content";
    if (std::filesystem::is_directory(user, ec)) out.content.push_back(user);
  }
  return "";
}

int local_utc_offset_minutes(UnixSeconds t) {
  const std::time_t tt = static_cast<std::time_t>(t);
  std::tm tm{};
  return localtime_r(&tt, &tm) ? static_cast<int>(tm.tm_gmtoff / 60) : 0;
}

bool take_flag(std::vector<std::string>& args, const std::string& name) {
  for (auto it = args.begin(); it != args.end(); ++it)
    if (*it == name) {
      args.erase(it);
      return true;
    }
  return false;
}

std::optional<std::string> take_option(std::vector<std::string>& args, const std::string& name, std::string& error) {
  for (auto it = args.begin(); it != args.end(); ++it) {
    if (*it == name) {
      if (it + 1 == args.end()) {
        error = name + " needs a value";
        args.erase(it);
        return std::nullopt;
      }
      std::string v = *(it + 1);
      args.erase(it, it + 2);
      return v;
    }
    if (it->rfind(name + "=", 0) == 0) {
      std::string v = it->substr(name.size() + 1);
      args.erase(it);
      return v;
    }
  }
  return std::nullopt;
}

}  // namespace factdeck::common
