// Internal to src/segment: the segmenter's view of a language table.
//
// The segmenter is one grammar for every language; what differs (the words that open a recital,
// month names, how the closing and the header lines read) lives in the document's Language
// (include/resdiff/language.hpp, src/lang/<code>.cpp). The passes call it a Lexicon and use the
// look-ups below; no word of any language is written in a pass.
#pragma once
#include <span>
#include <string_view>

#include "resdiff/language.hpp"

namespace resdiff::segmenter {

/// One language's resolution vocabulary, as the passes read it.
using Lexicon = Language;

using lang::iso_date;
using lang::listed;
using lang::listed_exactly;
using lang::month_number;
using lang::Patterns;
using lang::patterns;

/// The English lexicon.
inline const Lexicon& english() { return lang::english(); }

/// Every lexicon the segmenter knows, English first.
inline std::span<const Lexicon* const> lexicons() { return lang::all(); }

/// Value of a session ordinal written in words ("Seventy-sixth" = 76); 0 when unknown.
inline int ordinal_value(const Lexicon& lex, std::string_view words) { return lang::ordinal_value(lex, words).value_or(0); }

}  // namespace resdiff::segmenter
