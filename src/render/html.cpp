// The HTML report (`--format html`): one self-contained page a drafter reads in a browser, mails
// or prints. A header naming both documents, a summary table (counted as every view counts,
// render/tally.cpp), the list of changes in the words of a committee report (substantive first,
// render/committee.cpp), each linked to its clause, the metadata changes, then every clause with
// its label, old → new number, an inline redline (<del>/<ins>, technical edits muted) and a
// side-by-side view (old | new), unchanged clauses collapsed in <details>. A moved clause leaves
// a note at its old place ("old-PP5", linked both ways). Each clause has an anchor on the new
// numbering ("PP5", "OP6"; a deleted one "old-OP3"). The keys j / n and k / p (and two buttons)
// step to the next and previous change. No external assets; every text is escaped and carries
// the document's language and direction (dir="rtl" for Arabic, else dir="auto").
#include <array>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include "html_style.hpp"
#include "names.hpp"
#include "render/committee.hpp"
#include "render/places.hpp"
#include "resdiff/report_words.hpp"
#include "render/tally.hpp"
#include "resdiff/language.hpp"
#include "resdiff/render.hpp"

namespace resdiff {

namespace {

using html_assets::anchor_of;
using html_assets::esc;
using html_assets::marked;
using html_assets::redline;
using render_names::doc_detail;
using render_names::doc_name;
using render_names::entry_label;

bool edited(const Entry& entry) {
  for (const Edit& e : entry.edits) {
    if (e.op != Edit::Op::Equal) return true;
  }
  return false;
}

bool has_technical_edit(const Entry& entry) {
  for (const Edit& e : entry.edits) {
    if (e.op != Edit::Op::Equal && e.technical) return true;
  }
  return false;
}

const char* part_title(ClauseKind kind) { return render_tally::section_name(kind); }

class HtmlView {
 public:
  /// With a sink, the page is handed to it in pieces of ~64 KiB as the clauses are written.
  explicit HtmlView(const Report& report, Sink* sink = nullptr) : r_(report), sink_(sink) {}

  std::string render() {
    std::string lang = esc(r_.new_doc.meta.language.value_or(r_.old_doc.meta.language.value_or("en")));
    std::string title = "Changes from " + doc_name(r_.old_doc) + " to " + doc_name(r_.new_doc);
    o_ += "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n";
    o_ += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    o_ += "<meta name=\"generator\" content=\"resdiff\">\n";
    o_ += "<title>" + esc(title) + "</title>\n<style>" + std::string(html_assets::stylesheet()) + "</style>\n</head>\n<body>\n";
    assign_ids();
    header(title);
    summary();
    changes();
    metadata();
    clauses();
    o_ += "<footer>Made by resdiff. <del>Struck through</del>: deleted; <ins>underlined</ins>: inserted; "
          "<del class=\"tech\">muted</del> <ins class=\"tech\">edits</ins>: technical updates (sessions, dates, symbols).</footer>\n";
    o_ += "<script>" + std::string(html_assets::script()) + "</script>\n</body>\n</html>\n";
    flush(0);
    return std::move(o_);
  }

 private:
  const Report& r_;
  Sink* sink_;
  std::string o_;

  // Hands the page written so far to the sink once it holds at least `at_least` bytes.
  void flush(size_t at_least) {
    if (sink_ == nullptr || o_.empty() || o_.size() < at_least) return;
    sink_->write(o_);
    o_.clear();
  }

  std::string lang_attr(const Document& doc) const {
    // A right-to-left document's texts run right to left even where they open with a number or
    // a symbol ("A/78/300."), which dir="auto" would read as left to right.
    bool rtl = lang::of(doc.meta.language).direction == Direction::RightToLeft;
    std::string attr = rtl ? " dir=\"rtl\"" : " dir=\"auto\"";
    if (doc.meta.language) attr += " lang=\"" + esc(*doc.meta.language) + "\"";
    return attr;
  }

  void doc_card(const Document& doc, const char* role) {
    o_ += "<div class=\"doc\"><div class=\"role\">" + std::string(role) + "</div>";
    o_ += "<div class=\"symbol\">" + esc(doc_name(doc)) + "</div>";
    std::string detail = doc_detail(doc);
    if (!detail.empty()) o_ += "<div class=\"detail\">" + esc(detail) + "</div>";
    if (doc.meta.title) o_ += "<div class=\"title\"" + lang_attr(doc) + ">" + esc(*doc.meta.title) + "</div>";
    if (!doc.path.empty()) o_ += "<div class=\"path\">" + esc(doc.path) + "</div>";
    o_ += "</div>\n";
  }

  void header(const std::string& title) {
    const std::optional<std::string>& doc_title = r_.new_doc.meta.title ? r_.new_doc.meta.title : r_.old_doc.meta.title;
    o_ += "<header class=\"report\">\n<h1>" + esc(title);
    if (doc_title) o_ += "<br><small" + lang_attr(r_.new_doc) + ">" + esc(*doc_title) + "</small>";
    o_ += "</h1>\n<div class=\"docs\">\n";
    doc_card(r_.old_doc, "Old");
    o_ += "<div class=\"arrow\" aria-hidden=\"true\">→</div>\n";
    doc_card(r_.new_doc, "New");
    o_ += "</div>\n";
    if (!r_.has_differences()) {
      o_ += "<p class=\"verdict\">No differences.</p>\n";
    } else if (r_.technical_only) {
      o_ += "<p class=\"verdict\">Technical updates only (sessions, dates, symbols): nothing substantive changed.</p>\n";
    }
    o_ += "</header>\n";
  }

  void summary() {
    o_ += "<section id=\"summary\">\n<h2>Summary</h2>\n<table class=\"summary\">\n<thead><tr><th>Part</th>";
    static const std::array<const char*, 9> columns = {"unchanged", "changed", "moved", "inserted", "deleted",
                                                       "split", "merged", "technical", "substantive"};
    static const std::array<Status, 7> statuses = {Status::Unchanged, Status::Changed, Status::Moved, Status::Inserted,
                                                   Status::Deleted,   Status::Split,   Status::Merged};
    for (const char* c : columns) o_ += std::string("<th class=\"n\">") + c + "</th>";
    o_ += "</tr></thead>\n<tbody>\n";
    std::array<int, 9> total{};
    auto row = [&](const std::string& name, const char* key, const std::array<int, 9>& v) {
      o_ += std::string("<tr class=\"") + key + "\"><th>" + esc(name) + "</th>";
      for (size_t i = 0; i < v.size(); ++i) {
        o_ += std::string("<td class=\"n ") + columns[i] + (v[i] == 0 ? " zero" : "") + "\">" + std::to_string(v[i]) + "</td>";
      }
      o_ += "</tr>\n";
    };
    for (const render_tally::PartTally& t : render_tally::part_tallies(r_)) {
      std::array<int, 9> v{};
      for (size_t i = 0; i < statuses.size(); ++i) v[i] = t.count(statuses[i]);
      v[7] = t.technical;
      v[8] = t.substantive;
      for (size_t i = 0; i < v.size(); ++i) total[i] += v[i];
      row(std::string(render_tally::part_name(t.kind)) + " (" + std::to_string(t.old_count) + " → " + std::to_string(t.new_count) +
              ")",
          kind_name(t.kind), v);
    }
    row("All clauses", "total", total);
    o_ += "</tbody>\n</table>\n</section>\n";
  }

  // The list of changes in the words of a committee report, substantive first, each sentence
  // linked to its clause (a footnote's to the clause citing it, a detail's to the metadata table).
  void changes() {
    const ReportWords& words = render_committee::report_words(r_);
    render_committee::Sentences s = render_committee::sentences(r_, words);
    if (s.substantive.empty() && s.technical.empty()) return;
    // in the document's language when the words are its own (lang, and dir for Arabic)
    std::string heading = words.changes_heading.empty() ? std::string("Changes") : esc(std::string(words.changes_heading));
    std::string lang = &words == lang::english().report_words ? std::string() : lang_attr(r_.new_doc);
    o_ += "<nav id=\"changes\" aria-label=\"" + heading + "\"" + lang + ">\n<h2>" + heading + "</h2>\n";
    auto list = [&](std::string_view heading, const std::vector<render_committee::Item>& items, const char* cls) {
      if (items.empty()) return;
      o_ += "<h3>" + esc(std::string(heading)) + "</h3>\n<ol class=\"changes " + cls + "\">\n";
      for (const render_committee::Item& item : items) {
        // a clause's sentence links to the clause, a footnote's to the clause citing it, the rest to the metadata
        std::optional<size_t> entry = item.entries.empty() ? item.cited_in : std::optional<size_t>(item.entries.front());
        std::string target = entry ? ids_[*entry] : std::string("metadata");
        std::string label = entry ? entry_label(r_, r_.entries[*entry]) : std::string("metadata");
        o_ += "<li><a class=\"label\" href=\"#" + esc(target) + "\">" + esc(label) + "</a> ";
        for (const render_committee::Phrase& p : item.sentence) {
          if (p.quoted) o_ += "<q" + lang_attr(r_.new_doc) + ">" + esc(p.text) + "</q>";
          else o_ += esc(p.text);
        }
        o_ += "</li>\n";
      }
      o_ += "</ol>\n";
    };
    list(words.substantive_heading, s.substantive, "substantive");
    list(words.technical_heading, s.technical, "technical");
    o_ += "</nav>\n";
  }

  // A metadata value with the words it shares with the other side left plain and the differing
  // middle marked: "<del>45th</del> plenary meeting, …" (cut back to spaces so words stay whole).
  static std::string value_html(const std::string& value, const std::optional<std::string>& other, bool old_side, bool technical) {
    const char* tag = old_side ? "del" : "ins";
    if (!other) return marked(tag, value, technical);
    const std::string& a = value;
    const std::string& b = *other;
    const auto [prefix, suffix] = render_names::shared_ends(a, b);
    return esc(a.substr(0, prefix)) + marked(tag, a.substr(prefix, a.size() - prefix - suffix), technical) + esc(a.substr(a.size() - suffix));
  }

  void value_cell(const std::optional<std::string>& value, const std::optional<std::string>& other, bool old_side, bool technical,
                  const Document& doc) {
    o_ += "<td" + lang_attr(doc) + ">";
    if (value) {
      o_ += value_html(*value, other, old_side, technical);
    } else {
      o_ += "<span class=\"note\">—</span>";
    }
    o_ += "</td>";
  }

  void metadata() {
    if (r_.metadata.empty()) return;
    o_ += "<section id=\"metadata\">\n<h2>Metadata</h2>\n<table class=\"meta\">\n<thead><tr><th>Field</th><th>Old</th><th>New</th><th></th></tr></thead>\n<tbody>\n";
    for (const MetadataRow& row : r_.metadata) {
      std::string field = row.field;
      for (char& c : field) c = c == '_' ? ' ' : c;
      o_ += "<tr class=\"" + std::string(row.technical ? "technical" : "substantive") + "\"><td class=\"field\">" + esc(field) + "</td>";
      value_cell(row.old_value, row.new_value, true, row.technical, r_.old_doc);
      value_cell(row.new_value, row.old_value, false, row.technical, r_.new_doc);
      o_ += std::string("<td>") + (row.technical ? "<span class=\"tag technical\">technical</span>" : "") + "</td></tr>\n";
    }
    o_ += "</tbody>\n</table>\n</section>\n";
  }

  std::string anchor(const Entry& entry) const {
    if (!entry.new_clauses.empty() && entry.new_clauses.front() < r_.new_doc.clauses.size()) {
      return anchor_of(clause_label(r_.new_doc.clauses[entry.new_clauses.front()]));
    }
    if (!entry.old_clauses.empty() && entry.old_clauses.front() < r_.old_doc.clauses.size()) {
      return "old-" + anchor_of(clause_label(r_.old_doc.clauses[entry.old_clauses.front()]));
    }
    return "";
  }

  std::string unique(std::string id) {
    if (id.empty()) id = "clause";
    std::string candidate = id;
    for (int n = 2; used_.count(candidate) > 0; ++n) candidate = id + "-" + std::to_string(n);
    used_.insert(candidate);
    return candidate;
  }
  std::set<std::string> used_{"summary", "changes", "metadata", "view-inline", "view-side", "clauses"};
  std::vector<std::string> ids_;        // the anchor of each entry
  std::vector<std::string> ghost_ids_;  // the anchor of each moved entry's old place ("" for others)

  // Every entry's anchor, and the old place's of every moved entry, before anything links them.
  void assign_ids() {
    ids_.resize(r_.entries.size());
    ghost_ids_.resize(r_.entries.size());
    for (size_t i = 0; i < r_.entries.size(); ++i) ids_[i] = unique(anchor(r_.entries[i]));
    for (size_t i = 0; i < r_.entries.size(); ++i) {
      const Entry& e = r_.entries[i];
      if (e.status != Status::Moved || e.old_clauses.empty() || e.old_clauses.front() >= r_.old_doc.clauses.size()) continue;
      ghost_ids_[i] = unique("old-" + anchor_of(clause_label(r_.old_doc.clauses[e.old_clauses.front()])));
    }
  }

  void clauses() {
    o_ += "<input type=\"radio\" name=\"view\" id=\"view-inline\" class=\"view-radio\" checked>\n"
          "<input type=\"radio\" name=\"view\" id=\"view-side\" class=\"view-radio\">\n"
          "<div class=\"toolbar\" role=\"group\" aria-label=\"View\"><span class=\"views\">"
          "<label for=\"view-inline\">Inline redline</label><label for=\"view-side\">Side by side</label></span>"
          "<span class=\"legend\"><del>deleted</del> <ins>inserted</ins> <del class=\"tech\">technical</del> "
          "<ins class=\"tech\">update</ins></span>"
          "<span class=\"keys\"><kbd>j</kbd>/<kbd>n</kbd> next change, <kbd>k</kbd>/<kbd>p</kbd> previous</span></div>\n"
          "<main id=\"clauses\">\n";
    const char* part = nullptr;
    for (const render_places::Place& place : render_places::reading_places(r_)) {
      const Entry& entry = r_.entries[place.entry];
      ClauseKind kind = place.ghost ? r_.old_doc.clauses[entry.old_clauses.front()].kind : entry.kind;
      const char* title = part_title(kind);
      if (part == nullptr || std::string(part) != title) {
        if (part != nullptr) o_ += "</section>\n";
        part = title;
        o_ += "<section class=\"part\">\n<h2>" + std::string(title) + "</h2>\n";
      }
      if (place.ghost) {
        ghost(place.entry);
      } else if (entry.status == Status::Unchanged) {
        unchanged(place.entry);
      } else {
        change(place.entry);
      }
      flush(kSinkChunkBytes);
    }
    if (part != nullptr) o_ += "</section>\n";
    o_ += "</main>\n";
  }

  // The note a moved clause leaves at its old place, linked to where it went.
  void ghost(size_t i) {
    const Entry& entry = r_.entries[i];
    std::string old_label = render_names::clause_labels(r_.old_doc, entry.old_clauses);
    std::string new_label = render_names::clause_labels(r_.new_doc, entry.new_clauses);
    o_ += "<div class=\"clause ghost\" id=\"" + esc(ghost_ids_[i]) + "\"><span class=\"label\">" + esc(old_label) +
          "</span> <span class=\"tag status-moved\">moved</span> <a href=\"#" + esc(ids_[i]) + "\">→ " + esc(new_label) +
          "</a> <span class=\"preview\"" + lang_attr(r_.old_doc) + ">" +
          esc(render_names::clause_texts(r_.old_doc, entry.old_clauses)) + "</span></div>\n";
  }

  void unchanged(size_t i) {
    const Entry& entry = r_.entries[i];
    const std::string& id = ids_[i];
    std::string text = render_names::clause_texts(r_.new_doc, entry.new_clauses);
    std::string label = entry_label(r_, entry);
    o_ += "<details class=\"clause unchanged\" id=\"" + esc(id) + "\"><summary><a class=\"label\" href=\"#" + esc(id) + "\">" +
          esc(label) + "</a> <span class=\"preview\"" + lang_attr(r_.new_doc) + ">" + esc(text) + "</span></summary>";
    o_ += "<p" + lang_attr(r_.new_doc) + ">" + esc(text) + "</p></details>\n";
  }

  void change(size_t i) {
    const Entry& entry = r_.entries[i];
    const std::string& id = ids_[i];
    bool has_edits = edited(entry);
    std::string cls = std::string("clause ") + status_name(entry.status);
    bool regrouped_or_changed = entry.status != Status::Inserted && entry.status != Status::Deleted;
    if (entry.technical) cls += " technical";
    else if (has_edits && regrouped_or_changed) cls += " substantive";
    o_ += "<article class=\"" + cls + "\" id=\"" + esc(id) + "\" data-change>\n<div class=\"head\"><a class=\"label\" href=\"#" + esc(id) + "\">" +
          esc(entry_label(r_, entry)) + "</a>";
    std::string status = status_name(entry.status);
    if (entry.status == Status::Moved && has_edits) status = "moved and changed";
    o_ += " <span class=\"tag status-" + std::string(status_name(entry.status)) + "\">" + status + "</span>";
    if (has_edits && regrouped_or_changed) {
      if (entry.technical) {
        o_ += "<span class=\"tag technical\">technical</span>";
      } else {
        o_ += "<span class=\"tag substantive\">substantive</span>";
        if (has_technical_edit(entry)) o_ += "<span class=\"tag technical\">+ technical updates</span>";
      }
    }
    // secondary anchors for the other clauses of a split, and the old place of a moved clause
    for (size_t i = 1; i < entry.new_clauses.size(); ++i) {
      if (entry.new_clauses[i] < r_.new_doc.clauses.size()) {
        std::string extra = anchor_of(clause_label(r_.new_doc.clauses[entry.new_clauses[i]]));
        if (used_.insert(extra).second) o_ += "<span id=\"" + esc(extra) + "\"></span>";
      }
    }
    if (!ghost_ids_[i].empty()) o_ += " <a class=\"from\" href=\"#" + esc(ghost_ids_[i]) + "\">from its old place</a>";
    o_ += "</div>\n";

    std::string old_text = render_names::clause_texts(r_.old_doc, entry.old_clauses);
    std::string new_text = render_names::clause_texts(r_.new_doc, entry.new_clauses);
    std::string inline_html, old_html, new_html;
    if (!entry.edits.empty()) {
      inline_html = redline(entry.edits, true, true);
      old_html = redline(entry.edits, true, false);
      new_html = redline(entry.edits, false, true);
    } else if (entry.status == Status::Deleted) {
      inline_html = old_html = "<del>" + esc(old_text) + "</del>";
    } else if (entry.status == Status::Inserted) {
      inline_html = new_html = "<ins>" + esc(new_text) + "</ins>";
    } else {
      inline_html = new_html = esc(new_text);
      old_html = esc(old_text);
    }
    const Document& inline_doc = entry.new_clauses.empty() ? r_.old_doc : r_.new_doc;
    o_ += "<div class=\"inline\"><p" + lang_attr(inline_doc) + ">" + inline_html + "</p></div>\n";
    auto column = [&](const char* role, const std::string& label, const std::string& html, const Document& doc) {
      o_ += std::string("<div class=\"col ") + role + "\"><div class=\"col-head\">" + role + (label.empty() ? "" : " · " + esc(label)) + "</div>";
      if (html.empty()) {
        o_ += std::string("<p class=\"empty\">") + (std::string(role) == "old" ? "(not in the old text)" : "(not in the new text)") + "</p>";
      } else {
        o_ += "<p" + lang_attr(doc) + ">" + html + "</p>";
      }
      o_ += "</div>";
    };
    o_ += "<div class=\"side\">";
    column("old", render_names::clause_labels(r_.old_doc, entry.old_clauses), entry.old_clauses.empty() ? "" : old_html, r_.old_doc);
    column("new", render_names::clause_labels(r_.new_doc, entry.new_clauses), entry.new_clauses.empty() ? "" : new_html, r_.new_doc);
    o_ += "</div>\n</article>\n";
  }
};

}  // namespace

std::string render_html(const Report& report, const RenderOptions& /*options: the page has no options yet*/) {
  return HtmlView(report).render();
}

void render_html(const Report& report, const RenderOptions& /*options*/, Sink& sink) { HtmlView(report, &sink).render(); }

}  // namespace resdiff
