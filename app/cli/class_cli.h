// What the `factdeck class` subcommands share: the class database, files read whole, new ids.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/command.h"
#include "factdeck/class.h"
#include "factdeck/class_server.h"

namespace factdeck::cli::class_cli {

// Prints "factdeck class SUB: message" on stderr; returns `rc`.
int fail(const std::string& sub, const std::string& message, int rc = 1);

// Opens DATA_DIR/class.sqlite3; prints why not and returns null.
std::unique_ptr<ClassDb> open_db(const CommonOptions& common, const std::string& sub);

// A file read whole (up to 256 MiB); nullopt with `error` set when it cannot be.
std::optional<std::string> read_text_file(const std::string& path, std::string& error);

// A fresh UUIDv7 at `now` (the program's edge: its random bits come from the system).
std::string new_id(UnixSeconds now);

// Connects to the class server at `url` (its schema checked); prints why not (never the password) and returns null.
std::unique_ptr<ClassServer> connect_server(const std::string& url, const std::string& sub);

// `factdeck class take`: in class_take.cpp.
int run_take(const CommonOptions& common, std::vector<std::string> args);
// `factdeck class server-init`, `push` and `enrol`: in class_server_cmd.cpp.
int run_server_init(const CommonOptions& common, std::vector<std::string> args);
int run_push(const CommonOptions& common, std::vector<std::string> args);
int run_enrol(const CommonOptions& common, std::vector<std::string> args);

}  // namespace factdeck::cli::class_cli
