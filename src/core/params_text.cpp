// params_text.cpp — the text side of parameter handling: whole numbers and milliseconds with integer arithmetic,
// shortest round-tripping doubles, quoting for messages, the percent codec and the bounded problem list.
#include "params_text.h"

#include "report.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace looplab::params_text {

whole parse_whole(std::string_view s) {
    whole w;
    bool negative = false;
    if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
        negative = s.front() == '-';
        s.remove_prefix(1);
    }
    if (s.empty()) return w;
    std::uint64_t v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return w;
        const auto digit = static_cast<std::uint64_t>(c - '0');
        if (v > (UINT64_MAX - digit) / 10) {
            w.k = negative ? whole::kind::negative : whole::kind::too_big;
            return w;
        }
        v = v * 10 + digit;
    }
    w.k = negative && v != 0 ? whole::kind::negative : whole::kind::ok;
    w.value = negative ? 0 : v;
    return w;
}

// Milliseconds with up to three decimals -> microseconds; nullopt if malformed.
std::optional<std::uint64_t> parse_ms(std::string_view s) {
    const std::size_t dot = s.find('.');
    const std::string_view int_part = s.substr(0, dot);
    const std::string_view frac_part = dot == std::string_view::npos ? std::string_view{} : s.substr(dot + 1);
    if (int_part.empty() || int_part.size() > 12) return std::nullopt;
    if (dot != std::string_view::npos && (frac_part.empty() || frac_part.size() > 3)) return std::nullopt;
    std::uint64_t us = 0;
    for (char c : int_part) {
        if (c < '0' || c > '9') return std::nullopt;
        us = us * 10 + static_cast<std::uint64_t>(c - '0');
    }
    us *= 1000;
    std::uint64_t scale = 100;
    for (char c : frac_part) {
        if (c < '0' || c > '9') return std::nullopt;
        us += static_cast<std::uint64_t>(c - '0') * scale;
        scale /= 10;
    }
    return us;
}

// At most 40 bytes of a value, for a message: bytes outside printable ASCII are written as \xNN, so a notice
// never carries control characters or broken UTF-8 (e.g. from "%E0%A4") to the page or the terminal.
std::string shown(std::string_view value) {
    std::string out;
    for (const char c : value.substr(0, 40)) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte < 0x7f) {
            out += c;
        } else {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\x%02X", byte);
            out += escaped;
        }
    }
    if (value.size() > 40) out += "...";
    return out;
}

// Built by appending into one string: GCC 12 at -O3 reports `"'" + shown(value) + "'"` (operator+ of a literal and
// a temporary, inlined into string::insert) as an overlapping memcpy (-Wrestrict false positive, GCC bug 105329).
std::string quoted(std::string_view value) {
    std::string out = "'";
    out += shown(value);
    out += '\'';
    return out;
}

// A plain decimal number: [+-]digits[.digits][(e|E)[+-]digits]. strtod alone would also take leading spaces,
// hex floats, "inf" and "nan", which a link has no business carrying.
bool plain_decimal(std::string_view s) {
    std::size_t i = 0;
    auto digits = [&] {
        const std::size_t from = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
        return i - from;
    };
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    const std::size_t int_digits = digits();
    std::size_t frac_digits = 0;
    if (i < s.size() && s[i] == '.') {
        ++i;
        frac_digits = digits();
    }
    if (int_digits + frac_digits == 0) return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
        if (digits() == 0) return false;
    }
    return i == s.size();
}

// The shortest text that reads back as exactly this double: fixed notation with the fewest decimals when the
// value is in the scale's range (no "1e+05"), else the shortest "%.*g". (to_chars needs libc++ 14; we have 13.)
std::string shortest_double(double value) {
    char buffer[64];
    if (std::fabs(value) >= 1e-4 && std::fabs(value) < 1e15) {
        for (int decimals = 0; decimals <= 24; ++decimals) {
            std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
            if (std::strtod(buffer, nullptr) == value) return buffer;
        }
    }
    for (int precision = 1; precision <= 17; ++precision) {
        std::snprintf(buffer, sizeof buffer, "%.*g", precision, value);
        if (std::strtod(buffer, nullptr) == value) break;
    }
    return buffer;
}

std::vector<std::string_view> split(std::string_view s, char separator) {
    std::vector<std::string_view> items;
    for (;;) {
        const std::size_t at = s.find(separator);
        items.push_back(s.substr(0, at));
        if (at == std::string_view::npos) return items;
        s.remove_prefix(at + 1);
    }
}

std::string percent_decode(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        auto hex = [](char c) -> int {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            return -1;
        };
        if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
            out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

std::string delay_text(virtual_duration us) {
    std::string ms = format_ms(us);
    while (ms.back() == '0') ms.pop_back();
    if (ms.back() == '.') ms.pop_back();
    return ms;
}

std::string percent_encode(std::string_view text) {
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        const bool plain = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == ',' ||
                           c == '.' || c == '-' || c == '_';
        if (plain) {
            out += c;
        } else {
            char hex[4];
            std::snprintf(hex, sizeof hex, "%%%02X", static_cast<unsigned>(byte));
            out += hex;
        }
    }
    return out;
}

std::string accepted_range(std::uint64_t lo, std::uint64_t hi) {
    return "(accepted " + std::to_string(lo) + ".." + std::to_string(hi) + ")";
}

std::string delays_accepted() {
    return "accepted comma-separated milliseconds 0.." + std::to_string(max_delay_ms) + " with up to 3 decimals, 1.." +
           std::to_string(max_tasks) + " items";
}

void problem_list::add(std::string_view param, std::string message, std::string correction) {
    if (m_list.size() < max_problems) {
        m_list.push_back(param_problem{shown(param), std::move(message), std::move(correction)});
    } else {
        ++m_unlisted;
    }
}

std::vector<param_problem> problem_list::take() {
    if (m_unlisted > 0) {
        m_list.resize(max_problems - 1);
        const std::size_t more = m_unlisted + 1;
        m_list.push_back(param_problem{"more", std::to_string(more) + " further problems are not listed",
                                       "each was corrected or ignored in the same way"});
    }
    m_unlisted = 0;
    return std::move(m_list);
}

namespace {
std::string scale_accepted() {
    return "(accepted " + shortest_double(min_scale) + ".." + shortest_double(max_scale) + " wall ms per virtual ms)";
}
}  // namespace

// Corrects a scale in place (NaN and infinities -> the default, out of range -> the nearest limit).
void check_scale(double& scale, problem_list& problems, const std::string& as_given) {
    if (!std::isfinite(scale)) {
        problems.add("scale", quoted(as_given) + " is not a number " + scale_accepted(),
                     "using " + shortest_double(default_scale));
        scale = default_scale;
    } else if (scale < min_scale || scale > max_scale) {
        const double nearest = scale < min_scale ? min_scale : max_scale;
        problems.add("scale", quoted(as_given) + " is out of range " + scale_accepted(),
                     "using " + shortest_double(nearest));
        scale = nearest;
    }
}

}  // namespace looplab::params_text
