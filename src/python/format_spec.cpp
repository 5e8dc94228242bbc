// format_spec.cpp — the format-spec mini-language for int, float and str, as CPython's
// Python/formatter_unicode.c parses and lays it out: sign, prefix, zero padding inside the digit grouping,
// decimal point, remainder, then fill by alignment.
#include <algorithm>
#include <limits>

#include "python/float_format.h"
#include "python/pymath.h"

namespace looplab::python {
namespace {

std::size_t code_point_length(std::string_view s, std::size_t pos) {
    const auto b = static_cast<unsigned char>(s[pos]);
    const std::size_t n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 1;
    return pos + n <= s.size() ? n : 1;
}

bool is_align(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// A presentation type as CPython quotes it in messages: 'x', or '\x..' outside printable ASCII.
std::string quoted_type(std::string_view type_text) {
    const auto c = static_cast<unsigned char>(type_text.empty() ? 0 : type_text[0]);
    if (type_text.size() == 1 && c > 32 && c < 128) return "'" + std::string(type_text) + "'";
    // decode the code point for the \x form
    std::uint32_t cp = c;
    if (type_text.size() > 1) {
        cp = type_text.size() == 2 ? (c & 0x1fu) : type_text.size() == 3 ? (c & 0x0fu) : (c & 0x07u);
        for (std::size_t i = 1; i < type_text.size(); ++i)
            cp = (cp << 6) | (static_cast<unsigned char>(type_text[i]) & 0x3fu);
    }
    return "'\\x" + magnitude_digits(cp, 16) + "'";
}

py_error unknown_code(std::string_view type_text, std::string_view type_name) {
    return value_error("Unknown format code " + quoted_type(type_text) + " for object of type '" +
                       std::string(type_name) + "'");
}

// The number layout of calc_number_widths/fill_number.
struct number_parts {
    char sign = '\0';  // '-', '+', ' ' or none
    std::string prefix;  // "0x" and friends
    std::string digits;  // the integer digits to group (empty for nan/inf and 'c')
    std::string decimal;  // "." or empty
    std::string remainder;  // fraction, exponent, '%', or the character of 'c'
};

// _PyUnicode_InsertThousandsGrouping: groups from the right; zero-pads to min_width, never starting with a
// separator. group_size 0 means no grouping.
std::string group_digits(std::string_view digits, std::int64_t min_width, int group_size, char separator) {
    std::string reversed;
    auto remaining = static_cast<std::int64_t>(digits.size());
    auto take = [&](std::int64_t chars, std::int64_t zeros) {
        for (std::int64_t i = 0; i < chars; ++i) reversed += digits[static_cast<std::size_t>(--remaining)];
        reversed.append(static_cast<std::size_t>(zeros), '0');
    };
    bool use_separator = false;
    bool broken = false;
    if (group_size > 0) {
        while (true) {
            const std::int64_t l =
                std::min<std::int64_t>(group_size, std::max({remaining, min_width, std::int64_t{1}}));
            const std::int64_t zeros = std::max<std::int64_t>(0, l - remaining);
            const std::int64_t chars = std::max<std::int64_t>(0, std::min(remaining, l));
            if (use_separator) reversed += separator;
            take(chars, zeros);
            min_width -= l;
            use_separator = true;
            if (remaining <= 0 && min_width <= 0) {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if (!broken) {
        const std::int64_t l = std::max({remaining, min_width, std::int64_t{1}});
        const std::int64_t zeros = std::max<std::int64_t>(0, l - remaining);
        const std::int64_t chars = std::max<std::int64_t>(0, std::min(remaining, l));
        if (use_separator) reversed += separator;
        take(chars, zeros);
    }
    return std::string(reversed.rbegin(), reversed.rend());
}

std::string repeat_fill(const std::string& fill, std::int64_t n) {
    std::string out;
    for (std::int64_t i = 0; i < n; ++i) out += fill;
    return out;
}

std::string layout_number(const number_parts& parts, const format_spec& spec, int group_size, char separator) {
    const std::int64_t n_sign = parts.sign != '\0' ? 1 : 0;
    const auto non_digit = n_sign + static_cast<std::int64_t>(parts.prefix.size() + parts.decimal.size() +
                                                              code_point_count(parts.remainder));
    const std::int64_t min_width = spec.fill == "0" && spec.align == '=' ? spec.width - non_digit : 0;
    const std::string grouped =
        parts.digits.empty() ? "" : group_digits(parts.digits, min_width, group_size, separator);
    const std::int64_t padding = spec.width - (non_digit + static_cast<std::int64_t>(grouped.size()));
    std::int64_t left = 0;
    std::int64_t inner = 0;
    std::int64_t right = 0;
    if (padding > 0) {
        switch (spec.align) {
            case '<':
                right = padding;
                break;
            case '^':
                left = padding / 2;
                right = padding - left;
                break;
            case '=':
                inner = padding;
                break;
            default:
                left = padding;
                break;
        }
    }
    std::string out = repeat_fill(spec.fill, left);
    if (parts.sign != '\0') out += parts.sign;
    out += parts.prefix;
    out += repeat_fill(spec.fill, inner);
    out += grouped;
    out += parts.decimal;
    out += parts.remainder;
    out += repeat_fill(spec.fill, right);
    return out;
}

char sign_for(bool negative, char spec_sign) {
    if (negative) return '-';
    if (spec_sign == '+' || spec_sign == ' ') return spec_sign;
    return '\0';
}

py_result<std::string> format_float_with(double x, const format_spec& spec) {
    if (spec.precision > std::numeric_limits<int>::max()) return value_error("precision too big");
    int precision = static_cast<int>(spec.precision);
    float_flags flags = float_flags::none;
    if (spec.alternate) flags = flags | float_flags::alternate;
    if (spec.no_neg_zero) flags = flags | float_flags::no_neg_zero;
    char type = spec.type;
    int default_precision = 6;
    if (type == '\0') {
        flags = flags | float_flags::add_dot_0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n') type = 'g';
    bool percent = false;
    if (type == '%') {
        type = 'f';
        x *= 100.0;
        percent = true;
    }
    if (precision < 0) {
        precision = default_precision;
    } else if (type == 'r') {
        type = 'g';
    }
    std::string text = double_to_string(x, type, precision, flags);
    if (percent) text += '%';
    number_parts parts;
    std::size_t index = 0;
    const bool negative = !text.empty() && text[0] == '-';
    if (negative) index = 1;
    parts.sign = sign_for(negative, spec.sign);
    std::size_t end_digits = index;
    while (end_digits < text.size() && text[end_digits] >= '0' && text[end_digits] <= '9') ++end_digits;
    parts.digits = text.substr(index, end_digits - index);
    std::size_t rest = end_digits;
    if (rest < text.size() && text[rest] == '.') {
        parts.decimal = ".";
        ++rest;
    }
    parts.remainder = text.substr(rest);
    const int group = spec.grouping != '\0' && spec.type != 'n' ? 3 : 0;
    return layout_number(parts, spec, group, spec.grouping);
}

py_error too_wide() {
    return overflow_error("format width or precision beyond LoopLab's limit of " + std::to_string(max_format_width));
}
bool beyond_limit(const format_spec& spec) {
    return spec.width > max_format_width || spec.precision > max_format_width;
}

}  // namespace

py_result<format_spec> parse_format_spec(std::string_view s, char default_align, char default_type,
                                         std::string_view type_name) {
    format_spec f;
    f.align = default_align;
    f.type = default_type;
    std::size_t pos = 0;
    bool align_given = false;
    const std::size_t first_len = s.empty() ? 0 : code_point_length(s, 0);
    if (s.size() > first_len && is_align(s[first_len])) {
        f.fill = std::string(s.substr(0, first_len));
        f.fill_given = true;
        f.align = s[first_len];
        align_given = true;
        pos = first_len + 1;
    } else if (!s.empty() && is_align(s[0])) {
        f.align = s[0];
        align_given = true;
        pos = 1;
    }
    if (pos < s.size() && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) f.sign = s[pos++];
    if (pos < s.size() && s[pos] == 'z') {
        f.no_neg_zero = true;
        ++pos;
    }
    if (pos < s.size() && s[pos] == '#') {
        f.alternate = true;
        ++pos;
    }
    if (!f.fill_given && pos < s.size() && s[pos] == '0') {
        f.fill = "0";
        f.fill_given = true;
        if (!align_given && default_align == '>') f.align = '=';
        ++pos;
    }
    auto read_integer = [&](std::int64_t& out) -> bool {  // false on overflow
        const std::size_t start = pos;
        std::int64_t value = 0;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            const int digit = s[pos] - '0';
            if (value > (std::numeric_limits<std::int64_t>::max() - digit) / 10) return false;
            value = value * 10 + digit;
            ++pos;
        }
        out = pos == start ? -1 : value;
        return true;
    };
    if (!read_integer(f.width)) return value_error("Too many decimal digits in format string");
    if (pos < s.size() && s[pos] == ',') {
        f.grouping = ',';
        ++pos;
    }
    if (pos < s.size() && s[pos] == '_') {
        if (f.grouping != '\0') return value_error("Cannot specify both ',' and '_'.");
        f.grouping = '_';
        ++pos;
    }
    if (pos < s.size() && s[pos] == ',' && f.grouping == '_') return value_error("Cannot specify both ',' and '_'.");
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        if (!read_integer(f.precision)) return value_error("Too many decimal digits in format string");
        if (f.precision < 0) return value_error("Format specifier missing precision");
    }
    std::string_view type_text;
    if (pos < s.size()) {
        const std::size_t n = code_point_length(s, pos);
        if (pos + n < s.size()) {
            return value_error("Invalid format specifier '" + std::string(s) + "' for object of type '" +
                               std::string(type_name) + "'");
        }
        type_text = s.substr(pos);
        f.type = n == 1 ? s[pos] : '\x7f';  // a non-ASCII type is always unknown
    }
    if (f.grouping != '\0') {
        switch (f.type) {
            case 'd':
            case 'e':
            case 'f':
            case 'g':
            case 'E':
            case 'G':
            case '%':
            case 'F':
            case '\0':
                break;
            case 'b':
            case 'o':
            case 'x':
            case 'X':
                if (f.grouping == '_') break;
                [[fallthrough]];
            default:
                return value_error(std::string("Cannot specify '") + f.grouping + "' with " +
                                   quoted_type(type_text.empty() ? std::string(1, f.type) : std::string(type_text)) +
                                   ".");
        }
    }
    if (!type_text.empty() && type_text.size() > 1) return unknown_code(type_text, type_name);
    return f;
}

py_result<std::string> format_float(double x, std::string_view spec_text) {
    if (spec_text.empty()) return float_repr(x);
    const py_result<format_spec> parsed = parse_format_spec(spec_text, '>', '\0', "float");
    if (!parsed.ok()) return parsed.error();
    const format_spec& spec = parsed.value();
    if (beyond_limit(spec)) return too_wide();
    switch (spec.type) {
        case '\0':
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
        case 'n':
        case '%':
            return format_float_with(x, spec);
        default:
            return unknown_code(std::string(1, spec.type), "float");
    }
}

py_result<std::string> format_int(std::int64_t n, std::string_view spec_text, std::string_view type_name) {
    if (spec_text.empty()) return int_to_str(n);
    const py_result<format_spec> parsed = parse_format_spec(spec_text, '>', 'd', type_name);
    if (!parsed.ok()) return parsed.error();
    const format_spec& spec = parsed.value();
    if (beyond_limit(spec)) return too_wide();
    switch (spec.type) {
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
        case '%':
            return format_float_with(static_cast<double>(n), spec);
        case 'b':
        case 'c':
        case 'd':
        case 'o':
        case 'x':
        case 'X':
        case 'n':
            break;
        default:
            return unknown_code(std::string(1, spec.type), type_name);
    }
    if (spec.precision >= 0) return value_error("Precision not allowed in integer format specifier");
    if (spec.no_neg_zero) return value_error("Negative zero coercion (z) not allowed in integer format specifier");
    number_parts parts;
    if (spec.type == 'c') {
        if (spec.sign != '\0') return value_error("Sign not allowed with integer format specifier 'c'");
        if (spec.alternate) return value_error("Alternate form (#) not allowed with integer format specifier 'c'");
        if (n < 0 || n > 0x10ffff) return overflow_error("%c arg not in range(0x110000)");
        const std::string ch = utf8_encode(static_cast<char32_t>(n));
        parts.remainder = ch;
        return layout_number(parts, spec, 0, '\0');
    }
    const int base = spec.type == 'b' ? 2 : spec.type == 'o' ? 8 : (spec.type == 'x' || spec.type == 'X') ? 16 : 10;
    const std::uint64_t magnitude = n < 0 ? 0u - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
    parts.sign = sign_for(n < 0, spec.sign);
    parts.digits = magnitude_digits(magnitude, base, spec.type == 'X');
    if (spec.alternate && base != 10) {
        parts.prefix = spec.type == 'b' ? "0b" : spec.type == 'o' ? "0o" : spec.type == 'x' ? "0x" : "0X";
    }
    const int group = spec.grouping == '\0' || spec.type == 'n' ? 0 : base == 10 ? 3 : 4;
    return layout_number(parts, spec, group, spec.grouping);
}

py_result<std::string> format_str(std::string_view utf8, std::string_view spec_text) {
    if (spec_text.empty()) return std::string(utf8);
    const py_result<format_spec> parsed = parse_format_spec(spec_text, '<', 's', "str");
    if (!parsed.ok()) return parsed.error();
    const format_spec& spec = parsed.value();
    if (beyond_limit(spec)) return too_wide();
    if (spec.type != 's') return unknown_code(std::string(1, spec.type), "str");
    if (spec.sign == ' ') return value_error("Space not allowed in string format specifier");
    if (spec.sign != '\0') return value_error("Sign not allowed in string format specifier");
    if (spec.no_neg_zero) return value_error("Negative zero coercion (z) not allowed in string format specifier");
    if (spec.alternate) return value_error("Alternate form (#) not allowed in string format specifier");
    if (spec.align == '=') return value_error("'=' alignment not allowed in string format specifier");
    std::string_view text = utf8;
    auto length = static_cast<std::int64_t>(code_point_count(text));
    if (spec.precision >= 0 && length > spec.precision) {
        std::size_t pos = 0;
        for (std::int64_t i = 0; i < spec.precision; ++i) pos += code_point_length(text, pos);
        text = text.substr(0, pos);
        length = spec.precision;
    }
    const std::int64_t total = spec.width > length ? spec.width : length;
    const std::int64_t left = spec.align == '>' ? total - length : spec.align == '^' ? (total - length) / 2 : 0;
    return repeat_fill(spec.fill, left) + std::string(text) + repeat_fill(spec.fill, total - length - left);
}

}  // namespace looplab::python
