// Expected failures as values: a result that holds either a T or an Error.
#pragma once
#include <string>
#include <utility>
#include <variant>

namespace resdiff {

/// Something wrong with one input: which file, and what, in one line.
struct Error {
  std::string file;     ///< the path as the user gave it ("-" for standard input)
  std::string message;  ///< what is wrong, lower case, no trailing period
  /// "FILE: message", the form printed after "resdiff: ".
  std::string what() const { return file.empty() ? message : file + ": " + message; }
};

/// Either a value or an Error (a small stand-in for C++23 std::expected).
template <class T>
class Expected {
 public:
  Expected(T value) : v_(std::move(value)) {}
  Expected(Error error) : v_(std::move(error)) {}
  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<0>(v_); }
  const T& value() const { return std::get<0>(v_); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

}  // namespace resdiff
