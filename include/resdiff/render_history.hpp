// Rendering a History (`resdiff log`, `resdiff blame`): strings out, never printed.
#pragma once
#include <string>

#include "resdiff/history.hpp"
#include "resdiff/render.hpp"

namespace resdiff {

/// `resdiff log` (terminal / plain text): the series, then one block per clause of the newest
/// version ("PP5  since 72/42 · changed in 76/28 (substantive), 79/42 (substantive)" and its
/// text), then the clauses dropped along the way. With verbose, each step's word changes.
std::string render_log_text(const History& history, const RenderOptions& options, bool verbose);

/// `resdiff log --format json` (format "resdiff-log", version 1, per CONTRACT.md).
std::string render_log_json(const History& history);

/// `resdiff log --format html`: one self-contained page, a grid of clauses × versions (new,
/// unchanged, technical, substantive, moved, split, merged, gone) whose cells open the word changes.
std::string render_log_html(const History& history);

/// `resdiff log --format markdown`: a note for the file — the versions, then what each clause
/// went through in sentences, then the dropped clauses.
std::string render_log_markdown(const History& history);

/// `resdiff blame`: the newest text, each clause annotated with the version it last changed in
/// (like git blame); with words, each run of words marked with the version that brought it.
std::string render_blame_text(const History& history, const RenderOptions& options, bool words);

/// `resdiff blame --format json` (format "resdiff-blame", version 1): per clause its label, text,
/// born and last-changed versions, and its word runs with their versions.
std::string render_blame_json(const History& history);

}  // namespace resdiff
