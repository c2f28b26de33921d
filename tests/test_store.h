// A fresh store for a test: FACTDECK_TEST_TMP/<folder>/<name>.db, its old files removed first.
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <memory>
#include <string>

#include "factdeck/store.h"

inline std::unique_ptr<factdeck::Store> open_test_store(const std::string& folder, const std::string& name) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(FACTDECK_TEST_TMP) / folder;
  fs::create_directories(dir);
  const std::string p = (dir / (name + ".db")).string();
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(p + suffix);
  std::unique_ptr<factdeck::Store> s;
  REQUIRE(factdeck::Store::open(p, s).ok());
  return s;
}
