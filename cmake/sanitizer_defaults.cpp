// Linked into every program of a sanitizer build (RESDIFF_SANITIZE, RESDIFF_FUZZ; see
// CMakeLists.txt): the defaults the sanitizers read at start, so that `ctest` in build-asan/ and
// a fuzz target run the same way without environment variables (ASAN_OPTIONS and friends still
// override them).
//
// One leak is not resdiff's and is suppressed: fontconfig, which poppler starts for any PDF,
// keeps its configuration cache until the process ends (a few hundred bytes, once).

extern "C" {

/// LeakSanitizer's built-in suppressions, one "leak:PATTERN" a line.
const char* __lsan_default_suppressions() { return "leak:libfontconfig.so\n"; }

/// UndefinedBehaviorSanitizer: a stack trace for every report, and stop at the first.
const char* __ubsan_default_options() { return "print_stacktrace=1:halt_on_error=1"; }

}
