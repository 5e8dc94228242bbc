// float_format.cpp — repr(float) and PyOS_double_to_string: decimal digits from the C library, laid out as
// CPython's format_float_short does (Python/pystrtod.c).
// NOTE: emscripten 3.1.6's libc++ has no floating-point std::to_chars, so the digits come from snprintf's %e/%f,
// which glibc and musl both compute exactly from the binary value, rounding half-even; shortest round-trip digits
// are the first precision whose correctly rounded digits parse back (strtod) to the same double.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "python/float_format.h"

namespace looplab::python {
namespace {

// A finite non-negative value as 0.DIGITS * 10**decpt, as _Py_dg_dtoa returns it (no trailing zeros; zero is "0").
struct decimal_digits {
    std::string digits;
    int decpt = 1;
};

std::string print(const char* format, int precision, double x) {
    const int size = std::snprintf(nullptr, 0, format, precision, x);
    std::vector<char> buffer(static_cast<std::size_t>(size) + 1);
    std::snprintf(buffer.data(), buffer.size(), format, precision, x);
    return std::string(buffer.data(), static_cast<std::size_t>(size));
}

decimal_digits normalise(std::string all, int decpt) {
    std::size_t lead = 0;
    while (lead < all.size() && all[lead] == '0') ++lead;
    all.erase(0, lead);
    decpt -= static_cast<int>(lead);
    while (!all.empty() && all.back() == '0') all.pop_back();
    if (all.empty()) return {"0", 1};
    return {all, decpt};
}

// Mode 2: `count` significant digits, correctly rounded (from "%.*e": d.ddde+XX).
decimal_digits significant_digits(double x, int count) {
    const std::string text = print("%.*e", count - 1, x);
    const std::size_t e = text.find('e');
    std::string all = text.substr(0, 1) + (e > 2 ? text.substr(2, e - 2) : "");
    const int exponent = std::atoi(text.c_str() + e + 1);
    return normalise(all, exponent + 1);
}

// Mode 3: `count` digits after the decimal point, correctly rounded (from "%.*f").
decimal_digits fixed_digits(double x, int count) {
    const std::string text = print("%.*f", count, x);
    const std::size_t point = text.find('.');
    if (point == std::string::npos) return normalise(text, static_cast<int>(text.size()));
    return normalise(text.substr(0, point) + text.substr(point + 1), static_cast<int>(point));
}

// Mode 0: the shortest digits that round-trip; among those the closest (the correctly rounded ones).
decimal_digits shortest_digits(double x) {
    for (int count = 1; count < 17; ++count) {
        const std::string text = print("%.*e", count - 1, x);
        if (std::strtod(text.c_str(), nullptr) == x) return significant_digits(x, count);
    }
    return significant_digits(x, 17);
}

}  // namespace

std::string double_to_string(double x, char code, int precision, float_flags flags) {
    const bool upper = code == 'E' || code == 'F' || code == 'G';
    const char lower = upper ? static_cast<char>(code - 'A' + 'a') : code;
    // PyOS_double_to_string: 'e' counts digits after the point; 'g' treats precision 0 as 1.
    if (lower == 'e') ++precision;
    if (lower == 'g' && precision == 0) precision = 1;
    const bool add_dot_0 = has_flag(flags, float_flags::add_dot_0);
    const bool alternate = has_flag(flags, float_flags::alternate);
    bool negative = std::signbit(x);
    std::string out;
    if (std::isnan(x) || std::isinf(x)) {
        if (std::isnan(x)) negative = false;  // the sign of a nan is not shown
        if (negative) {
            out += '-';
        } else if (has_flag(flags, float_flags::sign)) {
            out += '+';
        }
        out += std::isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        return out;
    }
    const double magnitude = std::fabs(x);
    decimal_digits d;
    if (lower == 'r') {
        d = shortest_digits(magnitude);
    } else if (lower == 'f') {
        d = fixed_digits(magnitude, precision);
    } else {
        d = significant_digits(magnitude, precision);
    }
    if (magnitude == 0.0) d = {"0", 1};
    if (negative && has_flag(flags, float_flags::no_neg_zero) && d.digits == "0") negative = false;

    const auto digits_len = static_cast<std::int64_t>(d.digits.size());
    std::int64_t decpt = d.decpt;
    std::int64_t vdigits_end = digits_len;
    bool use_exp = false;
    switch (lower) {
        case 'e':
            use_exp = true;
            vdigits_end = precision;
            break;
        case 'f':
            vdigits_end = decpt + precision;
            break;
        case 'g':
            if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
            if (alternate) vdigits_end = precision;
            break;
        default:  // 'r': exponent form from 1e16 on
            if (decpt <= -4 || decpt > 16) use_exp = true;
            break;
    }
    std::int64_t exponent = 0;
    if (use_exp) {
        exponent = decpt - 1;
        decpt = 1;
    }
    const std::int64_t vdigits_start = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0) {
        vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
    } else {
        vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;
    }
    if (negative) {
        out += '-';
    } else if (has_flag(flags, float_flags::sign)) {
        out += '+';
    }
    auto zeros = [&](std::int64_t n) {
        if (n > 0) out.append(static_cast<std::size_t>(n), '0');
    };
    if (decpt <= 0) {
        zeros(decpt - vdigits_start);
        out += '.';
        zeros(-decpt);
    } else {
        zeros(-vdigits_start);
    }
    if (0 < decpt && decpt <= digits_len) {
        out.append(d.digits, 0, static_cast<std::size_t>(decpt));
        out += '.';
        out.append(d.digits, static_cast<std::size_t>(decpt), std::string::npos);
    } else {
        out += d.digits;
    }
    if (digits_len < decpt) {
        zeros(decpt - digits_len);
        out += '.';
        zeros(vdigits_end - decpt);
    } else {
        zeros(vdigits_end - digits_len);
    }
    if (out.back() == '.' && !alternate) out.pop_back();
    if (use_exp) {
        out += upper ? 'E' : 'e';
        out += exponent < 0 ? '-' : '+';
        const std::int64_t a = exponent < 0 ? -exponent : exponent;
        if (a < 10) out += '0';
        out += std::to_string(a);
    }
    return out;
}

std::string float_hex(double x) {
    // float_hex: 1 + 13 hex digits of the mantissa; subnormals keep the exponent at -1022 with a 0 lead digit.
    if (std::isnan(x) || std::isinf(x)) return float_repr(x);
    if (x == 0.0) return std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0";
    int e = 0;
    double m = std::frexp(std::fabs(x), &e);
    const int shift = 1 - std::max(-1021 - e, 0);
    m = std::ldexp(m, shift);
    e -= shift;
    static constexpr char hex[] = "0123456789abcdef";
    std::string out = x < 0.0 ? "-0x" : "0x";
    auto digit = [&] {
        const int d = static_cast<int>(m);
        out += hex[d];
        m -= d;
    };
    digit();
    out += '.';
    for (int i = 0; i < 13; ++i) {
        m *= 16.0;
        digit();
    }
    out += 'p';
    out += e < 0 ? '-' : '+';
    out += std::to_string(e < 0 ? -e : e);
    return out;
}

std::string float_repr(double x) { return double_to_string(x, 'r', 0, float_flags::add_dot_0); }

}  // namespace looplab::python
