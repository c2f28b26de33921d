// A fresh store for a unit test: a new database file under the tests' temporary folder, one folder per test file.
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <memory>
#include <string>

#include "factdeck/store.h"

namespace factdeck::test {

// Opens FACTDECK_TEST_TMP/<suite>/<name>.db after removing any file (and its log) left by an earlier run.
inline std::unique_ptr<Store> open_fresh_store(const std::string& suite, const std::string& name) {
  const std::filesystem::path dir = std::filesystem::path(FACTDECK_TEST_TMP) / suite;
  std::filesystem::create_directories(dir);
  const std::string p = (dir / (name + ".db")).string();
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(p + suffix);
  std::unique_ptr<Store> s;
  REQUIRE(Store::open(p, s).ok());
  return s;
}

}  // namespace factdeck::test
