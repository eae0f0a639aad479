// <regex>, for every file of resdiff that uses it (public headers too): include this header
// instead of <regex>.
//
// GCC 12 and 13 report false -Wmaybe-uninitialized warnings inside libstdc++'s regex compiler
// when AddressSanitizer is on (GCC bug 105616: the std::function member of a moved-from NFA
// state), which the warnings-as-errors build turns into errors. The warning is silenced for
// the lines of <regex> only, so that it still guards resdiff's own code in every build.
#pragma once

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <regex>
#pragma GCC diagnostic pop
#else
#include <regex>
#endif
