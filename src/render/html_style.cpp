// The CSS and JavaScript embedded in the HTML pages (the report and the history grid), and the
// escaping and redline they share. No external assets and no web fonts: the
// page works offline and as a mail attachment. The inline / side-by-side toggle is two radio
// buttons and `:checked ~` selectors, so it works with scripts off; the script adds "expand all",
// the previous / next change buttons and their keys (j or n: next; k or p: previous; not while
// typing, nor with Ctrl, Alt or Meta), and opens every collapsed clause before printing. A step
// goes to the change after (before) the one last reached, or after the part of the page in view
// when none was: location.hash names it, so the browser's :target marks it and Back goes back.
#include "html_style.hpp"

#include "markup_chars.hpp"

namespace resdiff::html_assets {

const char* stylesheet() {
  return R"CSS(
:root { --ink: #1b1f24; --muted: #6a737d; --rule: #d0d7de; --paper: #ffffff; --band: #f6f8fa;
  --del: #b31d28; --del-bg: #ffebe9; --ins: #116329; --ins-bg: #dafbe1; --accent: #0b5cad; }
* { box-sizing: border-box; }
html { background: var(--paper); color: var(--ink); }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem 2rem 4rem;
  font: 16px/1.55 "Segoe UI", "Helvetica Neue", Arial, "Noto Sans", "Noto Naskh Arabic", sans-serif; }
h1 { font-size: 1.55rem; line-height: 1.25; margin: 0 0 .75rem; }
h2 { font-size: 1.15rem; margin: 2.2rem 0 .6rem; padding-bottom: .25rem; border-bottom: 2px solid var(--rule); }
a { color: var(--accent); }
.docs { display: grid; grid-template-columns: 1fr auto 1fr; gap: .75rem; align-items: stretch; margin: 0 0 1rem; }
.doc { background: var(--band); border: 1px solid var(--rule); border-radius: 6px; padding: .6rem .9rem; }
.doc .role { text-transform: uppercase; letter-spacing: .06em; font-size: .72rem; color: var(--muted); }
.doc .symbol { font-weight: 700; font-size: 1.15rem; }
.doc .detail, .doc .path { color: var(--muted); font-size: .88rem; }
.doc .path { font-family: ui-monospace, "DejaVu Sans Mono", monospace; word-break: break-all; }
.docs .arrow { align-self: center; font-size: 1.6rem; color: var(--muted); }
.verdict { font-weight: 600; margin: .5rem 0 1rem; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { border: 1px solid var(--rule); padding: .3rem .55rem; text-align: left; vertical-align: top; }
thead th { background: var(--band); font-weight: 600; }
table.summary td.n, table.summary th.n { text-align: right; font-variant-numeric: tabular-nums; }
table.summary td.zero { color: #b0b7bf; }
table.summary tr.total td, table.summary tr.total th { font-weight: 700; background: var(--band); }
table.meta td.field { white-space: nowrap; font-weight: 600; }
.tag { display: inline-block; font-size: .72rem; font-weight: 600; letter-spacing: .03em; text-transform: uppercase;
  border-radius: 999px; padding: .05rem .5rem; margin-left: .35rem; vertical-align: .1em; border: 1px solid currentColor; }
.tag.technical { color: var(--muted); }
.tag.substantive { color: #8a4600; }
.tag.status-changed { color: #7d4e00; } .tag.status-moved { color: #5a32a3; }
.tag.status-inserted { color: var(--ins); } .tag.status-deleted { color: var(--del); }
.tag.status-split, .tag.status-merged { color: #1f6feb; }
del { color: var(--del); background: var(--del-bg); text-decoration: line-through; text-decoration-thickness: 1px; }
ins { color: var(--ins); background: var(--ins-bg); text-decoration: underline; text-decoration-thickness: 1px;
  text-underline-offset: 2px; }
del.tech, ins.tech { color: var(--muted); background: #eef1f4; }
del + ins { margin-left: .2em; }
.toolbar { position: sticky; top: 0; z-index: 2; background: rgba(255,255,255,.96); border-bottom: 1px solid var(--rule);
  padding: .45rem 0; margin: 1.5rem 0 0; display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; font-size: .92rem; }
.toolbar .views label { border: 1px solid var(--rule); padding: .2rem .7rem; cursor: pointer; background: var(--paper); }
.toolbar .views label:first-of-type { border-radius: 6px 0 0 6px; }
.toolbar .views label:last-of-type { border-radius: 0 6px 6px 0; border-left: 0; }
.toolbar .legend { color: var(--muted); }
.toolbar button { font: inherit; font-size: .85rem; border: 1px solid var(--rule); background: var(--paper);
  border-radius: 6px; padding: .15rem .6rem; cursor: pointer; }
.view-radio { position: absolute; opacity: 0; pointer-events: none; }
#view-inline:checked ~ .toolbar label[for=view-inline], #view-side:checked ~ .toolbar label[for=view-side] {
  background: var(--accent); color: #fff; border-color: var(--accent); }
#view-inline:focus-visible ~ .toolbar label[for=view-inline], #view-side:focus-visible ~ .toolbar label[for=view-side] {
  outline: 2px solid var(--accent); outline-offset: 2px; }
.side { display: none; }
#view-side:checked ~ main .side { display: grid; }
#view-side:checked ~ main .inline { display: none; }
.side { grid-template-columns: 1fr 1fr; gap: .9rem; }
.side .col { background: var(--band); border-radius: 4px; padding: .3rem .7rem; }
.side .col-head { font-size: .72rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
.side .empty { color: var(--muted); font-style: italic; }
.clause { margin: .35rem 0; padding: .45rem .8rem; border-left: 4px solid transparent; scroll-margin-top: 3.2rem; }
.clause:target { background: #fff8c5; }
.clause.changed, .clause.moved, .clause.split, .clause.merged { border-left-color: #d4a72c; }
.clause.inserted { border-left-color: var(--ins); } .clause.deleted { border-left-color: var(--del); }
.clause.technical { border-left-color: var(--rule); opacity: .78; }
.clause .head { font-size: .9rem; }
.clause .label { font-weight: 700; text-decoration: none; font-variant-numeric: tabular-nums; }
.clause p { margin: .25rem 0; }
.clause .note { color: var(--muted); font-size: .88rem; }
.clause.ghost { color: var(--muted); border-left: 4px dashed #c8b6e8; padding-top: .15rem; padding-bottom: .15rem;
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.clause.ghost .label { color: var(--muted); }
.clause .from { font-size: .8rem; margin-left: .5rem; }
nav#changes ol { padding-left: 1.6rem; margin: .3rem 0 1rem; }
nav#changes li { margin: .2rem 0; }
nav#changes li .label { font-weight: 700; text-decoration: none; margin-right: .35rem; font-variant-numeric: tabular-nums; }
nav#changes h3 { font-size: 1rem; margin: .8rem 0 .2rem; }
nav#changes ol.technical { color: var(--muted); }
q { quotes: "\201C" "\201D"; }
.toolbar .keys { color: var(--muted); font-size: .8rem; }
kbd { font: .75rem ui-monospace, "DejaVu Sans Mono", monospace; border: 1px solid var(--rule); border-radius: 3px;
  padding: 0 .25rem; background: var(--band); }
details.clause { border-left-color: transparent; padding-top: .1rem; padding-bottom: .1rem; color: var(--muted); }
details.clause summary { cursor: pointer; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
details.clause summary .label { color: var(--muted); }
details.clause[open] { color: var(--ink); }
details.clause[open] summary .preview { display: none; }
.footnotes { font-size: .85rem; color: var(--muted); }
footer { margin-top: 3rem; font-size: .8rem; color: var(--muted); border-top: 1px solid var(--rule); padding-top: .5rem; }
@media (max-width: 700px) { body { padding: 1rem; } .docs { grid-template-columns: 1fr; } .docs .arrow { display: none; }
  #view-side:checked ~ main .side { grid-template-columns: 1fr; } }
@media print {
  @page { margin: 16mm 14mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .toolbar, .view-radio { display: none !important; }
  .clause.ghost { white-space: normal; }
  main .inline { display: block !important; }
  main .side { display: none !important; }
  details.clause, details.clause[open] { color: #000; }
  details.clause summary { white-space: normal; }
  details.clause summary .preview { display: none; }
  details.clause::details-content { content-visibility: visible; display: block; }
  details.clause > summary { list-style: none; }
  .clause { break-inside: avoid; opacity: 1 !important; }
  .clause:target { background: none; }
  del, del.tech { color: #000; background: none; text-decoration: line-through; }
  ins, ins.tech { color: #000; background: none; text-decoration: underline; }
  del.tech, ins.tech { color: #555; }
  a { color: #000; text-decoration: none; }
  .doc, thead th, table.summary tr.total td, table.summary tr.total th { background: none; }
}
)CSS";
}

const char* script() {
  return R"JS(
(function () {
  var all = document.querySelectorAll('details.clause');
  var bar = document.querySelector('.toolbar');
  if (bar && all.length) {
    var make = function (text, open) {
      var b = document.createElement('button');
      b.type = 'button'; b.textContent = text; b.className = open ? 'expand-all' : 'collapse-all';
      b.addEventListener('click', function () { all.forEach(function (d) { d.open = open; }); });
      bar.appendChild(b);
    };
    make('Expand unchanged', true); make('Collapse unchanged', false);
  }
  var changes = Array.prototype.slice.call(document.querySelectorAll('[data-change]'));
  var current = -1;
  var go = function (step) {
    if (!changes.length) return;
    if (current < 0) {
      // from where the reader is: the first change below the top of the window (or above it)
      var below = changes.findIndex(function (c) { return c.getBoundingClientRect().top > 1; });
      current = step > 0 ? (below < 0 ? changes.length : below) - 1 : (below < 0 ? changes.length : below);
    }
    current = Math.max(0, Math.min(changes.length - 1, current + step));
    var c = changes[current];
    if (location.hash.slice(1) !== c.id) location.hash = c.id;
    if (c.scrollIntoView) c.scrollIntoView({block: 'start'});
    document.body.setAttribute('data-current-change', c.id);
  };
  if (bar && changes.length) {
    var step = function (text, cls, by) {
      var b = document.createElement('button');
      b.type = 'button'; b.textContent = text; b.className = cls; b.title = text;
      b.addEventListener('click', function () { go(by); });
      bar.appendChild(b);
    };
    step('\u2190 Previous change', 'previous-change', -1); step('Next change \u2192', 'next-change', 1);
  }
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.altKey || e.metaKey || e.defaultPrevented) return;
    var t = e.target && e.target.tagName;
    if (t === 'INPUT' && e.target.type !== 'radio' || t === 'TEXTAREA' || t === 'SELECT' || (e.target && e.target.isContentEditable)) return;
    if (e.key === 'j' || e.key === 'n') { go(1); e.preventDefault(); }
    else if (e.key === 'k' || e.key === 'p') { go(-1); e.preventDefault(); }
  });
  window.addEventListener('hashchange', function () {
    var i = changes.findIndex(function (c) { return c.id === location.hash.slice(1); });
    if (i >= 0) current = i;
  });
  window.addEventListener('beforeprint', function () { all.forEach(function (d) { d.open = true; }); });
  var hash = decodeURIComponent(location.hash.slice(1));
  var target = hash && document.getElementById(hash);
  if (target && target.tagName === 'DETAILS') target.open = true;
  if (hash) current = changes.findIndex(function (c) { return c.id === hash; });
})();
)JS";
}

std::string esc(const std::string& text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (size_t skip = render_markup::forbidden_in_markup(text, i)) {  // markup_chars.hpp
      i += skip - 1;
      continue;
    }
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string anchor_of(const std::string& label) {
  std::string out;
  for (char c : label) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_') out += c;
  }
  return out;
}

std::string marked(const char* tag, const std::string& text, bool technical) {
  size_t begin = text.find_first_not_of(' ');
  if (begin == std::string::npos) return esc(text);
  size_t end = text.find_last_not_of(' ') + 1;
  return text.substr(0, begin) + "<" + tag + (technical ? " class=\"tech\"" : "") + ">" + esc(text.substr(begin, end - begin)) +
         "</" + tag + ">" + text.substr(end);
}

std::string redline(const std::vector<Edit>& edits, bool show_delete, bool show_insert) {
  std::string out;
  for (const Edit& e : edits) {
    switch (e.op) {
      case Edit::Op::Equal: out += esc(e.text); break;
      case Edit::Op::Delete:
        if (show_delete) out += marked("del", e.text, e.technical);
        break;
      case Edit::Op::Insert:
        if (show_insert) out += marked("ins", e.text, e.technical);
        break;
    }
  }
  return out;
}

}  // namespace resdiff::html_assets
