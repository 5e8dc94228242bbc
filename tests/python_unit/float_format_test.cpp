// float_format_test.cpp — repr(float), format() of float/int/bool/str, round(), float(str) and int(str, base)
// against every case CPython 3.11 produced in expected/format_cases.txt.
#include "python/float_format.h"

#include <gtest/gtest.h>

#include <functional>

#include "expectations.h"
#include "python/pymath.h"

namespace {

using namespace looplab::python;
using namespace looplab::python::test_data;

void check_kind(std::string_view kind, const std::function<std::string(const format_case&)>& compute,
                std::size_t at_least) {
    check_cases(format_cases, kind, compute, at_least);
}

TEST(float_format, repr_matches_cpython_for_every_generated_float) {
    check_kind(
        "repr", [](const format_case& c) { return "=" + escape_text(float_repr(float_from_bits(c.a))); }, 3000);
}

TEST(float_format, repr_layout_examples) {
    EXPECT_EQ(float_repr(0.1), "0.1");
    EXPECT_EQ(float_repr(1e-05), "1e-05");
    EXPECT_EQ(float_repr(1e16), "1e+16");
    EXPECT_EQ(float_repr(1234567890123456.0), "1234567890123456.0");
    EXPECT_EQ(float_repr(-0.0), "-0.0");
    EXPECT_EQ(float_repr(1.0), "1.0");
}

TEST(float_format, format_of_floats_matches_cpython) {
    check_kind(
        "ffmt",
        [](const format_case& c) { return text_outcome(format_float(float_from_bits(c.a), unescape_text(c.b))); },
        5000);
}

TEST(float_format, format_of_ints_matches_cpython) {
    check_kind(
        "ifmt", [](const format_case& c) { return text_outcome(format_int(std::stoll(c.a), unescape_text(c.b))); },
        1000);
}

TEST(float_format, format_of_bools_with_a_spec_formats_the_int) {
    check_kind(
        "bfmt",
        [](const format_case& c) { return text_outcome(format_int(std::stoll(c.a), unescape_text(c.b), "bool")); }, 12);
}

TEST(float_format, format_of_strs_matches_cpython) {
    check_kind(
        "sfmt", [](const format_case& c) { return text_outcome(format_str(unescape_text(c.a), unescape_text(c.b))); },
        150);
}

TEST(float_format, round_with_ndigits_matches_cpython) {
    check_kind(
        "round", [](const format_case& c) { return float_outcome(round_float(float_from_bits(c.a), std::stoll(c.b))); },
        800);
}

TEST(float_format, round_to_int_matches_cpython) {
    check_kind(
        "roundi",
        [](const format_case& c) { return int_outcome_or_overflow(round_to_int(float_from_bits(c.a)), c.result); }, 50);
}

TEST(float_format, float_of_str_matches_cpython) {
    check_kind(
        "pfloat", [](const format_case& c) { return float_outcome(parse_float(unescape_text(c.a))); }, 40);
}

TEST(float_format, int_of_str_with_base_matches_cpython) {
    check_kind(
        "pint", [](const format_case& c) { return int_outcome(parse_int(unescape_text(c.a), std::stoi(c.b))); }, 40);
}

TEST(float_format, gigantic_widths_are_an_overflow_error_not_a_gigabyte_string) {
    EXPECT_EQ(format_float(1.0, "1000000000").error().type, py_error_type::overflow_error);
    EXPECT_EQ(format_float(1.0, ".1000000000f").error().type, py_error_type::overflow_error);
    EXPECT_EQ(format_int(1, "1000000000").error().type, py_error_type::overflow_error);
    EXPECT_EQ(format_str("a", "1000000000").error().type, py_error_type::overflow_error);
    EXPECT_EQ(format_float(1.0, ".1000f").value().size(), 1002u);
}

TEST(float_format, int_of_str_beyond_64_bits_is_a_clear_overflow) {
    EXPECT_EQ(parse_int("9223372036854775808").error().type, py_error_type::overflow_error);
    EXPECT_EQ(parse_int("-9223372036854775809").error().message, int64_overflow_message);
}

}  // namespace
