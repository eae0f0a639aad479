// resdiff's main(): the command line (app.cpp), the one place unexpected exceptions are caught, and
// the process's one setting of the C library's allocator.
//
// glibc's malloc gives every large block back to the kernel when it is freed (above a threshold
// that starts at 128 KiB and rises to 32 MiB) and trims the heap's top above 128 KiB; reading makes
// and frees many such blocks (each side's bytes, its lines, its pieces), so the next one faults its
// pages in again: ~18% of `resdiff parse` of a 30 MB text was page faults (perf). Keeping freed
// memory for reuse takes most of them away and raises no peak (the figures: docs/benchmarks.md).
// It is a process setting, so it lives here, never in the library.
#include <malloc.h>

#include <exception>
#include <new>
#include <string>

#include "app.hpp"
#include "command.hpp"
#include "options.hpp"

int main(int argc, char** argv) {
  mallopt(M_MMAP_THRESHOLD, 32 << 20);   // glibc's largest: blocks below it come from the heap
  mallopt(M_TRIM_THRESHOLD, 256 << 20);  // the heap's free top is kept up to this much
  try {
    return resdiff_cli::run(argc, argv);
  } catch (const std::bad_alloc&) {
    return resdiff_cli::trouble("out of memory");
  } catch (const std::exception& e) {
    return resdiff_cli::trouble(std::string("internal error: ") + e.what());
  } catch (...) {
    return resdiff_cli::trouble("internal error");
  }
}
