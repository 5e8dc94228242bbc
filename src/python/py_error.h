// py_error.h — errors as values for LoopLab Python's support library: a Python exception type and its message.
//
// Usage:
//   py_result<std::int64_t> r = parse_int("abc", 10);
//   if (!r.ok()) print(error_type_name(r.error().type), ": ", r.error().message);  // ValueError: invalid ...
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace looplab::python {

// The built-in exception classes the support library can report.
enum class py_error_type { value_error, type_error, index_error, overflow_error, zero_division_error };

// A Python exception to raise: its class and CPython's message for it.
struct py_error {
    py_error_type type = py_error_type::value_error;
    std::string message;
};

// CPython's name of the exception class: "ValueError", "OverflowError", ...
std::string_view error_type_name(py_error_type type);

// A value or the Python exception that replaces it (the wasm build has no C++ exceptions).
template <class T> class py_result {
public:
    py_result(T value) : m_state(std::move(value)) {}  // NOLINT: implicit on purpose, `return value;`
    py_result(py_error error) : m_state(std::move(error)) {}  // NOLINT: implicit on purpose, `return error;`
    // True when a value is held.
    bool ok() const { return m_state.index() == 0; }
    // The value; only when ok().
    const T& value() const { return std::get<0>(m_state); }
    // The error; only when !ok().
    const py_error& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, py_error> m_state;
};

// Shorthands that build a py_error.
inline py_error value_error(std::string message) { return {py_error_type::value_error, std::move(message)}; }
inline py_error type_error(std::string message) { return {py_error_type::type_error, std::move(message)}; }
inline py_error index_error(std::string message) { return {py_error_type::index_error, std::move(message)}; }
inline py_error overflow_error(std::string message) { return {py_error_type::overflow_error, std::move(message)}; }
inline py_error zero_division_error(std::string message) {
    return {py_error_type::zero_division_error, std::move(message)};
}

}  // namespace looplab::python
