// resdiff's command line: options in, one call into the library, output and exit status out.
//
//   resdiff [options] OLD NEW         compare two documents (exit 0 same, 1 different, 2 trouble)
//   resdiff parse [options] FILE      what resdiff read from one document
//   resdiff --version
//
// Git's external-diff arguments (path old-file old-hex old-mode new-file new-hex new-mode, and
// two more for a rename) are understood and compared as OLD NEW; then the exit status is 0 unless
// there is trouble, as git wants. Trouble is one line "resdiff: FILE: message" on standard error,
// nothing on standard output and no output file: the whole output is built in memory first and
// written at the end, to an output file through a temporary file and a rename.
// Unexpected exceptions are caught once, in main().
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <exception>
#include <iostream>
#include <optional>
#include <regex>
#include <string>
#include <vector>

#include "pager.hpp"
#include "resdiff/render.hpp"
#include "resdiff/resdiff.hpp"

#ifndef RESDIFF_VERSION
#define RESDIFF_VERSION "0.0.0"
#endif

namespace {

using namespace resdiff;

constexpr int kSame = 0;
constexpr int kDifferent = 1;
constexpr int kTrouble = 2;

// Everything the command line can say.
struct Options {
  std::vector<std::string> files;  // OLD NEW, or git's seven (nine) arguments
  std::string parse_file;
  std::string format = "text";
  std::string output;
  std::string color = "auto";
  int context = 1;
  bool all = false;
  double threshold = AlignOptions{}.threshold;
  bool ignore_technical = false;
  std::string from = "auto";
  bool docx_original = false;
  int width = -1;  // -1: the terminal's width on a terminal, no wrapping otherwise
  bool quiet = false;
  bool version = false;
  bool side_by_side = false;  // -y: the text view in two columns
  bool stat = false;          // --stat: counts only
  bool no_pager = false;
};

// Thrown for a problem with the command line itself; printed as one line, exit status 2.
struct UsageError {
  std::string message;
};

int trouble(const std::string& message) {
  std::cerr << "resdiff: " << message << '\n';
  return kTrouble;
}

int trouble(const Error& error) { return trouble(error.what()); }

// CLI11's messages may span lines; ours are one line.
std::string one_line(std::string message) {
  for (char& c : message) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  while (!message.empty() && message.back() == ' ') message.pop_back();
  return message;
}

// The output formats: text, json and markdown for both; html and docx for a comparison only.
std::string check_output_format(const std::string& format, bool parsing) {
  if (format == "text" || format == "json" || format == "markdown" || (!parsing && (format == "html" || format == "docx"))) {
    return format;
  }
  if (format == "html" || format == "docx") {
    throw UsageError{"--format " + format + ": only for a comparison (parse writes text, json, markdown)"};
  }
  throw UsageError{"--format " + format + ": unknown format (" + (parsing ? "text, json, markdown" : "text, json, html, markdown, docx") + ")"};
}

Format input_format(const std::string& name) {
  for (Format format : {Format::Auto, Format::Text, Format::Markdown, Format::Html, Format::Docx, Format::Pdf}) {
    if (name == format_name(format)) return format;
  }
  throw UsageError{"--from " + name + ": unknown format (auto, text, markdown, html, docx, pdf)"};
}

bool env_set(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0';
}

// auto: colour when writing to a terminal (or to git's pager), NO_COLOR empty or unset, TERM not dumb.
bool use_color(const Options& options) {
  if (options.color == "always") return true;
  if (options.color == "never") return false;
  if (!options.output.empty() && options.output != "-") return false;
  if (env_set("NO_COLOR")) return false;
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::strcmp(term, "dumb") == 0) return false;
  return isatty(STDOUT_FILENO) || env_set("GIT_PAGER_IN_USE");
}

// --width, else the terminal's width when standard output is a terminal, else 0 (no wrapping).
int output_width(const Options& options) {
  if (options.width >= 0) return options.width;
  bool to_stdout = options.output.empty() || options.output == "-";
  if (!to_stdout || !isatty(STDOUT_FILENO)) return 0;
  winsize size{};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  if (const char* columns = std::getenv("COLUMNS")) {
    int n = std::atoi(columns);
    if (n > 0) return n;
  }
  return 80;
}

bool write_all(int fd, const std::string& text) {
  size_t done = 0;
  while (done < text.size()) {
    ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      if (n == 0) errno = EIO;
      return false;
    }
    done += static_cast<size_t>(n);
  }
  return true;
}

// Writes text to standard output, or to path through a temporary file in the same directory and
// a rename, so that the file is either whole or not there (an old one is left as it was).
std::optional<Error> write_output(const std::string& path, const std::string& text) {
  if (path.empty() || path == "-") {
    if (!write_all(STDOUT_FILENO, text)) return Error{"standard output", std::strerror(errno)};
    return std::nullopt;
  }
  auto failed = [&](int error) { return Error{path, std::string("cannot write: ") + std::strerror(error)}; };
  size_t slash = path.find_last_of('/');
  std::string dir = slash == std::string::npos ? "" : path.substr(0, slash + 1);
  std::string temp = dir + "." + path.substr(dir.size()) + ".resdiff-XXXXXX";
  int fd = mkstemp(temp.data());
  if (fd < 0) return failed(errno);
  mode_t mask = umask(0);
  umask(mask);
  int error = 0;
  if (fchmod(fd, 0666 & ~mask) != 0 || !write_all(fd, text)) error = errno;
  if (::close(fd) != 0 && error == 0) error = errno;
  if (error == 0 && std::rename(temp.c_str(), path.c_str()) != 0) error = errno;
  if (error == 0) return std::nullopt;
  std::remove(temp.c_str());
  return failed(error);
}

// Pages text like git when it is long and going to a terminal; false when it was not paged (or
// the pager could not start), and the caller writes it.
bool page(const Options& options, const std::string& format, const std::string& text) {
  resdiff_cli::PagerContext context;
  context.to_stdout = options.output.empty() || options.output == "-";
  context.is_tty = isatty(STDOUT_FILENO) != 0;
  context.no_pager = options.no_pager;
  context.machine_format = format != "text";
  context.lines = resdiff_cli::count_lines(text);
  winsize size{};
  if (context.is_tty && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_row > 0) context.height = size.ws_row;
  if (const char* pager = std::getenv("RESDIFF_PAGER")) context.pager_env = pager;
  else if (const char* pager = std::getenv("PAGER")) context.pager_env = pager;
  std::string command = resdiff_cli::pager_command(context);
  return !command.empty() && resdiff_cli::run_pager(command, text);
}

// The signature of --format docx's tracked changes: now, or SOURCE_DATE_EPOCH for reproducible output.
DocxOptions docx_options() {
  DocxOptions docx;
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr && *epoch != '\0') {
    std::time_t t = static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10));
    std::tm tm{};
    char buffer[32];
    if (gmtime_r(&t, &tm) != nullptr && std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm) > 0) {
      docx.date = buffer;
    }
  }
  return docx;
}

// /dev/null is an empty document: git passes it for an added or a deleted file.
Expected<Document> read(const std::string& path, const Options& options) {
  if (path == "/dev/null") {
    Document empty;
    empty.path = path;
    return empty;
  }
  LoadOptions load_options;
  load_options.format = input_format(options.from);
  load_options.docx_original = options.docx_original;
  return read_document(path, load_options);
}

// "resdiff: FILE: warning: ..." lines for what the reader repaired; printed only once the output
// is written, so that trouble stays one line.
std::string warning_lines(const Document& doc, const Options& options) {
  std::string out;
  if (options.quiet) return out;
  for (const std::string& warning : doc.warnings) out += "resdiff: " + doc.path + ": warning: " + one_line(warning) + "\n";
  return out;
}

// Git's external diff: path old-file old-hex old-mode new-file new-hex new-mode [new-path info].
bool is_git_arguments(const std::vector<std::string>& files) {
  if (files.size() != 7 && files.size() != 9) return false;
  static const std::regex hex("^([0-9a-f]{4,64}|\\.)$");
  static const std::regex mode("^([0-7]{6}|\\.)$");
  return std::regex_match(files[2], hex) && std::regex_match(files[3], mode) && std::regex_match(files[5], hex) &&
         std::regex_match(files[6], mode);
}

int run_compare(Options& options) {
  std::string old_path, new_path;
  bool git = is_git_arguments(options.files);
  if (git) {
    old_path = options.files[1];
    new_path = options.files[4];
  } else if (options.files.size() == 2) {
    old_path = options.files[0];
    new_path = options.files[1];
  } else if (options.files.empty()) {
    throw UsageError{"missing OLD and NEW (try resdiff --help)"};
  } else {
    throw UsageError{"expected two files, OLD and NEW, not " + std::to_string(options.files.size()) +
                     " (try resdiff --help)"};
  }
  if (old_path == "-" && new_path == "-") throw UsageError{"-: standard input can be read only once"};
  std::string format = check_output_format(options.format, false);
  if (format == "docx" && (options.output.empty() || options.output == "-")) {
    throw UsageError{"--format docx needs -o FILE"};  // a binary file has no place on a terminal
  }
  input_format(options.from);  // a bad --from is a usage error before any file is read

  Expected<Document> old_doc = read(old_path, options);
  if (!old_doc) return trouble(old_doc.error());
  Expected<Document> new_doc = read(new_path, options);
  if (!new_doc) return trouble(new_doc.error());
  if (git) {
    // name the documents by the path in the repository, not git's temporary files
    old_doc->path = options.files[0];
    new_doc->path = options.files.size() == 9 ? options.files[7] : options.files[0];
  }
  std::string warnings = warning_lines(*old_doc, options) + warning_lines(*new_doc, options);

  CompareOptions compare_options;
  compare_options.align.threshold = options.threshold;
  compare_options.ignore_technical = options.ignore_technical;
  Report report = compare(std::move(*old_doc), std::move(*new_doc), compare_options);

  std::string text;
  if (format == "docx") {
    Expected<std::string> docx = render_docx(report, docx_options());
    if (!docx) return trouble(Error{options.output, docx.error().message});
    text = std::move(*docx);
  } else if (format == "json") {
    text = render_json(report);
  } else if (format == "markdown") {
    text = render_markdown_summary(report);
  } else if (format == "html") {
    text = render_html(report, RenderOptions{});
  } else {
    RenderOptions render_options;
    render_options.color = use_color(options);
    render_options.context = options.all ? -1 : options.context;
    render_options.width = output_width(options);
    if (options.side_by_side && render_options.width <= 0) render_options.width = 160;  // not a terminal: 2 × 80
    text = options.stat           ? render_stat(report, render_options)
           : options.side_by_side ? render_side_by_side(report, render_options)
                                  : render_text(report, render_options);
  }
  if (!page(options, format, text)) {
    if (std::optional<Error> error = write_output(options.output, text)) return trouble(*error);
  }
  std::cerr << warnings;
  // Git wants 0 from an external diff; under git difftool (which exports
  // GIT_DIFFTOOL_TRUST_EXIT_CODE to its tools) 1 would stop `difftool --trust-exit-code`, which
  // is meant to stop on trouble only.
  if (git || env_set("GIT_DIFFTOOL_TRUST_EXIT_CODE")) return kSame;
  return report.has_differences() ? kDifferent : kSame;
}

int run_parse(Options& options) {
  std::string format = check_output_format(options.format, true);
  input_format(options.from);
  Expected<Document> doc = read(options.parse_file, options);
  if (!doc) return trouble(doc.error());
  std::string text = format == "json"       ? render_parse_json(*doc)
                     : format == "markdown" ? render_parse_markdown(*doc)
                                            : render_parse_text(*doc);
  if (std::optional<Error> error = write_output(options.output, text)) return trouble(*error);
  std::cerr << warning_lines(*doc, options);
  return kSame;
}

// The options shared by comparing and parsing, added to one (sub)command.
void add_reading_options(CLI::App& app, Options& options, const std::string& formats) {
  app.add_option("--format", options.format, "Output format: " + formats + " (default: text)")->type_name("FORMAT");
  app.add_option("-o,--output", options.output, "Write the output to FILE (whole or not at all) instead of standard output")
      ->type_name("FILE");
  app.add_option("--from", options.from, "Read the input as FORMAT: auto (default), text, markdown, html, docx or pdf")
      ->type_name("FORMAT");
  app.add_flag("--docx-original", options.docx_original,
               "Read a DOCX with tracked changes as it was before them (default: as if they were accepted)");
  app.add_flag("-q,--quiet", options.quiet, "Do not print warnings about the input");
}

// Usage lines that name the arguments as the man page does.
class Formatter : public CLI::Formatter {
 public:
  std::string make_usage(const CLI::App* app, std::string) const override {
    if (app->get_name() == "parse") return "Usage: resdiff parse [OPTIONS] FILE\n";
    return "Usage: resdiff [OPTIONS] OLD NEW\n       resdiff parse [OPTIONS] FILE\n       resdiff --version\n";
  }
};

int run(int argc, char** argv) {
  Options options;
  CLI::App app{"resdiff compares two versions of a UN General Assembly resolution clause by clause:\n"
               "which recitals and operative paragraphs were inserted, deleted, changed or moved, the\n"
               "words that changed inside each, and which changes are only technical updates.",
               "resdiff"};
  app.formatter(std::make_shared<Formatter>());
  app.footer("Exit status: 0 no differences, 1 differences, 2 trouble. See resdiff(1).\n");
  app.add_option("OLD NEW", options.files,
                 "The two documents (- for standard input, once); git's external-diff arguments work too")
      ->type_name("");
  add_reading_options(app, options, "text, json, html, markdown or docx (with -o)");
  app.add_option("--color", options.color, "Colour the text view: auto (default), always or never")
      ->type_name("WHEN")
      ->check(CLI::IsMember({"auto", "always", "never"}).description(""));
  app.add_option("--context", options.context, "Show N unchanged clauses around each change (default 1; -1 all)")
      ->type_name("N")
      ->check(CLI::Range(-1, 1000000).description(""));
  app.add_flag("--all", options.all, "Show every clause, the unchanged ones in full (same as --context -1)");
  app.add_option("--width", options.width, "Wrap the text view at N columns (0: do not wrap; default: the terminal's)")
      ->type_name("N")
      ->check(CLI::Range(0, 1000000).description(""));
  app.add_option("--threshold", options.threshold,
                 "Similarity (0 to 1) below which two clauses are reported as deleted and inserted, not changed "
                 "(default 0.5)")
      ->type_name("X")
      ->check(CLI::Range(0.0, 1.0).description(""));
  app.add_flag("--ignore-technical", options.ignore_technical,
               "Report clauses whose only changes are technical updates as unchanged");
  app.add_flag("-y,--side-by-side", options.side_by_side,
               "Show the text view in two columns, old left and new right, fitted to the width");
  app.add_flag("--stat", options.stat, "Show only the counts and one line per changed clause");
  app.add_flag("--no-pager", options.no_pager,
               "Do not page long output on a terminal (default: $PAGER, or less -FRX)");
  app.add_flag("--version", options.version, "Print resdiff's version and exit");

  CLI::App* parse = app.add_subcommand("parse", "Print the structure resdiff reads from FILE: metadata, then one clause per line");
  parse->footer("Exit status: 0, or 2 on trouble. See resdiff(1).\n");
  parse->add_option("FILE", options.parse_file, "The document (- for standard input)")->type_name("")->required();
  add_reading_options(*parse, options, "text, json or markdown");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const CLI::ParseError& error) {
    return trouble(one_line(error.what()));
  }
  try {
    if (options.version) {
      std::cout << "resdiff " << RESDIFF_VERSION << '\n';
      return kSame;
    }
    return parse->parsed() ? run_parse(options) : run_compare(options);
  } catch (const UsageError& error) {
    return trouble(error.message);
  }
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::bad_alloc&) {
    return trouble("out of memory");
  } catch (const std::exception& e) {
    return trouble(std::string("internal error: ") + one_line(e.what()));
  } catch (...) {
    return trouble("internal error");
  }
}
