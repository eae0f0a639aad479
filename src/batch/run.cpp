// run_batch(): read two sessions' documents, pair them, compare each pair, on every core.
//
// Three steps, the first and the last spread over a pool of std::threads that take the next job
// from a shared counter:
//
//   1. read     every file of both lists (any mix of formats: detected from the content)
//   2. pair     pair_documents() on what was read (one thread: it is quick)
//   3. compare  compare() and render each pair's report and its one-line JSON
//
// Each job writes only its own slot of a vector that was sized beforehand, and the rows are put
// in order afterwards (pairs in the new session's order, then errors, ambiguities and unpaired
// documents in list order), so the result is the same byte for byte whatever the number of
// threads. A file that cannot be read becomes an Error row, and so does a pair whose comparison
// throws (an internal error): one bad file is one row, never the end of the batch.
//
// Worked example: run_batch({"78/A_RES_78_43.pdf", …}, {"79/A_RES_79_42.pdf", …}, options) with
// 4 threads reads 30 files on 4 threads, pairs 78/43 with 79/42 (recalls and title), compares the
// pairs on 4 threads and returns rows such as
//   Pair  78/43 → 79/42  "Measures to prevent terrorists…"  report A_RES_78_43--A_RES_79_42.html
#include <algorithm>
#include <atomic>
#include <exception>
#include <filesystem>
#include <mutex>
#include <thread>

#include "resdiff/batch.hpp"
#include "resdiff/render.hpp"
#include "resdiff/resdiff.hpp"

namespace resdiff {
namespace {

/// Runs job(0) … job(count - 1) on up to `threads` threads; progress after each.
template <class Job>
void parallel_for(size_t count, unsigned threads, Job job, const std::function<void()>& step) {
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i = next++; i < count; i = next++) {
      job(i);
      step();
    }
  };
  size_t n = std::min<size_t>(threads, count);
  std::vector<std::thread> pool;
  for (size_t t = 1; t < n; ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();
}

std::string stem(const std::string& path) {
  std::string name = std::filesystem::path(path).filename().string();
  size_t dot = name.rfind('.');
  return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

const char* extension(BatchFormat format) {
  switch (format) {
    case BatchFormat::Json: return ".json";
    case BatchFormat::Html: return ".html";
    case BatchFormat::Text: return ".txt";
    case BatchFormat::Markdown: return ".md";
  }
  return ".html";
}

std::string render(const Report& report, BatchFormat format) {
  switch (format) {
    case BatchFormat::Json: return render_json(report);
    case BatchFormat::Html: return render_html(report, RenderOptions{});
    case BatchFormat::Text: {
      RenderOptions options;
      options.width = 0;
      return render_text(report, options);
    }
    case BatchFormat::Markdown: return render_markdown_summary(report);
  }
  return "";
}

std::string symbol_of(const Document& doc) { return doc.meta.symbol.value_or(""); }

}  // namespace

Expected<std::vector<std::string>> batch_inputs(const std::string& dir) {
  std::error_code error;
  std::filesystem::directory_iterator it(dir, error);
  if (error) return Error{dir, "cannot read the folder: " + error.message()};
  std::vector<std::string> out;
  for (const auto& entry : it) {
    std::string name = entry.path().filename().string();
    if (name.empty() || name[0] == '.' || !entry.is_regular_file(error)) continue;
    out.push_back(entry.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

BatchResult run_batch(const std::vector<std::string>& old_files, const std::vector<std::string>& new_files,
                      const BatchOptions& options) {
  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::string> files = old_files;
  files.insert(files.end(), new_files.begin(), new_files.end());
  std::vector<std::optional<Document>> read(files.size());
  std::vector<std::string> errors(files.size());

  std::mutex progress_mutex;
  size_t done = 0, total = files.size();
  auto step = [&] {
    if (!options.progress) return;
    std::lock_guard<std::mutex> lock(progress_mutex);
    options.progress(++done, total);
  };

  parallel_for(files.size(), threads, [&](size_t i) {
    try {
      Expected<Document> doc = read_document(files[i], options.load);
      if (doc) read[i] = std::move(*doc);
      else errors[i] = doc.error().message;
    } catch (const std::exception& e) {
      errors[i] = std::string("internal error: ") + e.what();
    }
  }, step);

  // pair what could be read; remember where each came from
  std::vector<Document> olds, news;
  std::vector<size_t> old_at, new_at;
  for (size_t i = 0; i < files.size(); ++i) {
    if (!read[i]) continue;
    if (i < old_files.size()) {
      olds.push_back(std::move(*read[i]));
      old_at.push_back(i);
    } else {
      news.push_back(std::move(*read[i]));
      new_at.push_back(i);
    }
  }
  BatchPlan plan = pair_documents(olds, news);

  BatchResult result;
  result.documents_read = olds.size() + news.size();
  std::vector<BatchRow> pair_rows(plan.pairs.size());
  // The two files of pair k, their symbols and how they were paired.
  auto name_pair = [&](BatchRow& row, size_t k) {
    const DocumentPair& p = plan.pairs[k];
    row.old_path = files[old_at[p.old_doc]];
    row.new_path = files[new_at[p.new_doc]];
    row.old_symbol = symbol_of(olds[p.old_doc]);
    row.new_symbol = symbol_of(news[p.new_doc]);
    row.how = p.how;
  };
  if (options.compare_pairs) {
    std::lock_guard<std::mutex> lock(progress_mutex);
    total += plan.pairs.size();
  }
  parallel_for(options.compare_pairs ? plan.pairs.size() : 0, threads, [&](size_t k) {
    const DocumentPair& p = plan.pairs[k];
    const Document& a = olds[p.old_doc];
    const Document& b = news[p.new_doc];
    BatchRow& row = pair_rows[k];
    name_pair(row, k);
    row.title = b.meta.title.value_or(a.meta.title.value_or(""));
    try {
      Report report = compare(a, b, options.compare);
      row.kind = BatchRow::Kind::Pair;
      row.report_name = stem(row.old_path) + "--" + stem(row.new_path) + extension(options.format);
      row.report = render(report, options.format);
      row.json = render_json_line(report);
      row.preambular = report.preambular;
      row.operative = report.operative;
      row.other = report.other;
      row.technical_only = report.technical_only;
      row.differs = report.has_differences();
    } catch (const std::exception& e) {
      row.kind = BatchRow::Kind::Error;
      row.message = std::string("internal error: ") + e.what();
    }
  }, step);

  if (!options.compare_pairs) {
    for (size_t k = 0; k < plan.pairs.size(); ++k) name_pair(pair_rows[k], k);
  }
  for (BatchRow& row : pair_rows) result.rows.push_back(std::move(row));
  for (size_t i = 0; i < files.size(); ++i) {
    if (errors[i].empty()) continue;
    BatchRow row;
    row.kind = BatchRow::Kind::Error;
    (i < old_files.size() ? row.old_path : row.new_path) = files[i];
    row.message = errors[i];
    result.rows.push_back(std::move(row));
  }
  for (const Ambiguity& amb : plan.ambiguous) {
    BatchRow row;
    row.kind = BatchRow::Kind::Ambiguous;
    std::string olds_list, news_list;
    for (size_t o : amb.old_docs) olds_list += (olds_list.empty() ? "" : ", ") + files[old_at[o]];
    for (size_t n : amb.new_docs) news_list += (news_list.empty() ? "" : ", ") + files[new_at[n]];
    row.old_path = olds_list;
    row.new_path = news_list;
    const Document& first = news[amb.new_docs.front()];
    row.title = first.meta.title.value_or("");
    row.message = "several documents could follow each other with the same evidence: " + olds_list + " and " + news_list;
    result.rows.push_back(std::move(row));
  }
  // A document of one session that none of the other follows or precedes.
  auto unpaired = [&](const std::string& path, const Document& doc, bool old_side, const char* message) {
    BatchRow row;
    row.kind = BatchRow::Kind::Unpaired;
    (old_side ? row.old_path : row.new_path) = path;
    (old_side ? row.old_symbol : row.new_symbol) = symbol_of(doc);
    row.title = doc.meta.title.value_or("");
    row.message = message;
    result.rows.push_back(std::move(row));
  };
  for (size_t o : plan.unpaired_old) unpaired(files[old_at[o]], olds[o], true, "no document of the new session follows it");
  for (size_t n : plan.unpaired_new) unpaired(files[new_at[n]], news[n], false, "no document of the old session comes before it");
  return result;
}

}  // namespace resdiff
