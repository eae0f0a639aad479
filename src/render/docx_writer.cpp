// `--format docx`: the new text of a comparison as a Word document whose changes are real
// tracked changes, signed with DocxOptions::author and ::date.
//
// The body follows the new document: the header lines (symbol, session, agenda item, title,
// adoption, committee report, "80/41. Title"), "The General Assembly,", the recitals with their
// openers in italics, the operative paragraphs and sub-paragraphs with Word's automatic
// numbering (numPr: level 0 "1.", level 1 "(a)", level 2 "(i)"), the closing, the annex. Each
// report entry becomes paragraphs:
//
//   unchanged          the new text
//   changed            the new paragraph with the word edits inline: <w:del><w:r><w:delText>…
//                      and <w:ins><w:r><w:t>…
//   inserted           a paragraph whose runs are inside w:ins and whose mark is inserted
//                      (<w:pPr><w:rPr><w:ins …/></w:rPr></w:pPr>)
//   deleted            the old paragraph at its old place: runs inside w:del, mark deleted
//   moved              a Word move: w:moveFrom at its old place, w:moveTo at its new one (named
//                      ranges pair them); the new text as a whole when it also changed
//   split, merged      the old paragraphs deleted, the new ones inserted, where the entry stands
//
// Header lines and the closing are tracked the same way (a changed line carries its word edits).
// A clause's footnote references stand at the end of its paragraph (the Document keeps which
// footnotes a clause cites, not where); each reference has a footnote of its own in
// word/footnotes.xml, whose text is the new one with the word edits tracked when the note
// changed. Reading the result with every change accepted gives the new document's clauses;
// reading it as before the changes (--docx-original) gives the old document's.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>
#include <optional>

#include "render/docx_parts.hpp"
#include "render/resolution_text.hpp"
#include "resdiff/diff.hpp"
#include "resdiff/render.hpp"

namespace resdiff {

namespace {

using namespace render_docx_detail;
using render_resolution::opener_length;

// How a run or a paragraph mark stands in the revision history.
enum class Mark { Plain, Inserted, Deleted, MovedFrom, MovedTo };

// The revision element of a mark ("" for Plain), and whether its text is gone in the new version.
const char* revision_tag(Mark mark) {
  switch (mark) {
    case Mark::Inserted: return "w:ins";
    case Mark::Deleted: return "w:del";
    case Mark::MovedFrom: return "w:moveFrom";
    case Mark::MovedTo: return "w:moveTo";
    case Mark::Plain: break;
  }
  return "";
}

bool removed(Mark mark) { return mark == Mark::Deleted || mark == Mark::MovedFrom; }

// A stretch of clause text with one revision mark and one italic setting.
struct Piece {
  Mark mark = Mark::Plain;
  std::string text;
  bool italic = false;
};

// The paragraph properties the body uses.
struct Para {
  int num_id = 0;     // 0: not numbered
  int ilvl = 0;
  bool indent = false;  // first-line indent (recitals)
  const char* jc = nullptr;
  int size = 0;       // half-points, 0: the style's
  std::string move;   // the name of the move a moved paragraph belongs to
};

// Builds word/document.xml's body and word/footnotes.xml for one report; holds the revision
// and footnote counters of that one document.
class Writer {
 public:
  Writer(const DocxOptions& options, std::string date) : author_(options.author), date_(std::move(date)) {}

  // Every paragraph of the report, then the section properties.
  std::string body(const Report& report);

  // word/footnotes.xml: the two separators, then one footnote per reference made.
  std::string footnotes() const;

 private:
  // A run (or reference run) inside the revision element of mark; as it is when Plain.
  std::string tracked(Mark mark, const std::string& r) {
    if (mark == Mark::Plain) return r;
    std::string tag = revision_tag(mark);
    return "<" + tag + revision_attributes() + ">" + r + "</" + tag + ">";
  }

  std::string revision_attributes() {
    return " w:id=\"" + std::to_string(next_revision_++) + "\" w:author=\"" + xml_escape(author_) + "\" w:date=\"" +
           xml_escape(date_) + "\"";
  }

  // One run (in its w:ins / w:del wrapper when tracked).
  std::string run(const Piece& piece, int size = 0);
  // A footnote reference run, tracked as mark says, to a new footnote holding pieces.
  std::string footnote_reference(Mark mark, std::vector<Piece> note);
  // A whole paragraph: properties, tracked paragraph mark, runs.
  std::string paragraph(const Para& para, Mark mark, const std::string& runs);
  // A paragraph of pieces (mark: the paragraph mark's revision).
  std::string paragraph(const Para& para, Mark mark, const std::vector<Piece>& pieces, const std::string& extra = "");

  // The pieces of an old → new text change, italics on each side's opener when italic_opener.
  std::vector<Piece> change_pieces(const std::string& old_text, const std::string& new_text,
                                   const std::vector<Edit>* edits, bool italic_opener);
  // A text wholly inserted or deleted (or plain), opener in italics when asked.
  std::vector<Piece> whole_pieces(const std::string& text, Mark mark, bool italic_opener);

  // A header-like line that may have changed: nothing when both are absent.
  std::string line(const std::optional<std::string>& old_text, const std::optional<std::string>& new_text,
                   const Para& para);

  // The paragraph of one clause, its whole text marked as mark (move: the move's name).
  std::string clause(const Clause& c, Mark mark, const std::string& move = "");
  // The paragraph of a clause paired with its old version.
  std::string changed_clause(const Clause& old_clause, const Clause& new_clause, const std::vector<Edit>& edits);
  // The footnote reference runs of a clause whose text is wholly marked.
  std::string references(const std::vector<std::string>& notes, Mark mark);

  std::string author_;
  std::string date_;
  int next_revision_ = 1;
  std::vector<std::string> footnotes_;  // <w:footnote> elements, id = position + 1
  Tokenizer tokenizer_;
  const Language* language_ = &lang::english();  // the new document's: its words and openers
};

bool has_opener(ClauseKind kind) { return kind == ClauseKind::Preambular || kind == ClauseKind::Operative; }

// The paragraph properties of a clause: numbering from its kind and number path.
Para clause_para(const Clause& c) {
  Para para;
  if (c.kind == ClauseKind::Preambular) para.indent = true;
  bool numbered = c.kind == ClauseKind::Operative || c.kind == ClauseKind::Subparagraph || c.kind == ClauseKind::Annex;
  if (numbered && !c.number.empty()) {
    size_t depth = render_resolution::number_parts(c.number).size();
    para.num_id = c.kind == ClauseKind::Annex ? kAnnexNumId : kOperativeNumId;
    para.ilvl = static_cast<int>(depth == 0 ? 0 : std::min<size_t>(depth - 1, 8));
  } else if (c.kind == ClauseKind::Operative || c.kind == ClauseKind::Subparagraph) {
    para.indent = true;
  }
  return para;
}

std::string Writer::run(const Piece& piece, int size) {
  if (piece.text.empty()) return "";
  std::string props;
  if (piece.italic) props += "<w:i/><w:iCs/>";
  if (size > 0) props += "<w:sz w:val=\"" + std::to_string(size) + "\"/><w:szCs w:val=\"" + std::to_string(size) + "\"/>";
  std::string r = "<w:r>";
  if (!props.empty()) r += "<w:rPr>" + props + "</w:rPr>";
  const char* tag = removed(piece.mark) ? "w:delText" : "w:t";
  r += std::string("<") + tag + " xml:space=\"preserve\">" + xml_escape(piece.text) + "</" + tag + "></w:r>";
  return tracked(piece.mark, r);
}

std::string Writer::footnote_reference(Mark mark, std::vector<Piece> note) {
  int id = static_cast<int>(footnotes_.size()) + 1;
  std::string runs;
  for (Piece& piece : note) {
    // A deleted reference keeps its note readable as it was: its text is not tracked again.
    if (mark != Mark::Plain) piece.mark = Mark::Plain;
    runs += run(piece);
  }
  footnotes_.push_back("<w:footnote w:id=\"" + std::to_string(id) +
                       "\"><w:p><w:pPr><w:pStyle w:val=\"FootnoteText\"/></w:pPr>"
                       "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r>"
                       "<w:r><w:tab/></w:r>" +
                       runs + "</w:p></w:footnote>");
  std::string r = "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"" +
                  std::to_string(id) + "\"/></w:r>";
  return tracked(mark, r);
}

std::string Writer::paragraph(const Para& para, Mark mark, const std::string& runs) {
  std::string props;
  if (para.num_id > 0) {
    props += "<w:numPr><w:ilvl w:val=\"" + std::to_string(para.ilvl) + "\"/><w:numId w:val=\"" +
             std::to_string(para.num_id) + "\"/></w:numPr>";
  }
  if (para.indent) props += "<w:ind w:firstLine=\"567\"/>";
  if (para.jc != nullptr) props += std::string("<w:jc w:val=\"") + para.jc + "\"/>";
  if (mark != Mark::Plain) props += std::string("<w:rPr><") + revision_tag(mark) + revision_attributes() + "/></w:rPr>";
  std::string p = "<w:p>";
  if (!props.empty()) p += "<w:pPr>" + props + "</w:pPr>";
  if ((mark == Mark::MovedFrom || mark == Mark::MovedTo) && !para.move.empty()) {
    // The move's range around the paragraph's content, named so that Word pairs both ends.
    std::string range = mark == Mark::MovedFrom ? "w:moveFromRange" : "w:moveToRange";
    std::string id = std::to_string(next_revision_++);
    return p + "<" + range + "Start w:id=\"" + id + "\" w:name=\"" + xml_escape(para.move) + "\" w:author=\"" +
           xml_escape(author_) + "\" w:date=\"" + xml_escape(date_) + "\"/>" + runs + "<" + range + "End w:id=\"" + id +
           "\"/></w:p>";
  }
  return p + runs + "</w:p>";
}

std::string Writer::paragraph(const Para& para, Mark mark, const std::vector<Piece>& pieces, const std::string& extra) {
  std::string runs;
  for (const Piece& piece : pieces) runs += run(piece, para.size);
  return paragraph(para, mark, runs + extra);
}

std::vector<Piece> Writer::whole_pieces(const std::string& text, Mark mark, bool italic_opener) {
  size_t opener = italic_opener ? opener_length(text, *language_) : 0;
  std::vector<Piece> pieces;
  if (opener > 0) pieces.push_back({mark, text.substr(0, opener), true});
  pieces.push_back({mark, text.substr(opener), false});
  return pieces;
}

std::vector<Piece> Writer::change_pieces(const std::string& old_text, const std::string& new_text,
                                         const std::vector<Edit>* edits, bool italic_opener) {
  std::vector<Edit> computed;
  if (edits == nullptr || reconstruct(*edits, true) != old_text || reconstruct(*edits, false) != new_text) {
    computed = word_diff(tokenizer_, old_text, new_text, *language_);
    edits = &computed;
  }
  size_t old_opener = italic_opener ? opener_length(old_text, *language_) : 0;
  size_t new_opener = italic_opener ? opener_length(new_text, *language_) : 0;
  size_t old_pos = 0, new_pos = 0;
  std::vector<Piece> pieces;
  // Adds text starting at pos on its side, cut where that side's opener ends.
  auto add = [&](Mark mark, const std::string& text, size_t pos, size_t opener) {
    size_t cut = pos < opener ? std::min(opener - pos, text.size()) : 0;
    if (cut > 0) pieces.push_back({mark, text.substr(0, cut), true});
    if (cut < text.size()) pieces.push_back({mark, text.substr(cut), false});
  };
  for (const Edit& edit : *edits) {
    if (edit.op == Edit::Op::Equal) {
      add(Mark::Plain, edit.text, new_pos, new_opener);
      old_pos += edit.text.size();
      new_pos += edit.text.size();
    } else if (edit.op == Edit::Op::Delete) {
      add(Mark::Deleted, edit.text, old_pos, old_opener);
      old_pos += edit.text.size();
    } else {
      add(Mark::Inserted, edit.text, new_pos, new_opener);
      new_pos += edit.text.size();
    }
  }
  return pieces;
}

std::string Writer::line(const std::optional<std::string>& old_text, const std::optional<std::string>& new_text,
                         const Para& para) {
  if (old_text && new_text) return paragraph(para, Mark::Plain, change_pieces(*old_text, *new_text, nullptr, false));
  if (new_text) return paragraph(para, Mark::Inserted, whole_pieces(*new_text, Mark::Inserted, false));
  if (old_text) return paragraph(para, Mark::Deleted, whole_pieces(*old_text, Mark::Deleted, false));
  return "";
}

std::string Writer::references(const std::vector<std::string>& notes, Mark mark) {
  std::string out;
  for (const std::string& note : notes) out += footnote_reference(mark, {{Mark::Plain, note, false}});
  return out;
}

std::string Writer::clause(const Clause& c, Mark mark, const std::string& move) {
  Para para = clause_para(c);
  para.move = move;
  return paragraph(para, mark, whole_pieces(c.text, mark, has_opener(c.kind)), references(c.footnotes, mark));
}

std::string Writer::changed_clause(const Clause& old_clause, const Clause& new_clause, const std::vector<Edit>& edits) {
  std::vector<Piece> pieces = change_pieces(old_clause.text, new_clause.text, &edits, has_opener(new_clause.kind));
  std::string notes;
  const std::vector<std::string>& old_notes = old_clause.footnotes;
  const std::vector<std::string>& new_notes = new_clause.footnotes;
  if (old_notes.size() == new_notes.size()) {
    // The same references, each note's text changed or not.
    for (size_t k = 0; k < new_notes.size(); ++k) {
      std::vector<Piece> note = old_notes[k] == new_notes[k]
                                    ? std::vector<Piece>{{Mark::Plain, new_notes[k], false}}
                                    : change_pieces(old_notes[k], new_notes[k], nullptr, false);
      notes += footnote_reference(Mark::Plain, std::move(note));
    }
  } else {
    notes = references(old_notes, Mark::Deleted) + references(new_notes, Mark::Inserted);
  }
  return paragraph(clause_para(new_clause), Mark::Plain, pieces, notes);
}

std::string Writer::body(const Report& report) {
  const Document& old_doc = report.old_doc;
  const Document& new_doc = report.new_doc;
  const bool resolution = new_doc.is_resolution || old_doc.is_resolution;
  language_ = &lang::of(new_doc.meta.language);
  std::string out;

  if (resolution) {
    // Header lines paired by the field they show, so that a changed one carries its word edits.
    std::vector<render_resolution::HeaderLine> old_lines = render_resolution::header_lines(old_doc.meta);
    std::vector<render_resolution::HeaderLine> new_lines = render_resolution::header_lines(new_doc.meta);
    std::map<std::string, std::string> old_by_field;
    for (const auto& l : old_lines) old_by_field[l.field] = l.text;
    std::map<std::string, bool> shown;
    auto header_para = [](const std::string& field) {
      Para para;
      if (field == "symbol") para.jc = "right";
      if (field == "title" || field == "heading") para.size = 24;
      if (field == "heading") para.jc = "left";
      return para;
    };
    for (const auto& l : new_lines) {
      // An old-only line is deleted where it stood: before the first new line that follows it.
      for (const auto& o : old_lines) {
        if (o.field == l.field) break;
        bool in_new = false;
        for (const auto& n : new_lines) in_new = in_new || n.field == o.field;
        if (!in_new && !shown[o.field]) {
          out += line(o.text, std::nullopt, header_para(o.field));
          shown[o.field] = true;
        }
      }
      auto old_it = old_by_field.find(l.field);
      std::optional<std::string> old_text;
      if (old_it != old_by_field.end()) old_text = old_it->second;
      out += line(old_text, l.text, header_para(l.field));
      shown[l.field] = true;
    }
    for (const auto& o : old_lines) {
      if (!shown[o.field]) out += line(o.text, std::nullopt, header_para(o.field));
    }
    out += paragraph(Para{}, Mark::Plain, std::vector<Piece>{{Mark::Plain, std::string(language_->formula), false}});
  }

  // Where each moved clause leaves its deleted copy: after the entry holding the nearest earlier
  // old clause that did not move (before everything when there is none).
  std::vector<size_t> entry_of_old(old_doc.clauses.size(), report.entries.size());
  for (size_t i = 0; i < report.entries.size(); ++i) {
    for (size_t o : report.entries[i].old_clauses) {
      if (o < entry_of_old.size()) entry_of_old[o] = i;
    }
  }
  const size_t kFront = report.entries.size();
  std::map<size_t, std::vector<size_t>> ghosts;  // anchor entry (kFront: before all) → old clauses
  for (size_t i = 0; i < report.entries.size(); ++i) {
    const Entry& e = report.entries[i];
    if (e.status != Status::Moved) continue;
    for (size_t o : e.old_clauses) {
      size_t anchor = kFront;
      for (size_t k = o; k-- > 0;) {
        size_t holder = entry_of_old[k];
        if (holder < report.entries.size() && report.entries[holder].status != Status::Moved) {
          anchor = holder;
          break;
        }
      }
      ghosts[anchor].push_back(o);
    }
  }
  // A moved clause (one old, one new) is a Word move: w:moveFrom at its old place, w:moveTo at
  // its new one, both named after the old clause; a moved merge is deleted and inserted.
  auto move_name = [&](size_t old_position) {
    for (const Entry& e : report.entries) {
      if (e.status == Status::Moved && e.old_clauses.size() == 1 && e.new_clauses.size() == 1 &&
          e.old_clauses[0] == old_position) {
        return "move" + std::to_string(old_position + 1);
      }
    }
    return std::string();
  };
  auto ghost_paragraphs = [&](size_t anchor) {
    std::string g;
    auto it = ghosts.find(anchor);
    if (it == ghosts.end()) return g;
    std::vector<size_t> olds = it->second;
    std::sort(olds.begin(), olds.end());
    for (size_t o : olds) {
      std::string move = move_name(o);
      g += clause(old_doc.clauses[o], move.empty() ? Mark::Deleted : Mark::MovedFrom, move);
    }
    return g;
  };

  std::string heading;
  bool closed = false;
  auto close = [&]() {
    if (closed) return;
    if (resolution) out += line(old_doc.meta.closing, new_doc.meta.closing, Para{});
    closed = true;
  };
  out += ghost_paragraphs(kFront);
  for (size_t i = 0; i < report.entries.size(); ++i) {
    const Entry& e = report.entries[i];
    if (e.kind == ClauseKind::Annex && !closed) {
      close();
      Para centered;
      centered.jc = "center";
      out += paragraph(centered, Mark::Plain, std::vector<Piece>{{Mark::Plain, std::string(language_->annex_heading), false}});
    }
    if (!e.new_clauses.empty()) {
      const std::string& h = new_doc.clauses[e.new_clauses.front()].heading;
      if (h != heading) {
        heading = h;
        if (!heading.empty()) out += paragraph(Para{}, Mark::Plain, std::vector<Piece>{{Mark::Plain, heading, false}});
      }
    }
    bool one_to_one = e.old_clauses.size() == 1 && e.new_clauses.size() == 1;
    if (one_to_one && (e.status == Status::Unchanged || e.status == Status::Changed)) {
      const Clause& o = old_doc.clauses[e.old_clauses[0]];
      const Clause& n = new_doc.clauses[e.new_clauses[0]];
      if (o.text == n.text && o.footnotes == n.footnotes) {
        out += clause(n, Mark::Plain);
      } else {
        out += changed_clause(o, n, e.edits);
      }
    } else if (e.status == Status::Moved) {
      std::string move = e.old_clauses.size() == 1 ? move_name(e.old_clauses[0]) : "";
      for (size_t n : e.new_clauses) out += clause(new_doc.clauses[n], move.empty() ? Mark::Inserted : Mark::MovedTo, move);
    } else {
      // inserted, deleted, split, merged: the old paragraphs go, the new ones come
      for (size_t o : e.old_clauses) out += clause(old_doc.clauses[o], Mark::Deleted);
      for (size_t n : e.new_clauses) out += clause(new_doc.clauses[n], Mark::Inserted);
    }
    out += ghost_paragraphs(i);
  }
  close();
  // A4, 2.5 cm margins.
  out += R"(<w:sectPr><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>)"
         R"(<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418")"
         R"( w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>)";
  return out;
}

std::string Writer::footnotes() const {
  std::string out = std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") + "<w:footnotes" +
                    kNamespaces + ">" +
                    R"(<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>)"
                    R"(<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>)";
  for (const std::string& note : footnotes_) out += note;
  return out + "</w:footnotes>";
}

// Now as ISO 8601 UTC, to the second.
std::string now_iso() {
  std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

// The time an ISO date stands for (UTC), for the ZIP entries' stamps; 1 January 1980 (the
// earliest a ZIP can say) when it is not one.
std::time_t zip_time(const std::string& iso) {
  std::tm tm{};
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  int n = std::sscanf(iso.c_str(), "%d-%d-%dT%d:%d:%d", &year, &month, &day, &hour, &minute, &second);
  if (n < 3 || year < 1980 || month < 1 || month > 12 || day < 1 || day > 31) year = 1980, month = 1, day = 1, hour = minute = second = 0;
  tm.tm_year = year - 1900;
  tm.tm_mon = month - 1;
  tm.tm_mday = day;
  tm.tm_hour = hour;
  tm.tm_min = minute;
  tm.tm_sec = second;
  return timegm(&tm);
}

}  // namespace

Expected<std::string> render_docx(const Report& report, const DocxOptions& options) {
  std::string date = options.date.empty() ? now_iso() : options.date;
  Writer writer(options, date);
  std::string document = std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") + "<w:document" +
                         kNamespaces + "><w:body>" + writer.body(report) + "</w:body></w:document>";
  const Metadata& meta = report.new_doc.meta;
  std::string title = meta.symbol ? "A/RES/" + *meta.symbol : report.new_doc.path;
  if (meta.title) title += ". " + *meta.title;
  std::vector<std::pair<std::string, std::string>> parts = fixed_parts(title, options.author, date);
  parts.insert(parts.begin() + 3, {"word/document.xml", std::move(document)});
  parts.insert(parts.begin() + 4, {"word/footnotes.xml", writer.footnotes()});
  return zip_parts(parts, zip_time(date));
}

}  // namespace resdiff
