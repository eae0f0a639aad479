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

/// LeakSanitizer: no table of the suppressions used at exit. A suppression matched is not a
/// finding (a leak found still stops the program with its report), but the table went to
/// standard error after resdiff's own last line, so that a sanitizer build broke the "one line
/// on stderr" promise the e2e checks hold it to. Before: `resdiff log 78_43.pdf missing.pdf
/// 80_41.pdf` printed its one line and then seven more ("Suppressions used: ... 2  288
/// libfontconfig.so"); after: the one line.
const char* __lsan_default_options() { return "print_suppressions=0"; }

/// UndefinedBehaviorSanitizer: a stack trace for every report, and stop at the first.
const char* __ubsan_default_options() { return "print_stacktrace=1:halt_on_error=1"; }

}
