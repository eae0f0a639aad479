// stages_bench: each pipeline stage timed on its own with Google Benchmark, on the real pairs.
//
// speed.py says how resdiff as a whole compares with git and the other diffs; this program says
// where inside resdiff the time goes, stage by stage, on documents nobody wrote for it:
//
//   pdf       A/RES/79/144 → A/RES/80/110, the UN's PDFs of the law of the sea (56 pages)
//   markdown  A/RES/76/28 → A/RES/80/41, the Markdown extractions of fixtures/
//
// For each pair it runs the whole pipeline once to get every stage's input, then times
//   load      bytes → Source (both files): format detection, decoding, the PDF or Markdown reader
//   segment   Source → Document (both): the resolution grammar
//   align     Document × Document → Pairing[] (after the canonical texts compare() makes)
//   worddiff  word_diff() of every changed, moved, split and merged pairing
//   classify  classify() of those edits (they are copied fresh for each run, outside the timing)
//   compare   compare() as a whole: canonical texts, align, word diff, classify, metadata, counts
//   render    render_json() of the report
// with bytes per second of input where it means something. Worked example:
//   build/bench/stages_bench --benchmark_filter=pdf --benchmark_min_time=0.5
//   BM_Stage/pdf/load       52 ms     bytes_per_second=27M/s
//   BM_Stage/pdf/align      31 ms …
//
// The corpus is found as speed.py finds it ($RESDIFF_CORPUS, else ../shared/corpus beside the
// checkout); run from the project root so that fixtures/ is found too.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "resdiff/align.hpp"
#include "resdiff/classify.hpp"
#include "resdiff/diff.hpp"
#include "resdiff/render.hpp"
#include "resdiff/resdiff.hpp"
#include "resdiff/segment.hpp"
#include "resdiff/text.hpp"

using namespace resdiff;

namespace {

std::string corpus_dir() {
  const char* env = std::getenv("RESDIFF_CORPUS");
  for (const char* c : {env, static_cast<const char*>("../shared/corpus"), static_cast<const char*>("../../shared/corpus")}) {
    if (c != nullptr && std::filesystem::is_directory(std::filesystem::path(c) / "pdf")) return c;
  }
  return "";
}

/// One pair with every stage's input made ready.
struct Pair {
  std::string name;
  std::string old_bytes, new_bytes;
  Source old_source, new_source;
  Document old_doc, new_doc;  ///< canonical texts, as compare() aligns them
  std::vector<Pairing> pairings;
  std::vector<std::pair<std::string, std::string>> changed;  ///< the texts word_diff() compares
  std::vector<std::vector<Edit>> edits;                      ///< their edits before classify()
  CalendarContext context;
  Report report;
};

void canonicalize(Document& doc) {
  for (Clause& c : doc.clauses) c.text = text::canonical(c.text);
}

std::string joined(const Document& doc, const std::vector<size_t>& at) {
  std::string out;
  for (size_t k = 0; k < at.size(); ++k) out += (k ? " " : "") + doc.clauses[at[k]].text;
  return out;
}

bool prepare(Pair& p, const std::string& old_path, const std::string& new_path) {
  Expected<std::string> a = read_file(old_path), b = read_file(new_path);
  if (!a || !b) return false;
  p.old_bytes = std::move(*a);
  p.new_bytes = std::move(*b);
  Expected<Source> sa = load(p.old_bytes, old_path), sb = load(p.new_bytes, new_path);
  if (!sa || !sb) return false;
  p.old_source = std::move(*sa);
  p.new_source = std::move(*sb);
  p.old_doc = segment(p.old_source);
  p.new_doc = segment(p.new_source);
  p.report = compare(p.old_doc, p.new_doc);
  canonicalize(p.old_doc);
  canonicalize(p.new_doc);
  p.pairings = align(p.old_doc, p.new_doc);
  p.context = CalendarContext{p.old_doc.meta.session, p.new_doc.meta.session};
  Tokenizer tokenizer;
  for (const Pairing& pairing : p.pairings) {
    if (pairing.status == Status::Unchanged || pairing.status == Status::Inserted || pairing.status == Status::Deleted)
      continue;
    p.changed.emplace_back(joined(p.old_doc, pairing.old_clauses), joined(p.new_doc, pairing.new_clauses));
    p.edits.push_back(word_diff(tokenizer, p.changed.back().first, p.changed.back().second));
  }
  return true;
}

std::vector<Pair>& pairs() {
  static std::vector<Pair> all;
  return all;
}

void add(const std::string& name, const std::string& old_path, const std::string& new_path) {
  Pair p;
  p.name = name;
  if (!prepare(p, old_path, new_path)) {
    std::fprintf(stderr, "stages_bench: cannot read %s or %s\n", old_path.c_str(), new_path.c_str());
    return;
  }
  pairs().push_back(std::move(p));
  const Pair& q = pairs().back();
  const int64_t bytes = static_cast<int64_t>(q.old_bytes.size() + q.new_bytes.size());
  const size_t at = pairs().size() - 1;
  auto stage = [&](const std::string& what, auto body, bool per_byte) {
    benchmark::RegisterBenchmark(("BM_Stage/" + name + "/" + what).c_str(), [at, body, bytes, per_byte](benchmark::State& state) {
      Pair& pair = pairs()[at];
      for (auto _ : state) body(pair, state);
      if (per_byte) state.SetBytesProcessed(state.iterations() * bytes);
    })->Unit(benchmark::kMillisecond);
  };
  stage("load", [](Pair& pair, benchmark::State&) {
    benchmark::DoNotOptimize(load(pair.old_bytes, "old"));
    benchmark::DoNotOptimize(load(pair.new_bytes, "new"));
  }, true);
  stage("segment", [](Pair& pair, benchmark::State&) {
    benchmark::DoNotOptimize(segment(pair.old_source));
    benchmark::DoNotOptimize(segment(pair.new_source));
  }, true);
  stage("align", [](Pair& pair, benchmark::State&) { benchmark::DoNotOptimize(align(pair.old_doc, pair.new_doc)); }, false);
  stage("worddiff", [](Pair& pair, benchmark::State&) {
    Tokenizer tokenizer;
    for (const auto& [a, b] : pair.changed) benchmark::DoNotOptimize(word_diff(tokenizer, a, b));
  }, false);
  stage("classify", [](Pair& pair, benchmark::State& state) {
    state.PauseTiming();
    std::vector<std::vector<Edit>> edits = pair.edits;
    state.ResumeTiming();
    for (std::vector<Edit>& e : edits) classify(e, pair.context);
    benchmark::DoNotOptimize(edits);
  }, false);
  stage("compare", [](Pair& pair, benchmark::State&) {
    benchmark::DoNotOptimize(compare(pair.old_doc, pair.new_doc));
  }, false);
  stage("render", [](Pair& pair, benchmark::State&) { benchmark::DoNotOptimize(render_json(pair.report)); }, false);
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  std::string corpus = corpus_dir();
  if (!corpus.empty()) add("pdf", corpus + "/pdf/A_RES_79_144.pdf", corpus + "/pdf/A_RES_80_110.pdf");
  else std::fprintf(stderr, "stages_bench: no corpus (set RESDIFF_CORPUS); the PDF pair is left out\n");
  add("markdown", "fixtures/A_RES_76_28.seed.md", "fixtures/A_RES_80_41.md");
  if (pairs().empty()) return 2;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
