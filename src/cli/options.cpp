// The option groups of options.hpp: their CLI11 declarations and the checks CLI11 cannot make.
#include "options.hpp"

#include <sstream>

#include "resdiff/language.hpp"
#include "resdiff/render.hpp"

namespace resdiff_cli {

using resdiff::Format;

std::string check_output_format(const std::string& format, Formats formats) {
  bool parsing = formats == Formats::Parse;
  if (format == "text" || format == "json" || format == "markdown" || (!parsing && (format == "html" || format == "docx"))) {
    return format;
  }
  if (format == "html" || format == "docx") {
    throw UsageError{"--format " + format + ": only for a comparison (parse writes text, json, markdown)"};
  }
  throw UsageError{"--format " + format + ": unknown format (" +
                   (parsing ? "text, json, markdown" : "text, json, html, markdown, docx") + ")"};
}

Format input_format(const std::string& name) {
  for (Format format : {Format::Auto, Format::Text, Format::Markdown, Format::Html, Format::Docx, Format::Pdf}) {
    if (name == resdiff::format_name(format)) return format;
  }
  throw UsageError{"--from " + name + ": unknown format (auto, text, markdown, html, docx, pdf)"};
}

std::string input_language(const std::string& name) {
  if (name == "auto") return "";
  if (resdiff::lang::find(name)) return name;
  std::string known;
  for (const resdiff::Language* l : resdiff::lang::all()) known += ", " + std::string(l->code);
  throw UsageError{"--lang " + name + ": unknown language (auto" + known + ")"};
}

resdiff::LoadOptions load_options(const ReadingOptions& options) {
  resdiff::LoadOptions load;
  load.format = input_format(options.from);
  load.docx_original = options.docx_original;
  load.language = input_language(options.lang);
  return load;
}

void add_output_options(CLI::App& app, OutputOptions& options, const std::string& formats) {
  app.add_option("--format", options.format, "Output format: " + formats + " (default: " + options.format + ")")->type_name("FORMAT");
  app.add_option("-o,--output", options.path, "Write the output to FILE (whole or not at all) instead of standard output")
      ->type_name("FILE");
}

void add_docx_options(CLI::App& app, OutputOptions& options) {
  app.add_option("--docx-numbering", options.docx_numbering,
                 "Number operative paragraphs in the Word output as text, the old number struck through beside a new one "
                 "(default: " + options.docx_numbering + "), or auto: Word's automatic numbering")
      ->type_name("HOW")
      ->check(CLI::IsMember({"text", "auto"}).description(""));
}

void add_reading_options(CLI::App& app, ReadingOptions& options) {
  app.add_option("--from", options.from, "Read the input as FORMAT: auto (default), text, markdown, html, docx or pdf")
      ->type_name("FORMAT");
  app.add_option("--lang", options.lang,
                 "Read the input as written in LANG: auto (default: from its script and opening formula), en, fr, es, ru, zh or ar")
      ->type_name("LANG");
  app.add_flag("--docx-original", options.docx_original,
               "Read a DOCX with tracked changes as it was before them (default: as if they were accepted)");
  app.add_flag("-q,--quiet", options.quiet, "Do not print warnings about the input");
  app.add_option("--time-limit", options.time_limit,
                 "Give up after SECONDS of reading and comparing, exit status 2 (default " +
                     std::to_string(resdiff::Limits{}.max_seconds) + "; 0: no limit)")
      ->type_name("SECONDS")
      ->check(CLI::Range(0, 1000000).description(""));
}

std::string width_error(int width) {
  if (width == 0 || (width >= resdiff::RenderOptions::kNarrowest && width <= kWidest)) return "";
  if (width > kWidest) return "more than " + std::to_string(kWidest) + " columns";
  return "fewer than " + std::to_string(resdiff::RenderOptions::kNarrowest) + " columns (0: do not wrap)";
}

namespace {

// --width: 0, or a width the text view can wrap to (CLI11 reports the message as it is).
CLI::Validator width_validator() {
  return CLI::Validator(
      [](std::string& value) {
        int width = 0;
        try {
          size_t used = 0;
          width = std::stoi(value, &used);
          if (used != value.size()) return value + ": not a number";
        } catch (const std::exception&) {
          return value + ": not a number";
        }
        std::string error = width_error(width);
        return error.empty() ? error : value + ": " + error;
      },
      "", "width");
}

}  // namespace

void add_display_options(CLI::App& app, ViewOptions& options) {
  app.add_option("--color", options.color, "Colour the text view: auto (default), always or never")
      ->type_name("WHEN")
      ->check(CLI::IsMember({"auto", "always", "never"}).description(""));
  app.add_option("--width", options.width,
                 "Wrap the text view at N columns, at least " + std::to_string(resdiff::RenderOptions::kNarrowest) + " (" +
                     std::to_string(resdiff::RenderOptions::kNarrowestColumns) +
                     " with -y; 0: do not wrap; default: the terminal's)")
      ->type_name("N")
      ->check(width_validator());
  app.add_flag("--no-pager", options.no_pager, "Do not page long output on a terminal (default: $PAGER, or less -FRX)");
}

void add_view_options(CLI::App& app, ViewOptions& options) {
  add_display_options(app, options);
  app.add_option("--context", options.context, "Show N unchanged clauses around each change (default 1; -1 all)")
      ->type_name("N")
      ->check(CLI::Range(-1, 1000000).description(""));
  app.add_flag("--all", options.all, "Show every clause, the unchanged ones in full (same as --context -1)");
  app.add_flag("-y,--side-by-side", options.side_by_side,
               "Show the text view in two columns, old left and new right, fitted to the width");
  app.add_flag("--stat", options.stat, "Show only the counts and one line per changed clause");
}

void add_engine_options(CLI::App& app, EngineOptions& options) {
  std::ostringstream threshold;
  threshold << options.compare.align.threshold;
  app.add_option("--threshold", options.compare.align.threshold,
                 "Similarity (0 to 1) below which two clauses are reported as deleted and inserted, not changed "
                 "(default " + threshold.str() + ")")
      ->type_name("X")
      ->check(CLI::Range(0.0, 1.0).description(""));
  app.add_flag("--ignore-technical", options.compare.ignore_technical,
               "Report clauses whose only changes are technical updates as unchanged");
  resdiff::Tolerance& tolerance = options.compare.align.tolerance;
  app.add_flag("-i,--ignore-case", tolerance.ignore_case, "Ignore differences of case");
  app.add_flag("-w,--ignore-all-space", tolerance.ignore_space,
               "Ignore white space, also around hyphens (\"post- conflict\" is \"post-conflict\")");
  app.add_flag("--ignore-punctuation", tolerance.ignore_punctuation, "Ignore punctuation marks");
}

std::string one_line(std::string message) {
  for (char& c : message) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  while (!message.empty() && message.back() == ' ') message.pop_back();
  return message;
}

}  // namespace resdiff_cli
