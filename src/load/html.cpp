// The HTML reader: libxml2's forgiving HTML parser, then the tree walked in reading order into
// the Block stream every reader yields (see formats.hpp).
//
// Block elements (p, li, h1–h6, div, td, blockquote, …) end the paragraph being built and
// start a new one, so a div's own text is a paragraph of its own. An item of an ordered list
// gets the label a browser shows ("1. " for numbers, "(a) " / "(ii) " for letters and roman
// numerals, honouring start, type and value). <em>/<i> are italics, <strong>/<b> bold, <br> a
// line break. Notes (see html_notes.hpp) become "[^N]" where they are cited, N counting in
// reading order, and "[^N]: text" blocks at the end; a bare <sup>N</sup> is a citation too, and
// a paragraph that opens with one is the text of note N. Scripts, styles, the head and
// navigation are skipped. The charset comes from the page (<meta charset>); a page that names
// none is read as UTF-8 when it is valid UTF-8, else as windows-1252.
//
//   <ol start="3"><li><p><em>Urges</em> all States<sup>2</sup></p></li></ol>
//   → Block{"3. Urges all States[^1]", italics [3, 8)}
#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdint>
#include <map>

#include "load/formats.hpp"
#include "load/html_notes.hpp"
#include "load/rich_text.hpp"
#include "load/xml.hpp"
#include "resdiff/text.hpp"

namespace resdiff::load_detail {

namespace {

// List values are kept in this range, so that counting on can never overflow.
constexpr int kMaxValue = 999999;

// Elements whose content is never text of the document.
bool skipped(std::string_view name) {
  static constexpr std::string_view kSkipped[] = {"head",  "script", "style",  "noscript", "template", "nav",
                                                  "title", "meta",   "link",   "svg",      "math",     "iframe",
                                                  "object", "embed", "button", "select",   "textarea", "input",
                                                  "footer", "img"};
  return std::find(std::begin(kSkipped), std::end(kSkipped), name) != std::end(kSkipped);
}

// Elements that start and end a paragraph.
bool block(std::string_view name) {
  static constexpr std::string_view kBlocks[] = {
      "p",      "div",     "h1",     "h2",      "h3",         "h4",      "h5",      "h6",   "blockquote",
      "td",     "th",      "tr",     "table",   "tbody",      "thead",   "tfoot",   "caption", "dd",
      "dt",     "dl",      "section", "article", "main",      "header",  "aside",   "figure", "figcaption",
      "address", "center", "hr",     "body",    "html",       "fieldset", "legend", "details", "summary",
      "form"};
  return std::find(std::begin(kBlocks), std::end(kBlocks), name) != std::end(kBlocks);
}

// s in lower case (ASCII).
std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// An inline style attribute without white space, lower case ("font-style:italic;…").
std::string compact_style(const xmlNode* node) {
  std::string style = lower(xml::attribute_or_empty(node, "style"));
  style.erase(std::remove_if(style.begin(), style.end(), [](unsigned char c) { return std::isspace(c); }), style.end());
  return style;
}

// True for an element hidden from readers (hidden attribute, display:none, ARIA navigation).
bool hidden(const xmlNode* node) {
  if (xml::attribute(node, "hidden")) return true;
  std::string role = xml::attribute_or_empty(node, "role");
  if (role == "navigation" || role == "banner" || role == "contentinfo") return true;
  return compact_style(node).find("display:none") != std::string::npos;
}

// "12" for a short run of ASCII digits (a footnote marker), else "".
std::string marker_digits(std::string s) {
  auto not_space = [](unsigned char c) { return !std::isspace(c); };
  s.erase(s.begin(), std::find_if(s.begin(), s.end(), not_space));
  s.erase(std::find_if(s.rbegin(), s.rend(), not_space).base(), s.end());
  if (s.empty() || s.size() > 3) return "";
  for (char c : s) {
    if (c < '0' || c > '9') return "";
  }
  return s;
}

// A list item's number as a browser shows it: "1." for numbers, "(a)" for letters and roman numerals.
std::string list_label(int value, const std::string& type) {
  if (value < 1) return std::to_string(value) + ".";
  auto upper = [](std::string s) {
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
  };
  std::string letters = text::list_letters(value);
  auto parens = [](const std::string& s) {
    std::string out(1, '(');
    out += s;
    out += ')';
    return out;
  };
  if (type == "a") return parens(letters);
  if (type == "A") return parens(upper(letters));
  if (type == "i") return parens(text::roman_numeral(value));
  if (type == "I") return parens(upper(text::roman_numeral(value)));
  return std::to_string(value) + ".";
}

// The list type of an <ol>: its type attribute, else its CSS list-style-type, else "1".
std::string list_type(const xmlNode* ol) {
  if (std::optional<std::string> type = xml::attribute(ol, "type"); type && !type->empty()) return *type;
  std::string style = compact_style(ol);
  if (style.find("lower-alpha") != std::string::npos || style.find("lower-latin") != std::string::npos) return "a";
  if (style.find("upper-alpha") != std::string::npos || style.find("upper-latin") != std::string::npos) return "A";
  if (style.find("lower-roman") != std::string::npos) return "i";
  if (style.find("upper-roman") != std::string::npos) return "I";
  return "1";
}

// Word's "downlevel-revealed" conditional comments (<![if !supportLists]> … <![endif]>) hide
// nothing; removing their brackets keeps libxml2 from reading them as text.
std::string strip_conditional_brackets(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  size_t i = 0;
  while (i < bytes.size()) {
    if (bytes.compare(i, 5, "<![if") == 0 || bytes.compare(i, 10, "<![endif]>") == 0) {
      size_t close = bytes.find('>', i);
      if (close == std::string_view::npos) break;
      i = close + 1;
      continue;
    }
    out += bytes[i++];
  }
  return out;
}

// The charset a page declares in its first 4 KiB (<meta charset> or http-equiv), lower case, or "".
std::string declared_charset(std::string_view bytes) {
  std::string head = lower(std::string(bytes.substr(0, 4096)));
  size_t at = head.find("charset");
  if (at == std::string::npos) return "";
  at += 7;
  while (at < head.size() && (head[at] == ' ' || head[at] == '=' || head[at] == '"' || head[at] == '\'')) ++at;
  size_t end = at;
  while (end < head.size() && (std::isalnum(static_cast<unsigned char>(head[end])) || head[end] == '-' || head[end] == '_')) {
    ++end;
  }
  return head.substr(at, end - at);
}

// One reading pass over a page: the state of the walk and the blocks it has produced.
class HtmlReader {
 public:
  // A reader over one page's notes.
  HtmlReader(const html::NoteIndex& notes, int max_depth) : notes_(notes), max_depth_(max_depth) {}

  // True when the page nests deeper than the limit (and the read stopped there): an error, never
  // content skipped in silence. libxml2 refuses deeper pages first, so this is a second guard.
  bool too_deep() const { return too_deep_; }

  // Reads the tree, then appends the notes; returns every block.
  std::vector<Block> read(const xmlNode* root) {
    if (root != nullptr) element(root, 0);
    flush();
    append_notes();
    return std::move(blocks_);
  }

 private:
  struct List {
    bool ordered = false;
    std::string type;
    int next = 1;
  };
  struct Definition {
    std::string key;
    std::string alias;  // "sup:N" when the note opens with a bare <sup>N</sup>
    RichText text;
  };

  // The children of node, text and elements, in order.
  void children(const xmlNode* node, int depth) {
    for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
        text(c);
      } else if (c->type == XML_ELEMENT_NODE) {
        element(c, depth + 1);
      }
    }
  }

  // A text node: HTML white space as spaces (line breaks kept inside <pre>), in the current style.
  void text(const xmlNode* node) {
    if (node->content == nullptr) return;
    std::string t = reinterpret_cast<const char*>(node->content);
    for (char& c : t) {
      if (c == '\n' && pre_ > 0) continue;
      if (c == '\n' || c == '\t' || c == '\r' || c == '\f') c = ' ';
    }
    current_.append(t, Style{italic_ > 0, bold_ > 0});
  }

  // One element: skipped, a note, a link, a marker, a break, a list, an item, a block or inline.
  void element(const xmlNode* e, int depth) {
    if (depth > max_depth_) too_deep_ = true;
    if (too_deep_) return;
    std::string_view name = xml::name(e);
    if (skipped(name) || hidden(e)) return;
    if (!in_note_ && notes_.is_container(e)) return note(e, depth);
    if (name == "a") return link(e, depth);
    if (name == "sup") return sup(e, depth);
    if (name == "br") return in_note_ ? current_.append(" ") : current_.line_break();
    if (name == "ol" || name == "ul") return list(e, depth);
    if (name == "li") return item(e, depth);

    std::string style = compact_style(e);
    bool italic = name == "em" || name == "i" || name == "cite" || name == "var" || name == "dfn" ||
                  style.find("font-style:italic") != std::string::npos;
    bool bold = name == "strong" || name == "b" || style.find("font-weight:bold") != std::string::npos ||
                style.find("font-weight:700") != std::string::npos;
    bool is_block = block(name) || name == "pre";
    if (is_block) flush();
    italic_ += italic;
    bold_ += bold;
    pre_ += name == "pre";
    children(e, depth);
    pre_ -= name == "pre";
    bold_ -= bold;
    italic_ -= italic;
    if (is_block) flush();
  }

  // A citing link becomes "[^N]"; a back link inside a note is dropped.
  void link(const xmlNode* a, int depth) {
    if (!in_note_) {
      if (const xmlNode* note = notes_.cited_by(a)) return reference(key_of(note));
    } else if (notes_.is_back_link(a)) {
      return;
    }
    children(a, depth);
  }

  // <sup>N</sup>: a citation, or the number of the note whose text it opens.
  void sup(const xmlNode* e, int depth) {
    std::string digits = marker_digits(xml::text(e));
    if (digits.empty()) return children(e, depth);
    if (in_note_) {
      if (current_.blank() && note_label_.empty()) {
        note_label_ = digits;
        return;
      }
      return children(e, depth);
    }
    if (current_.blank()) {
      definition_key_ = "sup:" + digits;
      return;
    }
    reference("sup:" + digits);
  }

  // <ol>/<ul>: a numbering context for the items inside.
  void list(const xmlNode* e, int depth) {
    flush();
    List l;
    l.ordered = xml::name(e) == "ol";
    l.type = list_type(e);
    l.next = std::clamp(xml::integer_attribute(e, "start").value_or(1), -kMaxValue, kMaxValue);
    lists_.push_back(l);
    children(e, depth);
    lists_.pop_back();
    flush();
  }

  // <li>: its first paragraph gets the item's label.
  void item(const xmlNode* e, int depth) {
    flush();
    if (!lists_.empty() && lists_.back().ordered) {
      List& l = lists_.back();
      if (std::optional<int> value = xml::integer_attribute(e, "value")) l.next = std::clamp(*value, -kMaxValue, kMaxValue);
      pending_label_ = list_label(l.next++, l.type);
    }
    children(e, depth);
    flush();
    pending_label_.clear();
  }

  // A note's text, collected apart and appended at the end.
  void note(const xmlNode* container, int depth) {
    flush();
    in_note_ = true;
    note_label_.clear();
    children(container, depth);
    definitions_.push_back({key_of(container), note_label_.empty() ? "" : "sup:" + note_label_, std::move(current_)});
    current_ = RichText();
    in_note_ = false;
  }

  // Ends the paragraph being built: a block, a note text, or (blank) nothing.
  void flush() {
    if (in_note_) {
      current_.append(" ");
      return;
    }
    if (!current_.blank()) {
      if (!definition_key_.empty()) {
        definitions_.push_back({definition_key_, "", std::move(current_)});
      } else {
        if (!pending_label_.empty()) current_.prepend(pending_label_ + " ");
        pending_label_.clear();
        blocks_.push_back(current_.finish(static_cast<int>(blocks_.size()) + 1));
      }
    }
    current_ = RichText();
    definition_key_.clear();
  }

  // The key a note container is known by.
  static std::string key_of(const xmlNode* container) {
    return "note:" + std::to_string(reinterpret_cast<uintptr_t>(container));
  }

  // "[^N]" for a citation, N by order of first citation.
  void reference(const std::string& key) {
    auto [it, inserted] = ref_numbers_.emplace(key, static_cast<int>(ref_numbers_.size()) + 1);
    current_.append("[^" + std::to_string(it->second) + "]");
  }

  // The "[^N]: text" blocks, in number order; notes never cited are numbered after the rest.
  void append_notes() {
    std::map<int, RichText*> by_number;
    for (Definition& d : definitions_) {
      auto it = ref_numbers_.find(d.key);
      if (it == ref_numbers_.end() && !d.alias.empty()) it = ref_numbers_.find(d.alias);
      if (it == ref_numbers_.end()) it = ref_numbers_.emplace(d.key, static_cast<int>(ref_numbers_.size()) + 1).first;
      by_number.emplace(it->second, &d.text);
    }
    for (auto& [number, text] : by_number) {
      if (text->blank()) continue;
      text->prepend("[^" + std::to_string(number) + "]: ");
      blocks_.push_back(text->finish(static_cast<int>(blocks_.size()) + 1));
    }
  }

  const html::NoteIndex& notes_;
  int max_depth_;
  bool too_deep_ = false;
  RichText current_;
  std::string pending_label_;
  std::string definition_key_;
  std::string note_label_;
  int italic_ = 0;
  int bold_ = 0;
  int pre_ = 0;
  bool in_note_ = false;
  std::vector<List> lists_;
  std::vector<Block> blocks_;
  std::map<std::string, int> ref_numbers_;
  std::vector<Definition> definitions_;
};

}  // namespace

Expected<Source> load_html(std::string_view bytes, const std::string& path, const Limits& limits) {
  std::string cleaned = strip_conditional_brackets(bytes);
  if (cleaned.size() > static_cast<size_t>(INT_MAX)) return Error{path, "HTML file too large"};
  Source source;
  source.path = path;
  source.format = Format::Html;

  // The page's own charset wins. Without one, UTF-8 when the bytes are valid UTF-8, else
  // windows-1252 as browsers do. Invalid bytes in a UTF-8 page become U+FFFD, with a warning.
  const char* encoding = nullptr;
  std::string charset = declared_charset(cleaned);
  bool utf16 = cleaned.starts_with("\xFF\xFE") || cleaned.starts_with("\xFE\xFF");
  bool utf8 = charset.empty() || charset == "utf-8" || charset == "utf8";
  if (!utf16 && utf8) {
    size_t bad = text::find_invalid_utf8(cleaned);
    if (bad != std::string_view::npos && charset.empty()) {
      encoding = "windows-1252";
    } else {
      encoding = "UTF-8";
      if (bad != std::string_view::npos) {
        size_t at = text::find_invalid_utf8(bytes);
        source.warnings.push_back("invalid UTF-8 at byte " + std::to_string(at == std::string_view::npos ? bad : at) +
                                  " (and any after it) read as U+FFFD");
        cleaned = text::repair_utf8(cleaned);  // libxml2 would stop mid-page on them
      }
    }
  }
  Expected<xml::DocPtr> doc = xml::parse_html(cleaned, encoding);
  if (!doc) return Error{path, "cannot read the HTML: " + doc.error().message};
  if (!*doc) return source;  // nothing libxml2 could read as a page: no blocks
  const xmlNode* root = xml::root(doc->get());
  html::NoteIndex notes(root, limits.max_nesting);
  HtmlReader reader(notes, limits.max_nesting);
  source.blocks = reader.read(root);
  if (reader.too_deep()) return Error{path, "cannot read the HTML: " + xml::too_deep(limits.max_nesting)};
  return source;
}

}  // namespace resdiff::load_detail
