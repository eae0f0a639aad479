// `--format docx`: the new text of a comparison as a Word document whose changes are real
// tracked changes, as Word's own Compare would make them, signed with DocxOptions::author and
// ::date.
//
// The document opens with a summary page (the committee-report sentences of render/committee.cpp
// and the counts) in a content control tagged "resdiff-summary", which resdiff's DOCX reader
// passes over, then the new text: the header lines (symbol, session, agenda item, title,
// adoption, committee report, "80/41. Title"), "The General Assembly,", the recitals with their
// openers in italics, the operative paragraphs and sub-paragraphs, the closing, the annex. Each
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
//   split              the old paragraph, its words edited, with an inserted paragraph mark where
//                      it now breaks: only the text that moved to a new paragraph starts one
//   merged             the old paragraphs, their words edited, with deleted paragraph marks
//                      between them
//
// Paragraph numbers ("5.", "(a)", "(ii)") are text at the start of the paragraph, followed by a
// tab: the new number, and the old one beside it as a tracked deletion when it changed
// ("3." deleted, "2." inserted). Text numbers read the same in Word and LibreOffice and keep the
// old numbering in the tracked history.
//
// With DocxNumbering::Automatic (`--docx-numbering auto`) operative paragraphs and their
// sub-paragraphs are numbered by Word's automatic numbering instead (docx_list.cpp), when both
// documents' numbers are what the list counts. A whole paragraph inserted, deleted or moved then
// has its paragraph mark tracked on the paragraph before it, when that one is alike (same
// indentation, list level and page break) and its own mark untracked (a moved one's range then
// starts after that paragraph's text, so that the mark is inside it): Word's accept and reject
// give the same text either way, and LibreOffice counts a list item as inserted or deleted by
// where its tracked range starts. So an inserted operative paragraph 4 is the inserted end of
// paragraph 3 plus the inserted text, and LibreOffice shows "4." for it and "5.[4.]" for the
// next one; marked on its own paragraph, LibreOffice counted it in the old numbering and the one
// after it in neither ("5. Encourages"), and a recital so marked just before operative paragraph
// 1 left that paragraph out of the old numbering. A new first operative paragraph follows a
// recital, which is not alike: it keeps its own mark, and LibreOffice miscounts the next one.
// LibreOffice 7.4 (Debian 12's) still shows a numbered paragraph that holds a tracked word
// deletion as a deleted item ("[2.] Appeals" on 76/28 → 80/41, where nothing was renumbered):
// it files a list item as it reads the paragraph's numbering, at the paragraph's end, after the
// deletions inside it (a deleted paragraph mark, read later, does not count); that is why text
// stays the default.
//
// Footnote references stand where the clause cites them (Clause::footnote_at): a reference at
// the same place in both versions is one reference, never touched (its note's text tracked
// inside the note when it changed); one only in the old text is a deleted reference, one only in
// the new text an inserted one. Each reference has a footnote of its own in word/footnotes.xml.
// Header lines and the closing are tracked the same way (a changed line carries its word edits).
// Reading the result with every change accepted gives the new document's clauses; reading it as
// before the changes (--docx-original) gives the old document's.
//
// Worked example: old OP2 "Encourages States parties to review it;¹", new OP2 "Encourages
// States Parties to review it;¹" with the same footnote:
//   <w:p><w:pPr><w:ind w:firstLine="567"/></w:pPr><w:r><w:t>2.</w:t></w:r><w:r><w:tab/></w:r>
//     <w:r><w:rPr><w:i/>…</w:rPr><w:t>Encourages</w:t></w:r><w:r><w:t> States </w:t></w:r>
//     <w:del …><w:r><w:delText>parties</w:delText></w:r></w:del><w:ins …><w:r><w:t>Parties</w:t></w:r></w:ins>
//     <w:r><w:t> to review it;</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r></w:p>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <iterator>
#include <map>
#include <optional>

#include "render/committee.hpp"
#include "render/docx_parts.hpp"
#include "render/names.hpp"
#include "render/places.hpp"
#include "render/resolution_text.hpp"
#include "render/tally.hpp"
#include "resdiff/diff.hpp"
#include "resdiff/language.hpp"
#include "resdiff/render.hpp"
#include "resdiff/report_words.hpp"

namespace resdiff {

namespace {

using namespace render_docx_detail;
using render_resolution::opener_length;

/// The tag of the summary page's content control; resdiff's DOCX reader does not read it.
constexpr const char* kSummaryTag = "resdiff-summary";

// How a run or a paragraph mark stands in the revision history.
enum class Mark { Plain, Inserted, Deleted, MovedFrom, MovedTo };

// The revision element of a mark ("" for Plain).
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

// Whether text so marked is gone in the new version.
bool removed(Mark mark) { return mark == Mark::Deleted || mark == Mark::MovedFrom; }

// A stretch of a paragraph with one revision mark: text (italic or not), a tab, or a footnote
// reference (note: the position of its <w:footnote> in Writer::footnotes_).
struct Piece {
  Mark mark = Mark::Plain;
  std::string text;
  bool italic = false;
  bool tab = false;
  int note = -1;
};

// The paragraph properties the body uses.
struct Para {
  int left = 0;           // twips
  int first_line = 0;     // twips; negative: hanging
  const char* jc = nullptr;
  int size = 0;           // half-points, 0: the style's
  bool bold = false;
  bool page_break_before = false;
  int list_level = -1;    // automatic numbering: the w:ilvl of the list; -1: none
  std::string move;       // the name of the move a moved paragraph belongs to
};

// Two paragraphs alike enough that one's mark can stand for the other's.
bool alike(const Para& a, const Para& b) {
  return a.left == b.left && a.first_line == b.first_line && a.jc == b.jc && a.size == b.size && a.bold == b.bold &&
         a.page_break_before == b.page_break_before && a.list_level == b.list_level;
}

// One side of a clause text on its way into pieces: the text, where its footnotes are cited and
// their texts, where its opener ends, and where separate clauses were joined (regrouped entries).
struct Side {
  std::string text;
  std::vector<std::pair<size_t, std::string>> notes;  // (byte offset, note text), in order
  std::vector<std::pair<size_t, size_t>> openers;      // [begin, end) of each clause's italic opener
  std::vector<size_t> joins;  // offsets of the one-space separators between joined clauses
};

class Writer {
 public:
  Writer(const DocxOptions& options, std::string date)
      : author_(options.author), date_(std::move(date)), numbering_(options.numbering) {}

  // Whether operative paragraphs are numbered by Word's list (decided by body()).
  bool automatic() const { return automatic_; }

  // The summary page, every paragraph of the report, then the section properties.
  std::string body(const Report& report);

  // word/footnotes.xml: the two separators, then one footnote per reference made.
  std::string footnotes() const;

 private:
  std::string revision_attributes() {
    return " w:id=\"" + std::to_string(next_revision_++) + "\" w:author=\"" + xml_escape(author_) + "\" w:date=\"" +
           xml_escape(date_) + "\"";
  }
  // A run inside the revision element of mark; as it is when Plain.
  std::string tracked(Mark mark, const std::string& r) {
    if (mark == Mark::Plain) return r;
    std::string tag = revision_tag(mark);
    return "<" + tag + revision_attributes() + ">" + r + "</" + tag + ">";
  }

  std::string run(const Piece& piece, int size = 0, bool bold = false);
  // A new footnote holding pieces (shown as they are when the reference itself is tracked).
  int make_note(std::vector<Piece> note, bool tracked_reference);

  // A paragraph of the body, its runs written, its mark and properties not yet: a mark may move
  // to the paragraph before (place_marks).
  struct Paragraph {
    Para para;
    Mark mark = Mark::Plain;
    std::string runs;
    bool whole = false;  // the whole of a clause (not a split's or merge's part)
    // A move whose paragraph mark this paragraph carries for the moved paragraph after it: the
    // move's range starts after these runs (range_starts: MovedFrom or MovedTo, range_name its
    // name) and ends after the moved paragraph's (range_ends).
    Mark range_starts = Mark::Plain;
    Mark range_ends = Mark::Plain;
    std::string range_name;
  };
  Paragraph make(const Para& para, Mark mark, const std::vector<Piece>& pieces);
  Paragraph text_line(const Para& para, const std::string& text) {
    return make(para, Mark::Plain, std::vector<Piece>{{Mark::Plain, text, false, false, -1}});
  }
  std::string render(const Paragraph& p);
  std::string paragraph(const Para& para, Mark mark, const std::vector<Piece>& pieces) { return render(make(para, mark, pieces)); }
  std::string text_paragraph(const Para& para, const std::string& text) { return render(text_line(para, text)); }
  // Automatic numbering: a whole inserted, deleted or moved paragraph's mark goes to the alike
  // paragraph before it (see the top).
  static void place_marks(std::vector<Paragraph>& paragraphs);
  // The start or end of a move's range, named so that Word pairs both ends.
  std::string range_start(Mark mark, const std::string& name, int id) const {
    return std::string("<") + (mark == Mark::MovedFrom ? "w:moveFromRange" : "w:moveToRange") + "Start w:id=\"" + std::to_string(id) +
           "\" w:name=\"" + xml_escape(name) + "\" w:author=\"" + xml_escape(author_) + "\" w:date=\"" + xml_escape(date_) + "\"/>";
  }
  static std::string range_end(Mark mark, int id) {
    return std::string("<") + (mark == Mark::MovedFrom ? "w:moveFromRange" : "w:moveToRange") + "End w:id=\"" + std::to_string(id) + "\"/>";
  }

  // The word pieces of an old → new text (no footnotes), computing the edits when none fit.
  std::vector<Piece> change_pieces(const std::string& old_text, const std::string& new_text, const std::vector<Edit>* edits);
  // A header-like line that may have changed: nothing when both are absent.
  std::vector<Paragraph> line(const std::optional<std::string>& old_text, const std::optional<std::string>& new_text, const Para& para);

  Side side(const Document& doc, const std::vector<size_t>& positions) const;
  // The pieces of the paragraphs of an entry, cut where joined clauses part: one vector per
  // paragraph, and each paragraph's mark (Inserted for a split's new break, Deleted for a merge's).
  struct Cut {
    std::vector<Piece> pieces;
    Mark mark = Mark::Plain;
  };
  std::vector<Cut> pieces(const Side& old_side, const Side& new_side, const std::vector<Edit>& edits, Mark del, Mark ins);

  // A clause's label ("5.", "(a)") as pieces: the new one, the old one deleted beside it when it
  // differs; then a tab. Nothing for a clause without a number.
  std::vector<Piece> label(const Clause* old_clause, const Clause* new_clause, Mark del, Mark ins) const;
  // The paragraph properties of a clause: indents from its kind and the depth of its number,
  // its list level when numbered automatically.
  Para clause_para(const Clause& c) const;

  // The paragraph(s) of an entry's clauses, their texts wholly marked (one side) or edited.
  Paragraph whole(const Document& doc, size_t position, Mark mark, const std::string& move = "");
  std::vector<Paragraph> edited(const Report& report, const Entry& e);

  std::string summary(const Report& report);

  std::string author_;
  std::string date_;
  DocxNumbering numbering_;
  bool automatic_ = false;  // numbering_ is Automatic and both documents' numbers fit the list
  int next_revision_ = 1;
  int open_range_ = 0;  // the id of the move range a paragraph before started (range_starts)
  std::vector<std::string> footnotes_;  // <w:footnote> elements, id = position + 1
  Tokenizer tokenizer_;
  const Language* language_ = &lang::english();  // the new document's: its words and openers

  // The document's script runs right to left: paragraphs get w:bidi, runs w:rtl.
  bool right_to_left() const { return language_->direction == Direction::RightToLeft; }
};

bool has_opener(ClauseKind kind) { return kind == ClauseKind::Preambular || kind == ClauseKind::Operative; }

Para Writer::clause_para(const Clause& c) const {
  Para para;
  size_t depth = render_resolution::number_parts(c.number).size();
  if (c.kind == ClauseKind::Preambular || depth <= 1) {
    para.first_line = 567;
  } else {
    para.left = 567 * static_cast<int>(std::min<size_t>(depth, 6));
    para.first_line = -567;
  }
  if (automatic_) para.list_level = list_level(c);
  return para;
}

// The label a clause's number shows: "5." for a paragraph, "(a)" / "(ii)" below it.
std::string label_text(const Clause& c) {
  std::vector<std::string> parts = render_resolution::number_parts(c.number);
  if (parts.empty()) return "";
  return parts.size() == 1 ? parts[0] + "." : parts.back();
}

std::string Writer::run(const Piece& piece, int size, bool bold) {
  if (piece.note >= 0) {
    std::string r = "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"" +
                    std::to_string(piece.note + 1) + "\"/></w:r>";
    return tracked(piece.mark, r);
  }
  if (piece.text.empty() && !piece.tab) return "";
  std::string props;
  if (bold) props += "<w:b/><w:bCs/>";
  if (piece.italic) props += "<w:i/><w:iCs/>";
  if (size > 0) props += "<w:sz w:val=\"" + std::to_string(size) + "\"/><w:szCs w:val=\"" + std::to_string(size) + "\"/>";
  if (right_to_left()) props += "<w:rtl/>";  // Arabic runs right to left
  std::string r = "<w:r>";
  if (!props.empty()) r += "<w:rPr>" + props + "</w:rPr>";
  if (piece.tab) {
    r += "<w:tab/></w:r>";
  } else {
    const char* tag = removed(piece.mark) ? "w:delText" : "w:t";
    r += std::string("<") + tag + " xml:space=\"preserve\">" + xml_escape(piece.text) + "</" + tag + "></w:r>";
  }
  return tracked(piece.mark, r);
}

int Writer::make_note(std::vector<Piece> note, bool tracked_reference) {
  int index = static_cast<int>(footnotes_.size());
  std::string runs;
  for (Piece& piece : note) {
    // A tracked reference keeps its note readable as it was: its text is not tracked again.
    if (tracked_reference) piece.mark = Mark::Plain;
    runs += run(piece);
  }
  footnotes_.push_back("<w:footnote w:id=\"" + std::to_string(index + 1) +
                       "\"><w:p><w:pPr><w:pStyle w:val=\"FootnoteText\"/>" + std::string(right_to_left() ? "<w:bidi/>" : "") +
                       "</w:pPr>"
                       "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r>"
                       "<w:r><w:tab/></w:r>" +
                       runs + "</w:p></w:footnote>");
  return index;
}

Writer::Paragraph Writer::make(const Para& para, Mark mark, const std::vector<Piece>& pieces) {
  Paragraph p;
  p.para = para;
  p.mark = mark;
  for (const Piece& piece : pieces) p.runs += run(piece, para.size, para.bold);
  return p;
}

void Writer::place_marks(std::vector<Paragraph>& paragraphs) {
  for (size_t i = 1; i < paragraphs.size(); ++i) {
    Paragraph& p = paragraphs[i];
    Paragraph& before = paragraphs[i - 1];
    if (!p.whole || p.mark == Mark::Plain || before.mark != Mark::Plain || before.range_starts != Mark::Plain ||
        !alike(before.para, p.para))
      continue;
    before.mark = p.mark;
    if (p.mark == Mark::MovedFrom || p.mark == Mark::MovedTo) {
      before.range_starts = p.range_ends = p.mark;
      before.range_name = p.para.move;
    }
    p.mark = Mark::Plain;
  }
}

std::string Writer::render(const Paragraph& paragraph) {
  const Para& para = paragraph.para;
  const Mark mark = paragraph.mark;
  const std::string& runs = paragraph.runs;
  std::string props;
  if (para.page_break_before) props += "<w:pageBreakBefore/>";
  if (para.list_level >= 0) props += "<w:numPr><w:ilvl w:val=\"" + std::to_string(para.list_level) + "\"/><w:numId w:val=\"1\"/></w:numPr>";
  if (right_to_left()) props += "<w:bidi/>";  // before ind, as the schema orders them
  if (para.left != 0 || para.first_line != 0) {
    props += "<w:ind";
    if (para.left != 0) props += " w:left=\"" + std::to_string(para.left) + "\"";
    if (para.first_line > 0) props += " w:firstLine=\"" + std::to_string(para.first_line) + "\"";
    if (para.first_line < 0) props += " w:hanging=\"" + std::to_string(-para.first_line) + "\"";
    props += "/>";
  }
  if (para.jc != nullptr) props += std::string("<w:jc w:val=\"") + para.jc + "\"/>";
  if (mark != Mark::Plain) props += std::string("<w:rPr><") + revision_tag(mark) + revision_attributes() + "/></w:rPr>";
  std::string p = "<w:p>";
  if (!props.empty()) p += "<w:pPr>" + props + "</w:pPr>";
  if ((mark == Mark::MovedFrom || mark == Mark::MovedTo) && !para.move.empty() && paragraph.range_ends == Mark::Plain) {
    // the move's range around the paragraph's content
    int id = next_revision_++;
    return p + range_start(mark, para.move, id) + runs + range_end(mark, id) + "</w:p>";
  }
  p += runs;
  // a range that began in the paragraph before (whose mark stands for this one's) ends here;
  // one for the moved paragraph after this one begins, so that this mark is inside it
  if (paragraph.range_ends != Mark::Plain) p += range_end(paragraph.range_ends, open_range_);
  if (paragraph.range_starts != Mark::Plain) {
    open_range_ = next_revision_++;
    p += range_start(paragraph.range_starts, paragraph.range_name, open_range_);
  }
  return p + "</w:p>";
}

std::vector<Piece> Writer::change_pieces(const std::string& old_text, const std::string& new_text,
                                         const std::vector<Edit>* edits) {
  std::vector<Edit> computed;
  if (edits == nullptr || reconstruct(*edits, true) != old_text || reconstruct(*edits, false) != new_text) {
    computed = word_diff(tokenizer_, old_text, new_text, *language_);
    edits = &computed;
  }
  std::vector<Piece> out;
  for (const Edit& e : *edits) {
    Mark mark = e.op == Edit::Op::Equal ? Mark::Plain : e.op == Edit::Op::Delete ? Mark::Deleted : Mark::Inserted;
    out.push_back({mark, e.text, false, false, -1});
  }
  return out;
}

std::vector<Writer::Paragraph> Writer::line(const std::optional<std::string>& old_text, const std::optional<std::string>& new_text,
                                             const Para& para) {
  if (old_text && new_text) return {make(para, Mark::Plain, change_pieces(*old_text, *new_text, nullptr))};
  if (new_text) return {make(para, Mark::Inserted, std::vector<Piece>{{Mark::Inserted, *new_text, false, false, -1}})};
  if (old_text) return {make(para, Mark::Deleted, std::vector<Piece>{{Mark::Deleted, *old_text, false, false, -1}})};
  return {};
}

Side Writer::side(const Document& doc, const std::vector<size_t>& positions) const {
  Side s;
  for (size_t k = 0; k < positions.size(); ++k) {
    if (positions[k] >= doc.clauses.size()) continue;
    const Clause& c = doc.clauses[positions[k]];
    if (!s.text.empty()) {
      s.joins.push_back(s.text.size());
      s.text += ' ';
    }
    size_t base = s.text.size();
    if (has_opener(c.kind)) {
      size_t opener = opener_length(c.text, *language_);
      if (opener > 0) s.openers.emplace_back(base, base + opener);
    }
    s.text += c.text;
    bool placed = c.footnote_at.size() == c.footnotes.size();
    for (size_t i = 0; i < c.footnotes.size(); ++i) {
      size_t at = placed ? std::min(c.footnote_at[i], c.text.size()) : c.text.size();
      s.notes.emplace_back(base + at, c.footnotes[i]);
    }
  }
  return s;
}

std::vector<Writer::Cut> Writer::pieces(const Side& o, const Side& n, const std::vector<Edit>& edits, Mark del, Mark ins) {
  std::vector<Cut> cuts(1);
  auto emit = [&](Piece piece) {
    if (piece.note < 0 && !piece.tab && piece.text.empty()) return;
    std::vector<Piece>& ps = cuts.back().pieces;
    if (piece.note < 0 && !piece.tab && !ps.empty() && ps.back().note < 0 && !ps.back().tab && ps.back().mark == piece.mark &&
        ps.back().italic == piece.italic) {
      ps.back().text += piece.text;
    } else {
      ps.push_back(std::move(piece));
    }
  };
  // text from pos on its side, in italics where it falls in one of that side's openers
  auto text = [&](Mark mark, const std::string& t, size_t pos, const Side& sd) {
    size_t k = 0;
    while (k < t.size()) {
      size_t at = pos + k, end = pos + t.size();
      bool italic = false;
      for (const auto& [b, e] : sd.openers) {
        if (at >= b && at < e) {
          italic = true;
          end = std::min(end, e);
        } else if (b > at) {
          end = std::min(end, b);
        }
      }
      emit({mark, t.substr(k, end - at), italic, false, -1});
      k = end - pos;
    }
  };
  auto reference = [&](Mark mark, std::vector<Piece> note) { emit({mark, "", false, false, make_note(std::move(note), mark != Mark::Plain)}); };
  auto plain_note = [](const std::string& t) { return std::vector<Piece>{{Mark::Plain, t, false, false, -1}}; };
  auto is_join = [](const std::vector<size_t>& joins, size_t at) { return std::find(joins.begin(), joins.end(), at) != joins.end(); };

  size_t oi = 0, ni = 0;  // next footnote of each side
  size_t old_pos = 0, new_pos = 0;
  // references cited before any text (offset 0), paired in order
  auto leading = [&]() {
    while (oi < o.notes.size() && o.notes[oi].first == 0 && ni < n.notes.size() && n.notes[ni].first == 0) {
      const std::string &a = o.notes[oi++].second, &b = n.notes[ni++].second;
      reference(Mark::Plain, a == b ? plain_note(b) : change_pieces(a, b, nullptr));
    }
    while (oi < o.notes.size() && o.notes[oi].first == 0) reference(del, plain_note(o.notes[oi++].second));
    while (ni < n.notes.size() && n.notes[ni].first == 0) reference(ins, plain_note(n.notes[ni++].second));
  };
  leading();
  for (const Edit& e : edits) {
    size_t len = e.text.size();
    bool on_old = e.op != Edit::Op::Insert, on_new = e.op != Edit::Op::Delete;
    Mark mark = e.op == Edit::Op::Equal ? Mark::Plain : e.op == Edit::Op::Delete ? del : ins;
    size_t k = 0;  // bytes of e.text done
    while (k < len) {
      // the next stop inside this edit: a reference on either side, or a join
      size_t stop = len;
      if (on_old && oi < o.notes.size() && o.notes[oi].first > old_pos && o.notes[oi].first - old_pos <= len)
        stop = std::min(stop, o.notes[oi].first - old_pos);
      if (on_new && ni < n.notes.size() && n.notes[ni].first > new_pos && n.notes[ni].first - new_pos <= len)
        stop = std::min(stop, n.notes[ni].first - new_pos);
      for (size_t j : o.joins)
        if (on_old && j >= old_pos + k && j < old_pos + len) stop = std::min(stop, j - old_pos);
      for (size_t j : n.joins)
        if (on_new && j >= new_pos + k && j < new_pos + len) stop = std::min(stop, j - new_pos);
      if (stop > k) {
        std::string t = e.text.substr(k, stop - k);
        text(mark, t, on_new ? new_pos + k : old_pos + k, on_new ? n : o);
      }
      size_t at_old = old_pos + stop, at_new = new_pos + stop;
      // references that follow the text up to here: same place on both sides is one reference
      if (stop > 0) {
        while (on_old && on_new && oi < o.notes.size() && o.notes[oi].first == at_old && ni < n.notes.size() &&
               n.notes[ni].first == at_new) {
          const std::string &a = o.notes[oi++].second, &b = n.notes[ni++].second;
          reference(Mark::Plain, a == b ? plain_note(b) : change_pieces(a, b, nullptr));
        }
        while (on_old && oi < o.notes.size() && o.notes[oi].first == at_old) reference(del, plain_note(o.notes[oi++].second));
        while (on_new && ni < n.notes.size() && n.notes[ni].first == at_new) reference(ins, plain_note(n.notes[ni++].second));
      }
      k = stop;
      if (k >= len) break;
      // a join: the separator space is no text of its own; the paragraph ends here
      bool old_join = on_old && is_join(o.joins, old_pos + k);
      bool new_join = on_new && is_join(n.joins, new_pos + k);
      if (old_join || new_join) {
        if (e.op == Edit::Op::Equal) {
          // the other side has a real space here: it stays, tracked on that side only
          emit({new_join ? del : ins, " ", false, false, -1});
        }
        cuts.back().mark = new_join ? ins : del;
        cuts.emplace_back();
        k += 1;
      }
    }
    if (on_old) old_pos += len;
    if (on_new) new_pos += len;
  }
  // references left over (cited past the text's end): where the text ends
  while (oi < o.notes.size()) reference(del, plain_note(o.notes[oi++].second));
  while (ni < n.notes.size()) reference(ins, plain_note(n.notes[ni++].second));
  return cuts;
}

std::vector<Piece> Writer::label(const Clause* old_clause, const Clause* new_clause, Mark del, Mark ins) const {
  // a list item's number is Word's to show
  const Clause* either = new_clause != nullptr ? new_clause : old_clause;
  if (automatic_ && either != nullptr && list_level(*either) >= 0) return {};
  std::string o = old_clause != nullptr ? label_text(*old_clause) : "";
  std::string n = new_clause != nullptr ? label_text(*new_clause) : "";
  std::vector<Piece> out;
  if (o.empty() && n.empty()) return out;
  if (o == n) {
    out.push_back({Mark::Plain, n, false, false, -1});
    out.push_back({Mark::Plain, "", false, true, -1});
    return out;
  }
  if (!o.empty()) out.push_back({del, o, false, false, -1});
  if (!n.empty()) out.push_back({ins, n, false, false, -1});
  // the tab stays when both have a number; else it goes with the one that has
  out.push_back({o.empty() ? ins : n.empty() ? del : Mark::Plain, "", false, true, -1});
  return out;
}

Writer::Paragraph Writer::whole(const Document& doc, size_t position, Mark mark, const std::string& move) {
  const Clause& c = doc.clauses[position];
  Side s = side(doc, {position});
  bool old_side = removed(mark);
  std::vector<Edit> edits = {Edit{mark == Mark::Plain ? Edit::Op::Equal : old_side ? Edit::Op::Delete : Edit::Op::Insert, c.text, false}};
  Side none;
  std::vector<Cut> cuts = mark == Mark::Plain ? pieces(s, s, edits, mark, mark)
                          : old_side          ? pieces(s, none, edits, mark, mark)
                                              : pieces(none, s, edits, mark, mark);
  std::vector<Piece> all = label(old_side || mark == Mark::Plain ? &c : nullptr, old_side ? nullptr : &c, mark, mark);
  for (Cut& cut : cuts) all.insert(all.end(), cut.pieces.begin(), cut.pieces.end());
  Para para = clause_para(c);
  para.move = move;
  Paragraph p = make(para, mark, all);
  p.whole = true;
  return p;
}

std::vector<Writer::Paragraph> Writer::edited(const Report& report, const Entry& e) {
  const Document& old_doc = report.old_doc;
  const Document& new_doc = report.new_doc;
  Side o = side(old_doc, e.old_clauses), n = side(new_doc, e.new_clauses);
  std::vector<Edit> edits = e.edits;
  if (reconstruct(edits, true) != o.text || reconstruct(edits, false) != n.text) edits = word_diff(tokenizer_, o.text, n.text, *language_);
  std::vector<Cut> cuts = pieces(o, n, edits, Mark::Deleted, Mark::Inserted);
  // the clause each paragraph shows: a split's new clauses, a merge's old ones then the new one
  std::vector<Paragraph> out;
  for (size_t k = 0; k < cuts.size(); ++k) {
    bool split = e.new_clauses.size() > 1, merge = e.old_clauses.size() > 1;
    const Clause* old_c = nullptr;
    const Clause* new_c = nullptr;
    if (split) {
      if (k == 0) old_c = &old_doc.clauses[e.old_clauses.front()];
      if (k < e.new_clauses.size()) new_c = &new_doc.clauses[e.new_clauses[k]];
    } else if (merge) {
      if (k < e.old_clauses.size()) old_c = &old_doc.clauses[e.old_clauses[k]];
      if (k == 0) new_c = &new_doc.clauses[e.new_clauses.front()];
    } else {
      old_c = &old_doc.clauses[e.old_clauses.front()];
      new_c = &new_doc.clauses[e.new_clauses.front()];
    }
    std::vector<Piece> all = label(old_c, new_c, Mark::Deleted, Mark::Inserted);
    all.insert(all.end(), cuts[k].pieces.begin(), cuts[k].pieces.end());
    const Clause& shape = merge ? (k + 1 == cuts.size() || old_c == nullptr ? new_doc.clauses[e.new_clauses.front()] : *old_c)
                                : (new_c != nullptr ? *new_c : new_doc.clauses[e.new_clauses.back()]);
    out.push_back(make(clause_para(shape), cuts[k].mark, all));
  }
  return out;
}

// The summary page: what changed, in the words of a committee report, and the counts; in a
// content control that resdiff's reader passes over, the text starting on the next page.
std::string Writer::summary(const Report& report) {
  const ReportWords& w = render_committee::report_words(report);
  auto fill = [](std::string_view pattern, const std::string& a, const std::string& b) {
    std::string out(pattern);
    size_t at = out.find("{}");
    if (at != std::string::npos) out.replace(at, 2, a);
    at = out.find("{}", at == std::string::npos ? 0 : at + a.size());
    if (at != std::string::npos) out.replace(at, 2, b);
    return out;
  };
  auto described = [&w](const Document& doc) { return render_committee::described(doc, w); };
  Para title;
  title.size = 28;
  title.bold = true;
  title.jc = "left";
  Para heading;
  heading.bold = true;
  heading.jc = "left";
  std::string out = text_paragraph(title, fill(w.title, render_names::doc_name(report.old_doc), render_names::doc_name(report.new_doc)));
  out += text_paragraph(Para{}, fill(w.compared, described(report.old_doc), described(report.new_doc)));
  if (!report.has_differences()) out += text_paragraph(Para{}, std::string(w.no_differences));
  else if (report.technical_only) out += text_paragraph(Para{}, std::string(w.technical_only));
  render_committee::Sentences s = render_committee::sentences(report, w);
  auto section = [&](std::string_view name, const std::vector<render_committee::Item>& items) {
    if (items.empty()) return;
    out += text_paragraph(heading, std::string(name));
    Para item;
    item.left = 567;
    item.first_line = -283;
    for (const render_committee::Item& i : items) {
      out += paragraph(item, Mark::Plain,
                       std::vector<Piece>{{Mark::Plain, "•", false, false, -1}, {Mark::Plain, "", false, true, -1},
                                          {Mark::Plain, render_committee::plain(i.sentence, w), false, false, -1}});
    }
  };
  section(w.substantive_heading, s.substantive);
  section(w.technical_heading, s.technical);
  // the counts, as every view counts them: one column per part, one row per status
  out += text_paragraph(heading, std::string(w.counts_heading));
  std::vector<render_tally::PartTally> parts = render_tally::part_tallies(report);
  auto cell = [&](const std::string& t, bool bold) {
    Para p;
    p.bold = bold;
    p.jc = "left";
    return "<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>" + text_paragraph(p, t) + "</w:tc>";
  };
  std::string table = "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblBorders>"
                      "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
                      "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
                      "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/></w:tblBorders></w:tblPr><w:tblGrid>";
  for (size_t i = 0; i <= parts.size(); ++i) table += "<w:gridCol w:w=\"2000\"/>";
  table += "</w:tblGrid><w:tr>" + cell("", true);
  for (const render_tally::PartTally& t : parts)
    table += cell(std::string(render_committee::part_name(t.kind, w)) + " (" + std::to_string(t.old_count) + " → " + std::to_string(t.new_count) + ")",
                  true);
  table += "</w:tr>";
  auto row = [&](std::string name, size_t column, auto value) {
    std::string_view own = render_committee::count_column(column, w);  // the language's, else the status name
    table += "<w:tr>" + cell(own.empty() ? name : std::string(own), false);
    for (const render_tally::PartTally& t : parts) table += cell(std::to_string(value(t)), false);
    table += "</w:tr>";
  };
  size_t column = 1;
  for (Status st : {Status::Unchanged, Status::Changed, Status::Moved, Status::Inserted, Status::Deleted, Status::Split, Status::Merged})
    row(status_name(st), column++, [st](const render_tally::PartTally& t) { return t.count(st); });
  row("technical", 8, [](const render_tally::PartTally& t) { return t.technical; });
  row("substantive", 9, [](const render_tally::PartTally& t) { return t.substantive; });
  out += table + "</w:tbl>";
  // LibreOffice 7.4 drops the run properties of a content control's first paragraph: an empty,
  // tiny one goes first, so that the title keeps its bold.
  return std::string("<w:sdt><w:sdtPr><w:alias w:val=\"resdiff summary\"/><w:tag w:val=\"") + kSummaryTag +
         "\"/></w:sdtPr><w:sdtContent><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/></w:pPr></w:p>" +
         out + "</w:sdtContent></w:sdt>";
}

std::string Writer::body(const Report& report) {
  const Document& old_doc = report.old_doc;
  const Document& new_doc = report.new_doc;
  const bool resolution = new_doc.is_resolution || old_doc.is_resolution;
  language_ = &lang::of(new_doc.meta.language);
  automatic_ = numbering_ == DocxNumbering::Automatic && numbers_follow_the_list(old_doc) && numbers_follow_the_list(new_doc);
  std::string summary_page = summary(report);
  std::vector<Paragraph> out;
  auto add = [&out](std::vector<Paragraph> more) { std::move(more.begin(), more.end(), std::back_inserter(out)); };
  bool first = true;  // the first paragraph of the text starts a new page
  auto opening = [&](Para para) {
    para.page_break_before = first;
    first = false;
    return para;
  };

  if (resolution) {
    // Header lines paired by the field they show, so that a changed one carries its word edits.
    std::vector<render_resolution::HeaderLine> old_lines = render_resolution::header_lines(old_doc.meta);
    std::vector<render_resolution::HeaderLine> new_lines = render_resolution::header_lines(new_doc.meta);
    std::map<std::string, std::string> old_by_field;
    for (const auto& l : old_lines) old_by_field[l.field] = l.text;
    std::map<std::string, bool> shown;
    auto header_para = [&](const std::string& field) {
      Para para;
      if (field == "symbol") para.jc = "right";
      if (field == "title" || field == "heading") para.size = 24;
      if (field == "heading") para.jc = "left";
      return opening(para);
    };
    for (const auto& l : new_lines) {
      // An old-only line is deleted where it stood: before the first new line that follows it.
      for (const auto& o : old_lines) {
        if (o.field == l.field) break;
        bool in_new = false;
        for (const auto& n : new_lines) in_new = in_new || n.field == o.field;
        if (!in_new && !shown[o.field]) {
          add(line(o.text, std::nullopt, header_para(o.field)));
          shown[o.field] = true;
        }
      }
      auto old_it = old_by_field.find(l.field);
      std::optional<std::string> old_text;
      if (old_it != old_by_field.end()) old_text = old_it->second;
      add(line(old_text, l.text, header_para(l.field)));
      shown[l.field] = true;
    }
    for (const auto& o : old_lines) {
      if (!shown[o.field]) add(line(o.text, std::nullopt, header_para(o.field)));
    }
    out.push_back(text_line(opening(Para{}), std::string(language_->formula)));
  }

  // A moved clause (one old, one new) is a Word move: w:moveFrom at its old place, w:moveTo at
  // its new one, both named after the old clause; a moved merge or split is deleted and inserted.
  auto move_name = [&](const Entry& e) {
    if (e.status == Status::Moved && e.old_clauses.size() == 1 && e.new_clauses.size() == 1)
      return "move" + std::to_string(e.old_clauses[0] + 1);
    return std::string();
  };

  std::string heading;
  bool closed = false;
  auto close = [&]() {
    if (closed) return;
    if (resolution) add(line(old_doc.meta.closing, new_doc.meta.closing, opening(Para{})));
    closed = true;
  };
  for (const render_places::Place& place : render_places::reading_places(report)) {
    const Entry& e = report.entries[place.entry];
    if (place.ghost) {
      std::string move = move_name(e);
      for (size_t o : e.old_clauses) out.push_back(whole(old_doc, o, move.empty() ? Mark::Deleted : Mark::MovedFrom, move));
      continue;
    }
    if (e.kind == ClauseKind::Annex && !closed) {
      close();
      Para centered = opening(Para{});
      centered.jc = "center";
      out.push_back(text_line(centered, std::string(language_->annex_heading)));
    }
    if (!e.new_clauses.empty()) {
      const std::string& h = new_doc.clauses[e.new_clauses.front()].heading;
      if (h != heading) {
        heading = h;
        if (!heading.empty()) out.push_back(text_line(opening(Para{}), heading));
      }
    }
    if (first) {
      // a text with no header: its first paragraph opens the page after the summary
      out.push_back(make(opening(Para{}), Mark::Plain, {}));
    }
    bool one_to_one = e.old_clauses.size() == 1 && e.new_clauses.size() == 1;
    if (one_to_one && (e.status == Status::Unchanged || e.status == Status::Changed)) {
      const Clause& o = old_doc.clauses[e.old_clauses[0]];
      const Clause& n = new_doc.clauses[e.new_clauses[0]];
      if (o.text == n.text && o.footnotes == n.footnotes && o.footnote_at == n.footnote_at && label_text(o) == label_text(n)) {
        out.push_back(whole(new_doc, e.new_clauses[0], Mark::Plain));
      } else {
        add(edited(report, e));
      }
    } else if (e.status == Status::Moved) {
      std::string move = move_name(e);
      for (size_t n : e.new_clauses) out.push_back(whole(new_doc, n, move.empty() ? Mark::Inserted : Mark::MovedTo, move));
    } else if ((e.status == Status::Split || e.status == Status::Merged) && !e.old_clauses.empty() && !e.new_clauses.empty()) {
      add(edited(report, e));
    } else {
      // inserted, deleted: the old paragraphs go, the new ones come
      for (size_t o : e.old_clauses) out.push_back(whole(old_doc, o, Mark::Deleted));
      for (size_t n : e.new_clauses) out.push_back(whole(new_doc, n, Mark::Inserted));
    }
  }
  close();
  if (automatic_) place_marks(out);
  std::string xml = summary_page;
  for (const Paragraph& p : out) xml += render(p);
  // A4, 2.5 cm margins.
  xml += R"(<w:sectPr><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>)"
         R"(<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418")"
         R"( w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>)";
  return xml;
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
  std::vector<std::pair<std::string, std::string>> parts = fixed_parts(title, options.author, date, writer.automatic());
  parts.insert(parts.begin() + 3, {"word/document.xml", std::move(document)});
  parts.insert(parts.begin() + 4, {"word/footnotes.xml", writer.footnotes()});
  if (writer.automatic()) parts.insert(parts.begin() + 5, {"word/numbering.xml", numbering_part()});
  return zip_parts(parts, zip_time(date));
}

}  // namespace resdiff
