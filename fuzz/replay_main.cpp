// The main() of a fuzz target built without libFuzzer: runs the target once on each input named
// on the command line, so that ctest replays the regression inputs of fuzz/regressions/ and real
// documents through the same code under the ordinary and the sanitizer builds.
//
//   fuzz_load_html fuzz/regressions/load_html fixtures/formats/A_RES_80_2.html
//   fuzz_compare --pair fixtures/A_RES_76_28.seed.md fixtures/A_RES_80_41.md
//
// A directory stands for every regular file under it (in name order); `--pair OLD NEW` runs one
// two-document input made of both files (see fuzz_input.hpp). A finding aborts, so the test fails.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "replay: cannot read %s\n", path.c_str());
    std::exit(2);
  }
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void run(const std::string& input, const std::string& name, int& count) {
  std::fprintf(stderr, "replay: %s (%zu bytes)\n", name.c_str(), input.size());
  LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.data()), input.size());
  ++count;
}

}  // namespace

int main(int argc, char** argv) {
  int count = 0;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--pair" && i + 2 < argc) {
      run(resdiff::fuzz::join_pair(slurp(argv[i + 1]), slurp(argv[i + 2])), std::string(argv[i + 1]) + " + " + argv[i + 2],
          count);
      i += 2;
    } else if (std::filesystem::is_directory(arg)) {
      std::vector<std::filesystem::path> files;
      for (const auto& entry : std::filesystem::recursive_directory_iterator(arg))
        if (entry.is_regular_file()) files.push_back(entry.path());
      std::sort(files.begin(), files.end());
      for (const auto& file : files) run(slurp(file), file.string(), count);
    } else {
      run(slurp(arg), arg, count);
    }
  }
  std::printf("replayed %d input(s)\n", count);
  return count > 0 ? 0 : 1;
}
