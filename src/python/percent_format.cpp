// percent_format.cpp — one `%` directive of CPython 3.11's PyUnicode_Format (Objects/unicodeobject.c): parsing,
// then sign, `#` prefix, precision digits and width padding as unicode_format_arg_output lays them out.
#include "python/percent_format.h"

#include <limits>

#include "python/float_format.h"
#include "python/pymath.h"

namespace looplab::python {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// [padding][sign][prefix][zeros]body[padding]; zeros only for numbers with the '0' flag and no '-'.
std::string pad(const percent_directive& d, std::string_view sign, std::string_view prefix, std::string_view body,
                bool numeric) {
    const auto length = static_cast<std::int64_t>(sign.size() + prefix.size() + code_point_count(body));
    const std::int64_t fill = d.width > length ? d.width - length : 0;
    const bool zeros = numeric && d.zero && !d.left;
    std::string out;
    if (!zeros && !d.left) out.append(static_cast<std::size_t>(fill), ' ');
    out += sign;
    out += prefix;
    if (zeros) out.append(static_cast<std::size_t>(fill), '0');
    out += body;
    if (d.left) out.append(static_cast<std::size_t>(fill), ' ');
    return out;
}

bool beyond_limit(const percent_directive& d) { return d.width > max_format_width || d.precision > max_format_width; }
py_error too_wide() {
    return overflow_error("format width or precision beyond LoopLab's limit of " + std::to_string(max_format_width));
}

std::string_view sign_of(bool negative, const percent_directive& d) {
    if (negative) return "-";
    if (d.plus) return "+";
    if (d.space) return " ";
    return "";
}

}  // namespace

py_result<percent_directive> parse_percent_directive(std::string_view format, std::size_t pos) {
    percent_directive d;
    std::size_t i = pos + 1;
    auto incomplete = [] { return value_error("incomplete format"); };
    if (i < format.size() && format[i] == '(') {
        int depth = 1;
        const std::size_t start = ++i;
        while (i < format.size() && depth > 0) {
            if (format[i] == '(') ++depth;
            if (format[i] == ')') --depth;
            ++i;
        }
        if (depth > 0) return value_error("incomplete format key");
        d.has_key = true;
        d.key = std::string(format.substr(start, i - 1 - start));
    }
    for (; i < format.size(); ++i) {
        const char c = format[i];
        if (c == '-') {
            d.left = true;
        } else if (c == '+') {
            d.plus = true;
        } else if (c == ' ') {
            d.space = true;
        } else if (c == '#') {
            d.alternate = true;
        } else if (c == '0') {
            d.zero = true;
        } else {
            break;
        }
    }
    auto read_number = [&](std::int64_t& out, const char* too_big) -> py_result<bool> {
        std::int64_t value = 0;
        while (i < format.size() && is_digit(format[i])) {
            const int digit = format[i] - '0';
            if (value > (std::numeric_limits<std::int64_t>::max() - digit) / 10) return value_error(too_big);
            value = value * 10 + digit;
            ++i;
        }
        out = value;
        return true;
    };
    if (i < format.size() && format[i] == '*') {
        d.width_star = true;
        ++i;
    } else if (i < format.size() && is_digit(format[i])) {
        const py_result<bool> r = read_number(d.width, "width too big");
        if (!r.ok()) return r.error();
    }
    if (i < format.size() && format[i] == '.') {
        ++i;
        if (i < format.size() && format[i] == '*') {
            d.precision_star = true;
            ++i;
        } else {
            const py_result<bool> r = read_number(d.precision, "precision too big");
            if (!r.ok()) return r.error();
        }
    }
    if (i < format.size() && (format[i] == 'h' || format[i] == 'l' || format[i] == 'L')) ++i;
    if (i >= format.size()) return incomplete();
    const char c = format[i];
    switch (c) {
        case 'd':
        case 'i':
        case 'u':
        case 'x':
        case 'X':
        case 'o':
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
        case 's':
        case 'r':
        case 'a':
        case 'c':
        case '%':
            d.conversion = c;
            d.end = i + 1;
            return d;
        default:
            break;
    }
    // unsupported format character: CPython shows it when printable ASCII, else '?', and its code point.
    std::size_t length = 1;
    std::uint32_t cp = static_cast<unsigned char>(c);
    if (cp >= 0x80) {
        length = (cp >> 5) == 6 ? 2 : (cp >> 4) == 14 ? 3 : 4;
        cp &= length == 2 ? 0x1fu : length == 3 ? 0x0fu : 0x07u;
        for (std::size_t k = 1; k < length && i + k < format.size(); ++k) {
            cp = (cp << 6) | (static_cast<unsigned char>(format[i + k]) & 0x3fu);
        }
    }
    const char shown = (cp >= 32 && cp <= 126) ? c : '?';
    return value_error(std::string("unsupported format character '") + shown + "' (0x" + magnitude_digits(cp, 16) +
                       ") at index " + std::to_string(code_point_count(format.substr(0, i))));
}

void apply_star_width(percent_directive& directive, std::int64_t width) {
    if (width < 0) {
        directive.left = true;
        width = width == std::numeric_limits<std::int64_t>::min() ? std::numeric_limits<std::int64_t>::max() : -width;
    }
    directive.width = width;
}

void apply_star_precision(percent_directive& directive, std::int64_t precision) {
    directive.precision = precision < 0 ? 0 : precision;
}

py_result<std::string> percent_format_int(std::int64_t value, const percent_directive& d) {
    if (beyond_limit(d)) return too_wide();
    const char c = d.conversion;
    const int base = c == 'x' || c == 'X' ? 16 : c == 'o' ? 8 : 10;
    const std::uint64_t magnitude =
        value < 0 ? 0u - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    std::string digits = magnitude_digits(magnitude, base, c == 'X');
    if (d.precision > static_cast<std::int64_t>(digits.size())) {
        digits.insert(0, static_cast<std::size_t>(d.precision) - digits.size(), '0');
    }
    const std::string_view prefix = !d.alternate ? "" : c == 'x' ? "0x" : c == 'X' ? "0X" : c == 'o' ? "0o" : "";
    return pad(d, sign_of(value < 0, d), prefix, digits, true);
}

py_result<std::string> percent_format_float(double value, const percent_directive& d) {
    if (beyond_limit(d)) return too_wide();
    if (d.precision > std::numeric_limits<int>::max()) return value_error("precision too big");
    const int precision = d.precision < 0 ? 6 : static_cast<int>(d.precision);
    const std::string text =
        double_to_string(value, d.conversion, precision, d.alternate ? float_flags::alternate : float_flags::none);
    const bool negative = !text.empty() && text[0] == '-';
    return pad(d, sign_of(negative, d), "", std::string_view(text).substr(negative ? 1 : 0), true);
}

py_result<std::string> percent_format_text(std::string_view utf8, const percent_directive& d) {
    if (beyond_limit(d)) return too_wide();
    std::string_view text = utf8;
    if (d.precision >= 0 && static_cast<std::int64_t>(code_point_count(text)) > d.precision) {
        // keep `precision` code points
        std::size_t pos = 0;
        for (std::int64_t k = 0; k < d.precision && pos < text.size(); ++k) {
            ++pos;
            while (pos < text.size() && (static_cast<unsigned char>(text[pos]) >> 6) == 2) ++pos;
        }
        text = text.substr(0, pos);
    }
    return pad(d, "", "", text, false);
}

py_result<std::string> percent_format_char(std::int64_t code_point, const percent_directive& d) {
    if (beyond_limit(d)) return too_wide();
    if (code_point < 0 || code_point > 0x10ffff) return overflow_error("%c arg not in range(0x110000)");
    const std::string ch = utf8_encode(static_cast<char32_t>(code_point));
    percent_directive text_directive = d;
    text_directive.precision = -1;  // '%.3c' still prints the character
    return pad(text_directive, "", "", ch, false);
}

}  // namespace looplab::python
