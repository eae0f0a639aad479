// Tests for src/cli/config.cpp: the configuration file's syntax, where it is, and how its
// settings reach the options (the command line winning, each value checked as on the command
// line, every bad line one error naming the file and the line).
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "config.hpp"
#include "options.hpp"

using namespace resdiff_cli;

namespace {

// The compare command's option groups on one app, parsed from args; then the settings applied.
struct Parsed {
  OutputOptions output;
  ReadingOptions reading;
  ViewOptions view;
  EngineOptions engine;
  std::optional<resdiff::Error> error;
};

Parsed parse_with(const std::string& config, std::vector<std::string> args) {
  Parsed p;
  CLI::App app{"test"};
  add_output_options(app, p.output, "text");
  add_reading_options(app, p.reading);
  add_view_options(app, p.view);
  add_engine_options(app, p.engine);
  std::vector<std::string> reversed(args.rbegin(), args.rend());
  app.parse(reversed);
  resdiff::Expected<std::vector<Setting>> settings = parse_config(config, "config");
  if (!settings) {
    p.error = settings.error();
    return p;
  }
  p.error = apply_config(*settings, "config", app);
  return p;
}

}  // namespace

TEST_CASE("a configuration file is KEY = VALUE lines; blank lines, comments and quotes are fine") {
  auto settings = parse_config("# my defaults\n\n  context = 0\nignore-technical=true\ncolor = \"never\"\r\n", "cfg");
  REQUIRE(settings.ok());
  REQUIRE(settings->size() == 3);
  CHECK((*settings)[0].key == "context");
  CHECK((*settings)[0].value == "0");
  CHECK((*settings)[0].line == 3);
  CHECK((*settings)[1].key == "ignore-technical");
  CHECK((*settings)[2].value == "never");
  CHECK((*settings)[2].line == 5);
  CHECK(parse_config("", "cfg")->empty());
}

TEST_CASE("a line that is not KEY = VALUE, an unknown key or an empty value is one error naming the file and line") {
  auto bad = parse_config("context = 0\n[view]\n", "/home/u/.config/resdiff/config");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().what() == std::string("/home/u/.config/resdiff/config:2: not KEY = VALUE: \"[view]\""));
  auto unknown = parse_config("\ncolour = never\n", "cfg");
  REQUIRE_FALSE(unknown.ok());
  CHECK(std::string(unknown.error().what()).rfind("cfg:2: unknown key \"colour\" (known: color, context,", 0) == 0);
  auto empty = parse_config("width =\n", "cfg");
  REQUIRE_FALSE(empty.ok());
  CHECK(empty.error().what() == std::string("cfg:1: width = : no value"));
  // what the command line does not let a config set: where the output goes, what to read
  CHECK_FALSE(parse_config("format = json\n", "cfg").ok());
  CHECK_FALSE(parse_config("output = x\n", "cfg").ok());
}

TEST_CASE("settings become the options' defaults; the command line wins") {
  Parsed p = parse_with("context = 0\nwidth = 100\nignore-technical = yes\nignore-case = true\nstat = on\ncolor = never\n", {});
  REQUIRE_FALSE(p.error);
  CHECK(p.view.context == 0);
  CHECK(p.view.width == 100);
  CHECK(p.view.stat);
  CHECK(p.view.color == "never");
  CHECK(p.engine.compare.ignore_technical);
  CHECK(p.engine.compare.align.tolerance.ignore_case);
  // given on the command line: the command line's value
  Parsed q = parse_with("context = 0\nwidth = 100\ncolor = never\n", {"--context", "3", "--color", "always"});
  REQUIRE_FALSE(q.error);
  CHECK(q.view.context == 3);
  CHECK(q.view.color == "always");
  CHECK(q.view.width == 100);
  // a flag set false stays off
  Parsed r = parse_with("stat = false\nquiet = no\n", {});
  REQUIRE_FALSE(r.error);
  CHECK_FALSE(r.view.stat);
  CHECK_FALSE(r.reading.quiet);
}

TEST_CASE("a value is checked as the same option on the command line checks it") {
  auto message = [](const std::string& config) {
    Parsed p = parse_with(config, {});
    return p.error ? std::string(p.error->what()) : std::string("(accepted)");
  };
  CHECK(message("\nwidth = 10\n") == "config:2: width = 10: fewer than 20 columns (0: do not wrap)");
  CHECK(message("stat = maybe\n") == "config:1: stat = maybe: not true or false");  // whatever the command
  CHECK(message("context = -2\n").rfind("config:1: context = -2: ", 0) == 0);
  CHECK(message("threshold = 2\n").rfind("config:1: threshold = 2: ", 0) == 0);
  CHECK(message("color = sometimes\n").rfind("config:1: color = sometimes: ", 0) == 0);
  CHECK(message("threshold = 0.7\n") == "(accepted)");
}

TEST_CASE("the file is $XDG_CONFIG_HOME/resdiff/config, else ~/.config/resdiff/config") {
  Terminal t;
  CHECK_FALSE(config_path(t));
  t.home = "/home/u";
  CHECK(config_path(t) == std::string("/home/u/.config/resdiff/config"));
  t.config_home = "/etc/xdg-u";
  CHECK(config_path(t) == std::string("/etc/xdg-u/resdiff/config"));
}

TEST_CASE("no configuration file sets nothing; one that cannot be read is an error naming it") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("resdiff-config-test-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "resdiff");
  Terminal t;
  t.config_home = dir.string();
  CLI::App app{"test"};
  ViewOptions view;
  add_view_options(app, view);
  app.parse(std::vector<std::string>{});
  CHECK_FALSE(load_config(t, app));  // no file
  std::ofstream(dir / "resdiff" / "config") << "context = 5\n";
  CHECK_FALSE(load_config(t, app));
  CHECK(view.context == 5);
  fs::remove(dir / "resdiff" / "config");
  fs::create_directories(dir / "resdiff" / "config");  // a folder where the file should be
  std::optional<resdiff::Error> error = load_config(t, app);
  REQUIRE(error);
  CHECK(std::string(error->what()).find((dir / "resdiff" / "config").string()) == 0);
  fs::remove_all(dir);
}
