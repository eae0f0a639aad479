// The stylesheet and the small script embedded in the HTML pages (render_html, render_log_html),
// and the escaping and redline both write with. Internal to render (the batch index page
// escapes with esc() too).
#pragma once
#include <string>
#include <vector>

#include "resdiff/diff.hpp"

namespace resdiff::html_assets {

/// The whole stylesheet: screen, the inline / side-by-side toggle (CSS only), and print.
const char* stylesheet();

/// A tiny optional script: "expand all" / "collapse all" buttons, and every clause opened before
/// printing. The page reads the same without it.
const char* script();

/// Text made safe inside HTML elements and attribute values (& < > " ' escaped; characters HTML
/// cannot hold, markup_chars.hpp, left out).
std::string esc(const std::string& text);

/// A clause label as an element id: "OP5 (a)" → "OP5a" (letters, digits, '-' and '_' kept).
std::string anchor_of(const std::string& label);

/// Text in <tag> (class "tech" when technical), escaped, with white space at its ends left
/// outside so that the mark hugs the words.
std::string marked(const char* tag, const std::string& text, bool technical);

/// Edits as escaped HTML: deletions in <del>, insertions in <ins>, each side shown or not.
std::string redline(const std::vector<Edit>& edits, bool show_delete, bool show_insert);

}  // namespace resdiff::html_assets
