// The DOCX reader: word/document.xml walked in reading order into the Block stream every
// reader yields (see formats.hpp).
//
// One block per paragraph (w:p), table cells' paragraphs in row order, headers and footers
// never read. Runs give the text (w:tab as a space, w:br as a line break) and its italics
// (direct, character style, paragraph style, document defaults). A numbered paragraph gets the
// label Word shows in front of it ("1. ", "(a) "), computed from numbering.xml. A footnote or
// endnote reference becomes "[^N]", N counting references in reading order, and the note texts
// follow the body as "[^N]: text" blocks. Tracked changes are read as accepted (insertions in,
// deletions out, a deleted paragraph mark joins two paragraphs) or, with `original`, as
// before them. Field codes (w:instrText) are dropped, field results kept. A block-level content
// control tagged "resdiff-summary" is the summary page resdiff's own Word output opens with, not
// part of the document: it is not read.
//
//   <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr>
//     <w:r><w:rPr><w:i/></w:rPr><w:t>Calls upon</w:t></w:r><w:r><w:t xml:space="preserve"> all States</w:t></w:r>
//     <w:r><w:footnoteReference w:id="7"/></w:r></w:p>
//   → Block{"1. Calls upon all States[^1]", italics [3, 13)}   … and at the end "[^1]: <note 7>"
#include <map>
#include <utility>

#include "load/docx_numbering.hpp"
#include "load/docx_package.hpp"
#include "load/docx_styles.hpp"
#include "load/formats.hpp"
#include "load/rich_text.hpp"

namespace resdiff::load_detail {

namespace {

using docx::is_w;
using docx::w_child;

// Footnotes or endnotes by w:id, separators left out.
std::map<std::string, const xmlNode*> index_notes(const xmlDoc* notes) {
  std::map<std::string, const xmlNode*> index;
  const xmlNode* root = xml::root(notes);
  if (root == nullptr) return index;
  for (const xmlNode* n = root->children; n != nullptr; n = n->next) {
    if (!is_w(n, "footnote") && !is_w(n, "endnote")) continue;
    std::string type = xml::attribute_or_empty(n, "type");
    if (!type.empty() && type != "normal") continue;
    index.emplace(xml::attribute_or_empty(n, "id"), n);
  }
  return index;
}

// True for the content control holding resdiff's summary page (w:sdtPr/w:tag "resdiff-summary").
bool is_summary(const xmlNode* sdt) {
  return xml::attribute_or_empty(w_child(w_child(sdt, "sdtPr"), "tag"), "val") == "resdiff-summary";
}

// One reading pass over a document: the state of the walk and the blocks it has produced.
class DocxReader {
 public:
  // A reader over one document's styles, lists and notes.
  DocxReader(const docx::Styles& styles, docx::Numbering& numbering, const xmlDoc* footnotes,
             const xmlDoc* endnotes, bool original, int max_depth)
      : styles_(styles),
        numbering_(numbering),
        footnotes_(index_notes(footnotes)),
        endnotes_(index_notes(endnotes)),
        original_(original),
        max_depth_(max_depth) {}

  // True when the body nests deeper than the limit (and the read stopped there): an error, never
  // content skipped in silence. libxml2 refuses deeper XML first, so this is a second guard.
  bool too_deep() const { return too_deep_; }

  // Reads the body, then appends the notes it referenced; returns every block.
  std::vector<Block> read(const xmlNode* body) {
    block_level(body, 0);
    emit("");
    append_notes();
    return std::move(blocks_);
  }

 private:
  // Paragraphs, tables and the containers around them, in document order.
  void block_level(const xmlNode* parent, int depth) {
    if (parent == nullptr || deeper_than_limit(depth)) return;
    for (const xmlNode* c = parent->children; c != nullptr; c = c->next) {
      if (is_w(c, "p")) {
        paragraph(c);
      } else if (is_w(c, "tbl")) {
        table(c, depth + 1);
      } else if (is_w(c, "sdt")) {
        if (!is_summary(c)) block_level(w_child(c, "sdtContent"), depth + 1);
      } else if (is_w(c, "customXml")) {
        block_level(c, depth + 1);
      } else if (is_w(c, "ins") || is_w(c, "moveTo")) {
        if (!original_) block_level(c, depth + 1);
      } else if (is_w(c, "del") || is_w(c, "moveFrom")) {
        if (original_) block_level(c, depth + 1);
      }
    }
  }

  // Rows in order, each cell's content in order; rows inserted or deleted as tracked changes
  // follow the reading mode.
  void table(const xmlNode* tbl, int depth) {
    if (deeper_than_limit(depth)) return;
    for (const xmlNode* tr = tbl->children; tr != nullptr; tr = tr->next) {
      if (is_w(tr, "sdt") || is_w(tr, "customXml")) {
        const xmlNode* inner = is_w(tr, "sdt") ? w_child(tr, "sdtContent") : tr;
        if (inner != nullptr) table(inner, depth + 1);
        continue;
      }
      if (!is_w(tr, "tr")) continue;
      const xmlNode* trpr = w_child(tr, "trPr");
      if (original_ ? w_child(trpr, "ins") != nullptr : w_child(trpr, "del") != nullptr) continue;
      for (const xmlNode* tc = tr->children; tc != nullptr; tc = tc->next) {
        if (is_w(tc, "tc")) {
          block_level(tc, depth + 1);
        } else if (is_w(tc, "sdt") || is_w(tc, "customXml")) {
          const xmlNode* inner = is_w(tc, "sdt") ? w_child(tc, "sdtContent") : tc;
          for (const xmlNode* cell = inner == nullptr ? nullptr : inner->children; cell != nullptr; cell = cell->next) {
            if (is_w(cell, "tc")) block_level(cell, depth + 1);
          }
        }
      }
    }
  }

  // One paragraph: its runs into the current text; then, unless its mark is removed in this
  // reading (the paragraph runs on into the next), the label and the block.
  void paragraph(const xmlNode* p) {
    const xmlNode* ppr = w_child(p, "pPr");
    std::string style_id;
    if (const xmlNode* pstyle = w_child(ppr, "pStyle")) style_id = xml::attribute_or_empty(pstyle, "val");
    docx::RunFormat format = styles_.paragraph_format(style_id);
    inline_level(p, format, 0);

    if (in_note_) {
      current_.append(" ");
      return;
    }
    const xmlNode* mark = w_child(ppr, "rPr");
    bool mark_removed = original_ ? (w_child(mark, "ins") != nullptr || w_child(mark, "moveTo") != nullptr)
                                  : (w_child(mark, "del") != nullptr || w_child(mark, "moveFrom") != nullptr);
    if (mark_removed) return;
    emit(label(ppr, style_id));
  }

  // The label Word shows for a paragraph (advancing the list counters), "" when unnumbered.
  std::string label(const xmlNode* ppr, const std::string& style_id) {
    docx::NumberingRef direct = docx::read_numbering_ref(ppr);
    docx::NumberingRef styled = styles_.paragraph_numbering(style_id);
    std::optional<int> num_id = direct.num_id ? direct.num_id : styled.num_id;
    if (!num_id || *num_id == 0) return "";
    std::optional<int> ilvl = direct.ilvl;
    if (!ilvl && !direct.num_id) {
      ilvl = numbering_.level_of_style(*num_id, style_id);
      if (!ilvl) ilvl = styled.ilvl;
    }
    return numbering_.next_label(*num_id, ilvl.value_or(0));
  }

  // Turns the current text into a block (label in front), unless it is blank.
  void emit(const std::string& label) {
    if (!current_.blank()) {
      if (!label.empty()) current_.prepend(label + " ");
      blocks_.push_back(current_.finish(static_cast<int>(blocks_.size()) + 1));
    }
    current_ = RichText();
  }

  // Paragraph content: runs, and the wrappers around runs (hyperlinks, fields, content
  // controls, tracked insertions and deletions as the reading mode wants them).
  void inline_level(const xmlNode* parent, const docx::RunFormat& paragraph_format, int depth) {
    if (parent == nullptr || deeper_than_limit(depth)) return;
    for (const xmlNode* c = parent->children; c != nullptr; c = c->next) {
      if (is_w(c, "r")) {
        run(c, paragraph_format);
      } else if (is_w(c, "hyperlink") || is_w(c, "smartTag") || is_w(c, "customXml") || is_w(c, "fldSimple") ||
                 is_w(c, "dir") || is_w(c, "bdo")) {
        inline_level(c, paragraph_format, depth + 1);
      } else if (is_w(c, "sdt")) {
        inline_level(w_child(c, "sdtContent"), paragraph_format, depth + 1);
      } else if (is_w(c, "ins") || is_w(c, "moveTo")) {
        if (!original_) inline_level(c, paragraph_format, depth + 1);
      } else if (is_w(c, "del") || is_w(c, "moveFrom")) {
        if (original_) inline_level(c, paragraph_format, depth + 1);
      }
    }
  }

  // The run properties in force: direct, then character style, then the paragraph's.
  docx::RunFormat run_format(const xmlNode* rpr, const docx::RunFormat& paragraph_format) const {
    const xmlNode* props = rpr;
    if (original_) {
      if (const xmlNode* change = w_child(rpr, "rPrChange")) props = w_child(change, "rPr");
    }
    docx::RunFormat format = docx::read_run_format(props);
    if (const xmlNode* rstyle = w_child(rpr, "rStyle")) {
      format.inherit(styles_.character_format(xml::attribute_or_empty(rstyle, "val")));
    }
    format.inherit(paragraph_format);
    return format;
  }

  // One run: its text, tabs, breaks and note references; hidden runs are skipped.
  void run(const xmlNode* r, const docx::RunFormat& paragraph_format) {
    docx::RunFormat format = run_format(w_child(r, "rPr"), paragraph_format);
    if (format.hidden.value_or(false)) return;
    Style style{format.italic.value_or(false), format.bold.value_or(false)};
    for (const xmlNode* c = r->children; c != nullptr; c = c->next) {
      if (is_w(c, "t") || (original_ && is_w(c, "delText"))) {
        current_.append(xml::text(c), style);
      } else if (is_w(c, "tab") || is_w(c, "ptab")) {
        current_.append(" ", style);
      } else if (is_w(c, "br")) {
        std::string type = xml::attribute_or_empty(c, "type");
        if (type == "page" || type == "column") {
          current_.append(" ", style);
        } else {
          current_.line_break();
        }
      } else if (is_w(c, "cr")) {
        current_.line_break();
      } else if (is_w(c, "noBreakHyphen")) {
        current_.append("\u2011", style);
      } else if (is_w(c, "footnoteReference")) {
        reference('f', xml::attribute_or_empty(c, "id"));
      } else if (is_w(c, "endnoteReference")) {
        reference('e', xml::attribute_or_empty(c, "id"));
      }
    }
  }

  // "[^N]" for a note reference, N by order of first reference.
  void reference(char kind, const std::string& id) {
    if (in_note_) return;
    auto key = std::make_pair(kind, id);
    auto [it, inserted] = note_numbers_.emplace(key, static_cast<int>(note_order_.size()) + 1);
    if (inserted) note_order_.push_back(key);
    current_.append("[^" + std::to_string(it->second) + "]");
  }

  // The "[^N]: text" blocks of the referenced notes, in number order.
  void append_notes() {
    in_note_ = true;
    for (size_t i = 0; i < note_order_.size(); ++i) {
      const auto& [kind, id] = note_order_[i];
      const auto& index = kind == 'f' ? footnotes_ : endnotes_;
      auto it = index.find(id);
      if (it == index.end()) continue;
      current_ = RichText();
      block_level(it->second, 0);
      if (current_.blank()) continue;
      current_.prepend("[^" + std::to_string(i + 1) + "]: ");
      blocks_.push_back(current_.finish(static_cast<int>(blocks_.size()) + 1));
    }
    current_ = RichText();
    in_note_ = false;
  }

  // Notes a walk past the nesting limit; true from then on, so the walk stops everywhere.
  bool deeper_than_limit(int depth) {
    if (depth > max_depth_) too_deep_ = true;
    return too_deep_;
  }

  const docx::Styles& styles_;
  docx::Numbering& numbering_;
  std::map<std::string, const xmlNode*> footnotes_;
  std::map<std::string, const xmlNode*> endnotes_;
  bool original_;
  int max_depth_;
  bool too_deep_ = false;
  RichText current_;
  bool in_note_ = false;
  std::vector<Block> blocks_;
  std::map<std::pair<char, std::string>, int> note_numbers_;
  std::vector<std::pair<char, std::string>> note_order_;
};

}  // namespace

Expected<Source> load_docx(std::string_view bytes, const std::string& path, bool original, const Limits& limits) {
  Expected<docx::Package> package = docx::open_package(bytes, limits);
  if (!package) return Error{path, "not a valid DOCX: " + package.error().message};
  const xmlNode* root = xml::root(package->document.get());
  if (!is_w(root, "document")) return Error{path, "not a valid DOCX: the main part is not a WordprocessingML document"};

  docx::Styles styles = docx::Styles::read(package->styles.get());
  docx::Numbering numbering = docx::Numbering::read(package->numbering.get(), styles);
  DocxReader reader(styles, numbering, package->footnotes.get(), package->endnotes.get(), original, limits.max_nesting);

  Source source;
  source.path = path;
  source.format = Format::Docx;
  source.blocks = reader.read(w_child(root, "body"));
  if (reader.too_deep()) return Error{path, "not a valid DOCX: " + xml::too_deep(limits.max_nesting)};
  source.warnings = std::move(package->warnings);
  return source;
}

}  // namespace resdiff::load_detail
