// The batch's index files: index.html (a sortable table of every row), index.jsonl (the JSON
// report of every compared pair, one per line) and problems.jsonl (every row that is not a pair).
//
// index.html is one self-contained page: a summary line, then a table with a row per compared
// pair (old → new symbols linking to the pair's report, the title, how the pair was found, the
// counts of changed, moved, inserted, deleted, split and merged clauses, "technical only" or not)
// and a row per document that was not compared (read error, ambiguous, unpaired) with its reason.
// Clicking a column heading sorts by it (a few lines of script; numbers sort as numbers). For
// example a row reads
//   78/43 → 79/42 | Measures to prevent terrorists… | recalls and title | 3 | 0 | 1 | 0 | 0 | 0 | yes
#include <string>

#include "render/html_style.hpp"
#include "render/json_writer.hpp"
#include "resdiff/batch.hpp"
#include "resdiff/render.hpp"

namespace resdiff {
namespace {

using html_assets::esc;  // the render stage's HTML escaping, one for every page

/// A JSON string literal, written as the JSON reports write theirs (the problems file only holds
/// paths and messages).
std::string quote(const std::string& s) {
  std::string out;
  render_json_detail::append_string(out, s);
  return out;
}

Counts sum(const BatchRow& row) {
  Counts c;
  for (const Counts* part : {&row.preambular, &row.operative, &row.other}) {
    c.unchanged += part->unchanged;
    c.changed += part->changed;
    c.moved += part->moved;
    c.inserted += part->inserted;
    c.deleted += part->deleted;
    c.split += part->split;
    c.merged += part->merged;
  }
  return c;
}

const char* kind_word(BatchRow::Kind kind) {
  switch (kind) {
    case BatchRow::Kind::Pair: return "pair";
    case BatchRow::Kind::Error: return "error";
    case BatchRow::Kind::Unpaired: return "unpaired";
    case BatchRow::Kind::Ambiguous: return "ambiguous";
  }
  return "error";
}

std::string name_of(const std::string& symbol, const std::string& path) {
  if (!symbol.empty()) return symbol;
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

const char* kStyle =
    "body{font:14px/1.4 system-ui,sans-serif;margin:2em}table{border-collapse:collapse}"
    "th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left}td.n{text-align:right}"
    "th{background:#eee;cursor:pointer;user-select:none}tr.problem td{background:#fff4e5}"
    "th[aria-sort=ascending]::after{content:' \\25B2'}th[aria-sort=descending]::after{content:' \\25BC'}";

const char* kScript =
    "document.querySelectorAll('th').forEach(function(th,col){th.addEventListener('click',function(){"
    "var body=th.closest('table').tBodies[0],rows=Array.from(body.rows),"
    "up=th.getAttribute('aria-sort')!=='ascending';"
    "th.parentNode.querySelectorAll('th').forEach(function(h){h.removeAttribute('aria-sort')});"
    "th.setAttribute('aria-sort',up?'ascending':'descending');"
    "rows.sort(function(a,b){var x=a.cells[col].dataset.v||a.cells[col].textContent,"
    "y=b.cells[col].dataset.v||b.cells[col].textContent,p=parseFloat(x),q=parseFloat(y),"
    "r=(!isNaN(p)&&!isNaN(q))?p-q:x.localeCompare(y);return up?r:-r});"
    "rows.forEach(function(r){body.appendChild(r)})})});";

}  // namespace

std::string render_batch_index_html(const BatchResult& result) {
  size_t pairs = 0, technical = 0, same = 0, problems = 0;
  for (const BatchRow& row : result.rows) {
    if (row.kind != BatchRow::Kind::Pair) {
      ++problems;
      continue;
    }
    ++pairs;
    if (!row.differs) ++same;
    else if (row.technical_only) ++technical;
  }
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>resdiff batch</title>\n<style>";
  out += kStyle;
  out += "</style>\n</head>\n<body>\n<h1>resdiff batch</h1>\n<p>";
  out += std::to_string(result.documents_read) + " documents read, " + std::to_string(pairs) + " pairs compared (" +
         std::to_string(same) + " without differences, " + std::to_string(technical) + " with technical updates only), " +
         std::to_string(problems) + " documents or groups not compared.</p>\n";
  out += "<table>\n<thead><tr><th>pair</th><th>title</th><th>paired by</th><th>changed</th><th>moved</th>"
         "<th>inserted</th><th>deleted</th><th>split</th><th>merged</th><th>technical only</th><th>note</th></tr></thead>\n<tbody>\n";
  for (const BatchRow& row : result.rows) {
    std::string pair = esc(name_of(row.old_symbol, row.old_path)) + " → " + esc(name_of(row.new_symbol, row.new_path));
    if (row.kind == BatchRow::Kind::Pair) {
      Counts c = sum(row);
      out += "<tr><td><a href=\"" + esc(row.report_name) + "\">" + pair + "</a></td><td>" + esc(row.title) +
             "</td><td>" + (row.how ? paired_by_name(*row.how) : "") + "</td>";
      for (int n : {c.changed, c.moved, c.inserted, c.deleted, c.split, c.merged})
        out += "<td class=\"n\">" + std::to_string(n) + "</td>";
      out += std::string("<td>") + (!row.differs ? "no difference" : row.technical_only ? "yes" : "no") + "</td><td></td></tr>\n";
    } else {
      if (row.old_path.empty()) pair = "— → " + esc(name_of(row.new_symbol, row.new_path));
      if (row.new_path.empty()) pair = esc(name_of(row.old_symbol, row.old_path)) + " → —";
      out += "<tr class=\"problem\"><td>" + pair + "</td><td>" + esc(row.title) + "</td><td>" + kind_word(row.kind) +
             "</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td><td>" + esc(row.message) + "</td></tr>\n";
    }
  }
  out += "</tbody>\n</table>\n<script>";
  out += kScript;
  out += "</script>\n</body>\n</html>\n";
  return out;
}

std::string render_batch_index_jsonl(const BatchResult& result) {
  std::string out;
  for (const BatchRow& row : result.rows)
    if (row.kind == BatchRow::Kind::Pair) out += row.json + "\n";
  return out;
}

std::string render_batch_problems_jsonl(const BatchResult& result) {
  std::string out;
  for (const BatchRow& row : result.rows) {
    if (row.kind == BatchRow::Kind::Pair) continue;
    out += std::string("{\"kind\":\"") + kind_word(row.kind) + "\",\"old\":" + quote(row.old_path) +
           ",\"new\":" + quote(row.new_path) + ",\"message\":" + quote(row.message) + "}\n";
  }
  return out;
}

}  // namespace resdiff
