// number_parse.cpp — float(str) and int(str, base) with CPython's syntax and messages, plus repr(str) for the
// messages (Objects/floatobject.c, Objects/longobject.c, Objects/unicodeobject.c).
#include <cstdlib>
#include <cstring>
#include <limits>

#include "python/float_format.h"
#include "python/pymath.h"

namespace looplab::python {
namespace {

// One UTF-8 code point at `pos`; a malformed byte decodes as itself.
char32_t decode_at(std::string_view s, std::size_t pos, std::size_t& length) {
    const auto b0 = static_cast<unsigned char>(s[pos]);
    std::size_t n = b0 < 0x80 ? 1 : (b0 >> 5) == 6 ? 2 : (b0 >> 4) == 14 ? 3 : (b0 >> 3) == 30 ? 4 : 0;
    if (n == 0 || pos + n > s.size()) {
        length = 1;
        return b0;
    }
    char32_t cp = n == 1 ? b0 : n == 2 ? (b0 & 0x1f) : n == 3 ? (b0 & 0x0f) : (b0 & 0x07);
    for (std::size_t i = 1; i < n; ++i) {
        const auto b = static_cast<unsigned char>(s[pos + i]);
        if ((b >> 6) != 2) {
            length = 1;
            return b0;
        }
        cp = (cp << 6) | (b & 0x3f);
    }
    length = n;
    return cp;
}

// str.isspace() for the code points CPython counts as whitespace.
bool is_py_space(char32_t c) {
    return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

std::string_view strip_py_space(std::string_view s) {
    std::size_t begin = 0;
    while (begin < s.size()) {
        std::size_t n = 0;
        if (!is_py_space(decode_at(s, begin, n))) break;
        begin += n;
    }
    std::size_t end = s.size();
    while (end > begin) {
        // step back to the start of the last code point
        std::size_t start = end - 1;
        while (start > begin && (static_cast<unsigned char>(s[start]) >> 6) == 2) --start;
        std::size_t n = 0;
        if (!is_py_space(decode_at(s, start, n)) || start + n != end) break;
        end = start;
    }
    return s.substr(begin, end - begin);
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// digit (["_"] digit)*, appended to `out` without underscores; false when malformed or empty.
bool scan_digits(std::string_view s, std::size_t& pos, std::string& out) {
    if (pos >= s.size() || !is_digit(s[pos])) return false;
    out += s[pos++];
    while (pos < s.size()) {
        if (is_digit(s[pos])) {
            out += s[pos++];
        } else if (s[pos] == '_' && pos + 1 < s.size() && is_digit(s[pos + 1])) {
            ++pos;
        } else {
            break;
        }
    }
    return true;
}

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const char x = (a[i] >= 'A' && a[i] <= 'Z') ? static_cast<char>(a[i] - 'A' + 'a') : a[i];
        if (x != b[i]) return false;
    }
    return true;
}

int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

}  // namespace

std::string utf8_encode(char32_t cp) {
    std::string out;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xc0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xe0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    } else {
        out += static_cast<char>(0xf0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    }
    return out;
}

std::size_t code_point_count(std::string_view utf8) {
    std::size_t count = 0;
    for (std::size_t pos = 0; pos < utf8.size(); ++count) {
        std::size_t n = 0;
        decode_at(utf8, pos, n);
        pos += n;
    }
    return count;
}

std::string str_repr(std::string_view utf8) {
    const bool has_single = utf8.find('\'') != std::string_view::npos;
    const bool has_double = utf8.find('"') != std::string_view::npos;
    const char quote = has_single && !has_double ? '"' : '\'';
    std::string out(1, quote);
    static constexpr char hex[] = "0123456789abcdef";
    for (std::size_t pos = 0; pos < utf8.size();) {
        std::size_t n = 0;
        const char32_t c = decode_at(utf8, pos, n);
        if (c == static_cast<char32_t>(quote) || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0xad) {
            out += "\\x";
            out += hex[(c >> 4) & 0xf];
            out += hex[c & 0xf];
        } else if (c == 0x2028 || c == 0x2029) {
            out += c == 0x2028 ? "\\u2028" : "\\u2029";
        } else {
            out.append(utf8.substr(pos, n));
        }
        pos += n;
    }
    out += quote;
    return out;
}

py_result<double> parse_float(std::string_view utf8) {
    const std::string_view s = strip_py_space(utf8);
    auto fail = [&] { return value_error("could not convert string to float: " + str_repr(utf8)); };
    std::size_t pos = 0;
    std::string clean;
    if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) clean += s[pos++];
    const std::string_view word = s.substr(pos);
    if (iequals(word, "inf") || iequals(word, "infinity")) {
        return clean == "-" ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    }
    if (iequals(word, "nan")) {
        // CPython keeps the sign bit of "-nan"; repr shows nan either way.
        const double nan = std::numeric_limits<double>::quiet_NaN();
        return clean == "-" ? -nan : nan;
    }
    const bool whole = scan_digits(s, pos, clean);
    bool fraction = false;
    if (pos < s.size() && s[pos] == '.') {
        clean += s[pos++];
        fraction = scan_digits(s, pos, clean);
    }
    if (!whole && !fraction) return fail();
    if (pos < s.size() && (s[pos] == 'e' || s[pos] == 'E')) {
        clean += s[pos++];
        if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) clean += s[pos++];
        if (!scan_digits(s, pos, clean)) return fail();
    }
    if (pos != s.size()) return fail();
    return std::strtod(clean.c_str(), nullptr);
}

py_result<std::int64_t> parse_int(std::string_view utf8, int base) {
    if (base != 0 && (base < 2 || base > 36)) return value_error("int() base must be >= 2 and <= 36, or 0");
    auto fail = [&] {
        return value_error("invalid literal for int() with base " + std::to_string(base) + ": " + str_repr(utf8));
    };
    const std::string_view s = strip_py_space(utf8);
    std::size_t pos = 0;
    bool negative = false;
    if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) negative = s[pos++] == '-';
    int radix = base;
    bool prefixed = false;
    if (pos + 1 < s.size() && s[pos] == '0') {
        const char p = static_cast<char>(s[pos + 1] | 0x20);
        const int prefix_base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (prefix_base != 0 && (base == 0 || base == prefix_base)) {
            radix = prefix_base;
            prefixed = true;
            pos += 2;
            if (pos < s.size() && s[pos] == '_') ++pos;  // "0x_1f"
        }
    }
    if (radix == 0) radix = 10;
    std::uint64_t magnitude = 0;
    bool overflow = false;
    bool any = false;
    bool all_zero = true;
    bool previous_underscore = false;
    const std::size_t first = pos;
    for (; pos < s.size(); ++pos) {
        if (s[pos] == '_') {
            if (previous_underscore || pos == first) return fail();
            previous_underscore = true;
            continue;
        }
        const int v = digit_value(s[pos]);
        if (v >= radix) return fail();
        previous_underscore = false;
        any = true;
        all_zero = all_zero && v == 0;
        const auto r = static_cast<std::uint64_t>(radix);
        if (magnitude > (std::numeric_limits<std::uint64_t>::max() - static_cast<std::uint64_t>(v)) / r) {
            overflow = true;
        } else {
            magnitude = magnitude * r + static_cast<std::uint64_t>(v);
        }
    }
    if (!any || previous_underscore) return fail();
    // Base 0 without a prefix: a leading zero is only allowed in zero itself ("00", "0_0").
    if (base == 0 && !prefixed && s[first] == '0' && !all_zero) return fail();
    const std::uint64_t limit = negative ? std::uint64_t{1} << 63 : (std::uint64_t{1} << 63) - 1;
    if (overflow || magnitude > limit) return overflow_error(std::string(int64_overflow_message));
    return negative ? static_cast<std::int64_t>(0u - magnitude) : static_cast<std::int64_t>(magnitude);
}

}  // namespace looplab::python
