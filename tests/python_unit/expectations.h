// expectations.h — reads the CPython-generated expectation files (embedded at build time) by case name.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace looplab::python::test_data {

extern const std::string_view random_sequences;
extern const std::string_view format_cases;

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

}  // namespace looplab::python::test_data
