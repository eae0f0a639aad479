// The resolution grammar over the repaired body pieces: recitals until the first operative
// paragraph, numbered operative paragraphs with their sub-paragraphs, section headings, the
// closing line, and an annex with its own numbering.
//
//   body      := recital* (heading | operative | subparagraph)* closing? annex?
//   operative := "N. " text              N follows the last number (gaps of up to 4 allowed)
//   sub-list  := the unnumbered pieces after an operative paragraph ending in ':'
//                (labels inferred by label_items: "5 (a)", "5 (a) (ii)")
//   annex     := "Annex" title? (heading | "N. " text | sub-list)*
//                (the title: the pieces right after "Annex" that are no paragraph, on its line or not)
//
// A resolution with one unnumbered operative paragraph (80/5: "The General Assembly\n\nAdopts
// the Doha …") is read as kind Operative with an empty number. Raw page text puts several
// numbered paragraphs in one block ("1. \nWe, Heads …\n2. \nWe acknowledge …"): a piece is cut
// where the next expected number starts a line (or, in an annex, a sentence: "Development. 2. We").
#include <deque>
#include <string>

#include "resdiff/text.hpp"
#include "segment/passes.hpp"

namespace resdiff::segmenter {
namespace {

enum class Part { Preamble, Operative, Closed, Annex };

class Reader {
 public:
  Reader(const Lexicon& lex, Document& doc) : lex_(lex), doc_(doc) {}

  void run(std::vector<Piece> body) {
    std::deque<Piece> queue(std::make_move_iterator(body.begin()), std::make_move_iterator(body.end()));
    while (!queue.empty()) {
      Piece piece = std::move(queue.front());
      queue.pop_front();
      cut_run_on_paragraphs(piece, queue);
      read(piece, queue.empty() ? nullptr : &queue.front());
    }
    flush_list();
  }

 private:
  /// The list of unnumbered pieces after a paragraph ending in ':'.
  struct List {
    bool open = false;
    std::string parent;  // "5"
    ClauseKind kind = ClauseKind::Subparagraph;
    std::vector<Piece> pieces;
    std::vector<size_t> rests;  // where the text starts after a surviving label
    std::vector<ListItem> items;
  };

  /// The next number, or a little further; an annex may open at any number (it quotes paragraph 8).
  bool plausible(int n) const {
    if (part_ == Part::Annex && last_number_ == 0) return n >= 1;
    return n > last_number_ && n <= last_number_ + 5;
  }

  bool numbered_part() const { return (part_ == Part::Operative && !unnumbered_) || part_ == Part::Annex; }

  /// Cuts a piece holding several numbered paragraphs before the next one; the rest is queued.
  void cut_run_on_paragraphs(Piece& piece, std::deque<Piece>& queue) {
    std::optional<int> own = paragraph_number(trim(piece.text), nullptr, &lex_);
    int want = 0;
    if (own && plausible(*own)) want = *own + 1;
    else if (numbered_part()) want = last_number_ + 1;
    if (want == 0) return;
    size_t at = find_numbered_break(piece.text, want, part_ == Part::Annex);
    if (at == std::string::npos) return;
    queue.push_front(slice(piece, at, piece.text.size()));
    piece = slice(piece, 0, at);
  }

  void read(const Piece& piece, const Piece* next) {
    std::string date;
    if (std::optional<std::string> closing = read_closing(piece.text, lex_, &date)) {
      flush_list();
      doc_.meta.closing = closing;
      if (!doc_.meta.date && !date.empty()) doc_.meta.date = date;
      part_ = Part::Closed;
      return;
    }
    if (std::optional<std::string> title = annex_start(piece.text, lex_);
        title && (title->empty() || part_ != Part::Preamble)) {
      flush_list();
      part_ = Part::Annex;
      heading_ = *title;  // "Annex Doha Political Declaration …": the title heads its paragraphs
      annex_title_open_ = true;
      last_number_ = 0;
      parent_.reset();
      return;
    }
    if (annex_title_open_ && continues_annex_title(piece, next)) {
      // "Annex" / "Doha Political Declaration …" (the title on a line of its own, however long),
      // or a title broken over two blocks ("Annex Amendments to … for the" / "Law of the Sea Trust
      // Fund"): it heads the annex's paragraphs.
      const std::string line = text::canonical(piece.text);
      heading_ = heading_.empty() ? line : heading_ + " " + line;
      return;
    }
    annex_title_open_ = false;
    if (part_ == Part::Closed) {  // neither an annex nor furniture: still compared, as a paragraph
      warn(piece.line, "text after the closing, outside any annex, compared as a paragraph: \"" +
                           text::canonical(piece.text).substr(0, 60) + "\"");
      emit(ClauseKind::Paragraph, "", piece, 0);
      return;
    }
    if (is_heading(piece, next, lex_)) {
      flush_list();
      heading_ = text::canonical(piece.text);
      return;
    }
    std::string_view text = trim(piece.text);
    if (text.empty()) return;
    const size_t lead = static_cast<size_t>(text.data() - piece.text.data());
    size_t rest = 0;
    std::optional<int> n = paragraph_number(text, &rest, &lex_);
    if (!n && numbered_part()) {  // "6    Also reaffirms": the number lost its full stop
      n = unstopped_number(text, lex_, &rest);
      if (n && *n == last_number_ + 1) warn(piece.line, "paragraph number " + std::to_string(*n) + " printed without its full stop");
      else n.reset();
    }
    if (n && plausible(*n)) {
      flush_list();
      if (part_ == Part::Preamble) part_ = Part::Operative;
      if (*n != last_number_ + 1)
        warn(piece.line, "paragraph numbers jump from " + std::to_string(last_number_) + " to " + std::to_string(*n));
      last_number_ = *n;
      ClauseKind kind = part_ == Part::Annex ? ClauseKind::Annex : ClauseKind::Operative;
      emit(kind, std::to_string(*n), piece, lead + rest);
      parent_ = std::to_string(*n);
      parent_unfinished_ = !ends_clause(text);
      if (ends_with_colon(text)) open_list(std::to_string(*n));
      return;
    }
    std::optional<Label> label = item_label(text, &rest, &lex_);
    // A labelled item, or one opening like an item ("Adopting …") after a paragraph that lost its
    // "we commit to:" at a line end ("… To this end, we"), starts the sub-list without the ':'.
    if (!list_.open && parent_ && (label || (parent_unfinished_ && opens_with(lex_, lex_.item_openers, text))))
      open_list(*parent_);
    if (list_.open) {
      list_.pieces.push_back(piece);
      list_.rests.push_back(label ? lead + rest : 0);
      list_.items.push_back(ListItem{label, ends_with_colon(text)});
      return;
    }
    if (part_ == Part::Preamble) {
      // "Adopts the Doha …": an operative paragraph without a number ends like one, not with a comma.
      if (opens_with(lex_, lex_.operative_openers, text) && !opens_with(lex_, lex_.recital_openers, text) &&
          !ends_with_comma(text)) {
        part_ = Part::Operative;  // "Adopts the Doha …": operative paragraphs without numbers
        unnumbered_ = true;
        emit(ClauseKind::Operative, "", piece, lead);
      } else {
        emit(ClauseKind::Preambular, "", piece, lead);
      }
      return;
    }
    if (part_ == Part::Operative && !unnumbered_)
      warn(piece.line, "unnumbered paragraph after operative paragraph " + std::to_string(last_number_) +
                           " read as an operative paragraph without a number");
    emit(part_ == Part::Annex ? ClauseKind::Annex : ClauseKind::Operative, "", piece, lead);
  }

  /// Right after "Annex": a piece that is no numbered paragraph nor item and does not end as a
  /// clause does, when no title was read yet or when it is set as a heading, is (more of) the
  /// annex's title.
  bool continues_annex_title(const Piece& piece, const Piece* next) const {
    std::string_view text = trim(piece.text);
    if (text.empty() || paragraph_number(text, nullptr, &lex_) || item_label(text, nullptr, &lex_) || ends_clause(text))
      return false;
    return heading_.empty() || is_heading(piece, next, lex_);
  }

  void open_list(const std::string& parent) {
    list_ = List{};
    list_.open = true;
    list_.parent = parent;
    list_.kind = part_ == Part::Annex ? ClauseKind::Annex : ClauseKind::Subparagraph;
  }

  void flush_list() {
    if (!list_.open) return;
    std::vector<std::string> paths = label_items(list_.items, &lex_);
    for (size_t i = 0; i < list_.pieces.size(); ++i) {
      if (!list_.items[i].label)
        warn(list_.pieces[i].line, "sub-paragraph label lost; read as " + list_.parent + " " + paths[i]);
      emit(list_.kind, list_.parent.empty() ? paths[i] : list_.parent + " " + paths[i], list_.pieces[i], list_.rests[i]);
    }
    list_ = List{};
  }

  void emit(ClauseKind kind, std::string number, const Piece& piece, size_t from) {
    Clause clause;
    clause.kind = kind;
    clause.index = ++counts_[static_cast<size_t>(kind)];
    clause.number = std::move(number);
    std::string_view body = std::string_view(piece.text).substr(std::min(from, piece.text.size()));
    clause.text = text::canonical(body);
    for (const Cite& cite : piece.cites) {
      clause.footnotes.push_back(doc_.footnotes[static_cast<size_t>(cite.number - 1)]);
      // where the marker stood in the clause's text: the canonical length of the text before it
      size_t before = cite.at > from ? std::min(cite.at - from, body.size()) : 0;
      clause.footnote_at.push_back(std::min(text::canonical(body.substr(0, before)).size(), clause.text.size()));
    }
    clause.heading = heading_;
    clause.line = piece.line;
    doc_.clauses.push_back(std::move(clause));
  }

  void warn(int line, const std::string& what) { doc_.warnings.push_back("line " + std::to_string(line) + ": " + what); }

  const Lexicon& lex_;
  Document& doc_;
  Part part_ = Part::Preamble;
  bool unnumbered_ = false;  // operative paragraphs carry no numbers
  std::optional<std::string> parent_;  // number of the last numbered paragraph, which items hang under
  bool parent_unfinished_ = false;     // that paragraph ends without punctuation
  int last_number_ = 0;
  std::string heading_;
  bool annex_title_open_ = false;  // just after "Annex": the pieces of its title may follow
  List list_;
  size_t counts_[5] = {};
};

}  // namespace

void read_clauses(std::vector<Piece> body, const Lexicon& lex, Document& doc) {
  doc.clauses.reserve(doc.clauses.size() + body.size());  // about one clause a piece: room made once
  Reader(lex, doc).run(std::move(body));
}

}  // namespace resdiff::segmenter
