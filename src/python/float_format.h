// float_format.h — CPython 3.11's text forms of numbers: repr(float), PyOS_double_to_string, the format-spec
// mini-language for int/float/str (format(), str.format, f-strings), float(str) and int(str, base).
//
// Usage:
//   float_repr(0.1);                                  // "0.1"; float_repr(1e16) == "1e+16"
//   format_float(3.14159, ".2f").value();             // "3.14"
//   format_int(1234567, ",").value();                 // "1,234,567"
//   format_str("ab", "^6").value();                   // "  ab  "
//   parse_int("0x_1f", 0).value();                    // 31
//   parse_float("1e5").value();                       // 100000.0
// Errors are py_error values with CPython's exception type and message. Strings are UTF-8; widths, precisions
// and fill characters count code points, as CPython does.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "python/py_error.h"

namespace looplab::python {

// [SECTION] float -> text
// repr(x) and str(x): shortest round-trip digits; exponent form when the exponent is < -4 or >= 16.
std::string float_repr(double x);

// float.hex(x): "0x1.8000000000000p+0"; "inf", "nan", "-0x0.0p+0" as CPython.
std::string float_hex(double x);

// PyOS_double_to_string's flags.
enum class float_flags : std::uint32_t {
    none = 0,
    sign = 1u << 0,  // always print a sign ('+' for non-negative)
    add_dot_0 = 1u << 1,  // integers in non-exponent form get ".0" (repr and the empty format type)
    alternate = 1u << 2,  // '#': keep the decimal point and trailing zeros
    no_neg_zero = 1u << 3  // 'z': a result that rounds to zero loses its minus sign
};
constexpr float_flags operator|(float_flags a, float_flags b) {
    return static_cast<float_flags>(static_cast<std::uint32_t>(a) | static_cast<std::uint32_t>(b));
}
constexpr bool has_flag(float_flags set, float_flags f) {
    return (static_cast<std::uint32_t>(set) & static_cast<std::uint32_t>(f)) != 0;
}

// PyOS_double_to_string(x, code, precision, flags): code is one of e E f F g G r ('r' ignores precision).
std::string double_to_string(double x, char code, int precision, float_flags flags = float_flags::none);

// [SECTION] the format-spec mini-language
// Widths and precisions beyond this are an OverflowError here (CPython would build the gigabyte string).
inline constexpr std::int64_t max_format_width = std::int64_t{1} << 24;
// A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
struct format_spec {
    std::string fill = " ";  // one code point, UTF-8
    char align = '\0';  // '<', '>', '^' or '=' after parsing (the type's default when absent)
    char sign = '\0';  // '+', '-', ' ' or '\0'
    bool no_neg_zero = false;  // 'z'
    bool alternate = false;  // '#'
    bool fill_given = false;  // an explicit fill character (or the '0' flag) was given
    std::int64_t width = -1;  // -1: none
    char grouping = '\0';  // ',', '_' or '\0'
    std::int64_t precision = -1;  // -1: none
    char type = '\0';  // the presentation type, '\0' when absent
};
// Parses a spec as CPython's parse_internal_render_format_spec: `default_align` is '>' for numbers and '<' for
// str, `default_type` is 'd' for int, '\0' for float and 's' for str; `type_name` names the object in errors.
py_result<format_spec> parse_format_spec(std::string_view spec, char default_align, char default_type,
                                         std::string_view type_name);
// format(x, spec) for a float.
py_result<std::string> format_float(double x, std::string_view spec);
// format(n, spec) for an int (type_name "bool" for a bool with a non-empty spec; an empty spec is str(True)).
py_result<std::string> format_int(std::int64_t n, std::string_view spec, std::string_view type_name = "int");
// format(s, spec) for a str.
py_result<std::string> format_str(std::string_view utf8, std::string_view spec);

// [SECTION] text -> numbers
// float(s): Python's float literal syntax with underscores, inf/infinity/nan, surrounding whitespace.
py_result<double> parse_float(std::string_view utf8);
// int(s, base): base 0 or 2..36, prefixes, underscores, sign, surrounding whitespace. OverflowError beyond 64 bits.
py_result<std::int64_t> parse_int(std::string_view utf8, int base = 10);

// [SECTION] text helpers
// repr(s) for a str, as CPython quotes and escapes it (non-ASCII code points >= U+00A0 are kept as they are).
std::string str_repr(std::string_view utf8);
// The UTF-8 bytes of one code point (0 .. 0x10FFFF).
std::string utf8_encode(char32_t code_point);
// The number of code points in UTF-8 text.
std::size_t code_point_count(std::string_view utf8);

}  // namespace looplab::python
