// expectations.h — reads the CPython-generated expectation files (embedded at build time) by case name.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace looplab::python::test_data {

extern const std::string_view random_sequences;

// The text after "name = " on the line of that case, or "<missing NAME>".
std::string expected_case(std::string_view file, std::string_view name);
// A double's IEEE-754 bits as 16 lower-case hex digits, the generators' float encoding.
std::string float_bits(double x);

}  // namespace looplab::python::test_data
