// Tests for src/cli/options.cpp: the option groups, their defaults and the checks CLI11 cannot make.
#include <catch2/catch.hpp>

#include <vector>

#include "options.hpp"

using namespace resdiff_cli;

namespace {

/// Parses args (without the program name) on an app holding every group.
struct Parsed {
  OutputOptions output;
  ReadingOptions reading;
  ViewOptions view;
  EngineOptions engine;
};

Parsed parse(std::vector<std::string> args) {
  Parsed p;
  CLI::App app{"test"};
  add_output_options(app, p.output, "text");
  add_docx_options(app, p.output);
  add_reading_options(app, p.reading);
  add_view_options(app, p.view);
  add_engine_options(app, p.engine);
  std::vector<std::string> reversed(args.rbegin(), args.rend());
  app.parse(reversed);
  return p;
}

}  // namespace

TEST_CASE("the option groups keep their defaults when nothing is said") {
  Parsed p = parse({});
  CHECK(p.output.format == "text");
  CHECK(p.output.to_stdout());
  CHECK(p.reading.from == "auto");
  CHECK(p.view.context == 1);
  CHECK(p.view.width == -1);
  CHECK(p.engine.compare.align.threshold == resdiff::AlignOptions{}.threshold);
  CHECK_FALSE(p.engine.compare.ignore_technical);
  CHECK_FALSE(p.engine.compare.align.tolerance.any());
}

TEST_CASE("the tolerance flags set the engine's tolerance, short and long") {
  Parsed shorts = parse({"-i", "-w", "--ignore-punctuation"});
  CHECK(shorts.engine.compare.align.tolerance.ignore_case);
  CHECK(shorts.engine.compare.align.tolerance.ignore_space);
  CHECK(shorts.engine.compare.align.tolerance.ignore_punctuation);
  Parsed longs = parse({"--ignore-case", "--ignore-all-space"});
  CHECK(longs.engine.compare.align.tolerance.ignore_case);
  CHECK(longs.engine.compare.align.tolerance.ignore_space);
  CHECK_FALSE(longs.engine.compare.align.tolerance.ignore_punctuation);
  Parsed together = parse({"-iw"});
  CHECK(together.engine.compare.align.tolerance.ignore_case);
  CHECK(together.engine.compare.align.tolerance.ignore_space);
}

TEST_CASE("options given on the command line land in their groups") {
  Parsed p = parse({"--format", "json", "-o", "out.json", "--from", "pdf", "-q", "--context", "0", "--width", "100",
                    "-y", "--threshold", "0.7", "--ignore-technical"});
  CHECK(p.output.format == "json");
  CHECK(p.output.path == "out.json");
  CHECK_FALSE(p.output.to_stdout());
  CHECK(p.reading.from == "pdf");
  CHECK(p.reading.quiet);
  CHECK(p.view.context == 0);
  CHECK(p.view.width == 100);
  CHECK(p.view.side_by_side);
  CHECK(p.engine.compare.align.threshold == Approx(0.7));
  CHECK(p.engine.compare.ignore_technical);
}

TEST_CASE("out-of-range values are refused by the parser") {
  CHECK_THROWS_AS(parse({"--threshold", "2"}), CLI::ValidationError);
  CHECK_THROWS_AS(parse({"--color", "sometimes"}), CLI::ValidationError);
  CHECK_THROWS_AS(parse({"--context", "-2"}), CLI::ValidationError);
}

TEST_CASE("A --width is 0 or at least the text view's narrowest, as the man page says") {
  CHECK(parse({"--width", "0"}).view.width == 0);
  CHECK(parse({"--width", "20"}).view.width == 20);
  CHECK_THROWS_AS(parse({"--width", "19"}), CLI::ValidationError);
  CHECK_THROWS_AS(parse({"--width", "10"}), CLI::ValidationError);
  CHECK_THROWS_AS(parse({"--width", "ten"}), CLI::ValidationError);
  CHECK(width_error(20).empty());
  CHECK(width_error(0).empty());
  CHECK(width_error(10) == "fewer than 20 columns (0: do not wrap)");
}

TEST_CASE("output formats are checked per command") {
  CHECK(check_output_format("html", Formats::Compare) == "html");
  CHECK(check_output_format("markdown", Formats::Parse) == "markdown");
  CHECK_THROWS_AS(check_output_format("html", Formats::Parse), UsageError);
  CHECK_THROWS_AS(check_output_format("yaml", Formats::Compare), UsageError);
}

TEST_CASE("the input format names a format, and an unknown name is a usage error") {
  CHECK(input_format("pdf") == resdiff::Format::Pdf);
  CHECK(input_format("auto") == resdiff::Format::Auto);
  CHECK_THROWS_AS(input_format("rtf"), UsageError);
  ReadingOptions reading;
  reading.from = "docx";
  reading.docx_original = true;
  resdiff::LoadOptions load = load_options(reading);
  CHECK(load.format == resdiff::Format::Docx);
  CHECK(load.docx_original);
}

TEST_CASE("one_line folds a multi-line message into one line") {
  CHECK(one_line("first\nsecond\r\n") == "first second");
}

TEST_CASE("the language option names one of the six languages, or auto") {
  CHECK(parse({}).reading.lang == "auto");
  CHECK(load_options(parse({"--lang", "ar"}).reading).language == "ar");
  CHECK(load_options(parse({"--lang", "auto"}).reading).language.empty());
  CHECK(input_language("zh") == "zh");
  CHECK_THROWS_AS(input_language("de"), UsageError);
  try {
    input_language("de");
  } catch (const UsageError& e) {
    CHECK(e.message == "--lang de: unknown language (auto, en, fr, es, ru, zh, ar)");
  }
}

TEST_CASE("the Word numbering option (--docx-numbering) is text unless auto is asked for, and nothing else") {
  CHECK(parse({}).output.docx_numbering == "text");
  CHECK(parse({"--docx-numbering", "auto"}).output.docx_numbering == "auto");
  CHECK(parse({"--docx-numbering", "text"}).output.docx_numbering == "text");
  CHECK_THROWS_AS(parse({"--docx-numbering", "list"}), CLI::ValidationError);
}
