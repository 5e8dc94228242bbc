// percent_format.h — printf-style `str % args` of CPython 3.11, one directive at a time: parsing a directive and
// formatting an already-converted int, float, str or character. The VM does the argument plumbing (tuples,
// mappings, `*`, str()/repr()/ascii() of the argument, "not enough arguments ..." errors).
//
// Usage:
//   auto d = parse_percent_directive("%-08.3f|", 0);     // d.value().end == 7, conversion 'f'
//   percent_format_float(3.14159, d.value()).value();     // "3.142   "
//   percent_format_int(255, parse_percent_directive("%#x", 0).value()).value();  // "0xff"
// Conversions: d i u x X o (int), e E f F g G (float), s r a (text the VM made), c (a code point), % (literal).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "python/py_error.h"

namespace looplab::python {

// One `%[(key)][flags][width][.precision][length]conversion` directive.
struct percent_directive {
    bool has_key = false;  // `%(name)s`
    std::string key;  // the mapping key, UTF-8
    bool left = false;  // '-'
    bool plus = false;  // '+'
    bool space = false;  // ' '
    bool alternate = false;  // '#'
    bool zero = false;  // '0'
    std::int64_t width = -1;  // -1: none
    bool width_star = false;  // '*': the VM takes the width from the arguments (see apply_star_width)
    std::int64_t precision = -1;  // -1: none ('.' alone means 0)
    bool precision_star = false;  // '.*': the VM takes the precision from the arguments
    char conversion = '\0';  // one of d i u x X o e E f F g G s r a c %
    std::size_t end = 0;  // byte offset just past the conversion character
};

// Parses the directive whose '%' is at byte offset `pos` of `format`; errors as CPython ("incomplete format",
// "unsupported format character 'y' (0x79) at index 1", the index counted in code points).
py_result<percent_directive> parse_percent_directive(std::string_view format, std::size_t pos);
// Applies a `*` width taken from the arguments: a negative width means left-aligned, as CPython.
void apply_star_width(percent_directive& directive, std::int64_t width);
// Applies a `.*` precision taken from the arguments: a negative precision counts as 0, as CPython.
void apply_star_precision(percent_directive& directive, std::int64_t precision);
// %d %i %u %x %X %o of an int (the VM passes int(x) for a float argument to %d/%i/%u).
py_result<std::string> percent_format_int(std::int64_t value, const percent_directive& directive);
// %e %E %f %F %g %G of a float (the VM passes float(n) for an int argument).
py_result<std::string> percent_format_float(double value, const percent_directive& directive);
// %s %r %a of text the VM already converted with str(), repr() or ascii().
py_result<std::string> percent_format_text(std::string_view utf8, const percent_directive& directive);
// %c of a code point (from an int, or a str of length 1): OverflowError "%c arg not in range(0x110000)".
py_result<std::string> percent_format_char(std::int64_t code_point, const percent_directive& directive);

}  // namespace looplab::python
