// expectations.h — reads the CPython-generated expectation files (embedded at build time) by case name.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "python/py_error.h"

namespace looplab::python::test_data {

extern const std::string_view random_sequences;
extern const std::string_view format_cases;
extern const std::string_view math_cases;

// One line of format_cases.txt: `kind|a|b|result`.
struct format_case {
    std::string kind;
    std::string a;
    std::string b;
    std::string result;
};
// Every case of the given kind.
std::vector<format_case> cases_of_kind(std::string_view file, std::string_view kind);
// The generators' text escape: \xHH for bytes outside printable ASCII and for '|' and '\'; and its inverse.
std::string escape_text(std::string_view text);
std::string unescape_text(std::string_view text);
// The double whose IEEE-754 bits are these 16 hex digits.
double float_from_bits(std::string_view hex);

// The text after "name = " on the line of that case, or "<missing NAME>".
std::string expected_case(std::string_view file, std::string_view name);
// A double's IEEE-754 bits as 16 lower-case hex digits, the generators' float encoding.
std::string float_bits(double x);

// Results in the generators' notation: "=value" or "!Type: message".
std::string text_outcome(const py_result<std::string>& r);
std::string float_outcome(const py_result<double>& r);
std::string int_outcome(const py_result<std::int64_t>& r);
// As int_outcome, but accepts LoopLab's documented 64-bit OverflowError where CPython's int exceeds 64 bits.
std::string int_outcome_or_overflow(const py_result<std::int64_t>& r, const std::string& expected);
// Runs every case of `kind` in `file` through `compute` (gtest failures name the first mismatches and count them).
void check_cases(std::string_view file, std::string_view kind,
                 const std::function<std::string(const format_case&)>& compute, std::size_t at_least);

}  // namespace looplab::python::test_data
