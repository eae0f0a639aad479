// Word styles (word/styles.xml) as far as the DOCX reader needs them: which paragraph and
// character styles make text italic, bold or hidden, and which paragraph styles carry list
// numbering (a "List Number" style with a numPr). Styles inherit through w:basedOn; the most
// specific explicit setting wins (run, character style, paragraph style, document defaults).
#pragma once
#include <libxml/tree.h>

#include <map>
#include <optional>
#include <string>

namespace resdiff::load_detail::docx {

/// WordprocessingML's namespace (transitional) and its ISO strict twin.
inline constexpr const char* kWordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr const char* kWordStrictNs = "http://purl.oclc.org/ooxml/wordprocessingml/main";

/// True when node is a WordprocessingML element with local name `name`.
bool is_w(const xmlNode* node, const char* name);

/// The first WordprocessingML child element of node named `name`, or nullptr.
const xmlNode* w_child(const xmlNode* node, const char* name);

/// An on/off property's value: absent w:val or anything but "0"/"false"/"off" means on.
bool on_off(const xmlNode* property);

/// Run properties that matter here; unset means "inherit".
struct RunFormat {
  std::optional<bool> italic;
  std::optional<bool> bold;
  std::optional<bool> hidden;

  /// Fills what is unset here from a less specific format.
  void inherit(const RunFormat& from);
};

/// The run properties written in one w:rPr element (nullptr: nothing set).
RunFormat read_run_format(const xmlNode* rpr);

/// A paragraph's list membership as written in a w:numPr.
struct NumberingRef {
  std::optional<int> num_id;  ///< 0 means "explicitly not numbered"
  std::optional<int> ilvl;
};

/// The numPr written in one w:pPr element.
NumberingRef read_numbering_ref(const xmlNode* ppr);

/// The styles of one document.
class Styles {
 public:
  /// Reads styles.xml (nullptr: no styles part, every query answers "unset").
  static Styles read(const xmlDoc* styles);

  /// Run format a paragraph style gives its text, basedOn chain and document defaults included;
  /// an empty id means the default paragraph style.
  RunFormat paragraph_format(const std::string& style_id) const;

  /// Run format a character style gives, basedOn chain included.
  RunFormat character_format(const std::string& style_id) const;

  /// Numbering a paragraph style carries, basedOn chain included (empty id: default style).
  NumberingRef paragraph_numbering(const std::string& style_id) const;

  /// The numId a numbering style (w:type="numbering") points to, for w:numStyleLink.
  std::optional<int> numbering_style_num(const std::string& style_id) const;

 private:
  struct Style {
    std::string based_on;
    RunFormat run;
    NumberingRef numbering;
  };
  /// The style with this id in one family, or nullptr.
  const Style* find(const std::map<std::string, Style>& styles, const std::string& id) const;

  std::map<std::string, Style> paragraph_;
  std::map<std::string, Style> character_;
  std::map<std::string, Style> numbering_;
  std::string default_paragraph_;
  RunFormat defaults_;
};

}  // namespace resdiff::load_detail::docx
