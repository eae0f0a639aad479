// The stylesheet and the small script embedded in the HTML report (render_html). Internal to render.
#pragma once

namespace resdiff::html_assets {

/// The whole stylesheet: screen, the inline / side-by-side toggle (CSS only), and print.
const char* stylesheet();

/// A tiny optional script: "expand all" / "collapse all" buttons, and every clause opened before
/// printing. The page reads the same without it.
const char* script();

}  // namespace resdiff::html_assets
