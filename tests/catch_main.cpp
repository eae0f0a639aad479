// The one main() shared by every Catch2 test executable.
//
// Catch2's implementation uses <regex> (its Matches matcher); it comes in through resdiff's
// wrapper first, so that g++ 12's false -Wmaybe-uninitialized inside <regex> under
// AddressSanitizer (GCC bug 105616) does not break the sanitizer build's -Werror.
#include "resdiff/regex.hpp"
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
