// run(): the CLI11 app, its commands, and the dispatch to the one the arguments name.
#include "app.hpp"

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "batch_command.hpp"
#include "command.hpp"
#include "compare_command.hpp"
#include "config.hpp"
#include "log_command.hpp"
#include "options.hpp"
#include "output.hpp"
#include "parse_command.hpp"
#include "terminal.hpp"

#ifndef RESDIFF_VERSION
#define RESDIFF_VERSION "0.0.0"
#endif

namespace resdiff_cli {
namespace {

/// Usage lines that name the arguments as the man page does.
class Formatter : public CLI::Formatter {
 public:
  std::string make_usage(const CLI::App* app, std::string) const override {
    if (app->get_name() == "parse") return "Usage: resdiff parse [OPTIONS] FILE\n";
    if (app->get_name() == "batch") return "Usage: resdiff batch [OPTIONS] OLD_DIR NEW_DIR -o OUT_DIR\n";
    if (app->get_name() == "log") return "Usage: resdiff log [OPTIONS] FILE1 FILE2 [FILE...]\n       resdiff log [OPTIONS] --git PATH\n";
    if (app->get_name() == "blame") {
      return "Usage: resdiff blame [OPTIONS] FILE1 FILE2 [FILE...]\n       resdiff blame [OPTIONS] --git PATH\n";
    }
    return "Usage: resdiff [OPTIONS] OLD NEW\n       resdiff parse [OPTIONS] FILE\n"
           "       resdiff batch [OPTIONS] OLD_DIR NEW_DIR -o OUT_DIR\n"
           "       resdiff log [OPTIONS] FILE1 FILE2 [FILE...]\n       resdiff blame [OPTIONS] FILE1 FILE2 [FILE...]\n"
           "       resdiff --version\n";
  }
};

}  // namespace

int run(int argc, char** argv) {
  guard_standard_streams();  // first: no file opened later may take a closed stream's number
  CLI::App app{"resdiff compares two versions of a UN General Assembly resolution clause by clause:\n"
               "which recitals and operative paragraphs were inserted, deleted, changed or moved, the\n"
               "words that changed inside each, and which changes are only technical updates.",
               "resdiff"};
  app.formatter(std::make_shared<Formatter>());
  app.footer("Exit status: 0 no differences, 1 differences, 2 trouble. See resdiff(1).\n");

  CompareCommand compare;
  compare.attach(app);
  bool version = false;
  app.add_flag("--version", version, "Print resdiff's version and exit");
  ParseCommand parse;
  CLI::App* parse_app = parse.attach(app);
  BatchCommand batch;
  CLI::App* batch_app = batch.attach(app);
  LogCommand log(false), blame(true);
  CLI::App* log_app = log.attach(app);
  CLI::App* blame_app = blame.attach(app);
  // the configuration file's defaults (config.hpp), for every command
  bool no_config = false;
  const std::string no_config_help = "Do not read the configuration file ($XDG_CONFIG_HOME/resdiff/config, else ~/.config/resdiff/config)";
  for (CLI::App* a : {&app, parse_app, batch_app, log_app, blame_app}) a->add_flag("--no-config", no_config, no_config_help);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const CLI::ParseError& error) {
    return trouble(error.what());
  }
  try {
    Terminal terminal = detect_terminal();
    if (version) {
      write_all(1, std::string("resdiff ") + RESDIFF_VERSION + "\n");
      return kSame;
    }
    CLI::App& command = parse_app->parsed()   ? *parse_app
                        : batch_app->parsed() ? *batch_app
                        : log_app->parsed()   ? *log_app
                        : blame_app->parsed() ? *blame_app
                                              : app;
    if (!no_config) {
      if (std::optional<resdiff::Error> error = load_config(terminal, command)) return trouble(*error);
    }
    if (parse_app->parsed()) return parse.run(terminal);
    if (batch_app->parsed()) return batch.run(terminal);
    if (log_app->parsed()) return log.run(terminal);
    if (blame_app->parsed()) return blame.run(terminal);
    return compare.run(terminal);
  } catch (const UsageError& error) {
    return trouble(error.message);
  }
}

}  // namespace resdiff_cli
