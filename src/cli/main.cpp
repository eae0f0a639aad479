// resdiff's main(): the command line (app.cpp) and the one place unexpected exceptions are caught.
#include <exception>
#include <new>
#include <string>

#include "app.hpp"
#include "command.hpp"
#include "options.hpp"

int main(int argc, char** argv) {
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
