// expectations.cpp — lookup of a case in an embedded expectation file.
#include "expectations.h"

#include <gtest/gtest.h>
#include <cstdio>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "python/pymath.h"

namespace looplab::python::test_data {
namespace {
// NOTE: emscripten 3.1.6's libc++ 13 has no std::bit_cast.
std::uint64_t bits_of(double x) {
    std::uint64_t bits = 0;
    std::memcpy(&bits, &x, sizeof bits);
    return bits;
}
}  // namespace

std::string expected_case(std::string_view file, std::string_view name) {
    const std::string key = std::string(name) + " = ";
    std::size_t pos = 0;
    while (pos < file.size()) {
        const std::size_t end = file.find('\n', pos);
        const std::string_view line = file.substr(pos, end == std::string_view::npos ? file.size() - pos : end - pos);
        if (line.substr(0, key.size()) == key) return std::string(line.substr(key.size()));
        if (end == std::string_view::npos) break;
        pos = end + 1;
    }
    return "<missing " + std::string(name) + ">";
}

std::string float_bits(double x) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(bits_of(x)));
    return buffer;
}

std::vector<format_case> cases_of_kind(std::string_view file, std::string_view kind) {
    std::vector<format_case> out;
    std::size_t pos = 0;
    while (pos < file.size()) {
        std::size_t end = file.find('\n', pos);
        if (end == std::string_view::npos) end = file.size();
        const std::string_view line = file.substr(pos, end - pos);
        pos = end + 1;
        const std::size_t p1 = line.find('|');
        if (p1 == std::string_view::npos || line.substr(0, p1) != kind) continue;
        const std::size_t p2 = line.find('|', p1 + 1);
        const std::size_t p3 = line.find('|', p2 + 1);
        out.push_back({std::string(kind), std::string(line.substr(p1 + 1, p2 - p1 - 1)),
                       std::string(line.substr(p2 + 1, p3 - p2 - 1)), std::string(line.substr(p3 + 1))});
    }
    return out;
}

std::string escape_text(std::string_view text) {
    std::string out;
    char buffer[8];
    for (const char c : text) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x20 && b < 0x7f && b != '|' && b != '\\') {
            out += c;
        } else {
            std::snprintf(buffer, sizeof buffer, "\\x%02x", b);
            out += buffer;
        }
    }
    return out;
}

std::string unescape_text(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 3 < text.size() && text[i + 1] == 'x') {
            out += static_cast<char>(std::stoi(std::string(text.substr(i + 2, 2)), nullptr, 16));
            i += 3;
        } else {
            out += text[i];
        }
    }
    return out;
}

double float_from_bits(std::string_view hex) {
    const auto bits = static_cast<std::uint64_t>(std::stoull(std::string(hex), nullptr, 16));
    double x = 0.0;
    std::memcpy(&x, &bits, sizeof x);
    return x;
}

namespace {
std::string error_outcome(const py_error& e) { return "!" + std::string(error_type_name(e.type)) + ": " + e.message; }
}  // namespace

std::string text_outcome(const py_result<std::string>& r) {
    return r.ok() ? "=" + escape_text(r.value()) : error_outcome(r.error());
}
std::string float_outcome(const py_result<double>& r) {
    return r.ok() ? "=" + float_bits(r.value()) : error_outcome(r.error());
}
std::string int_outcome(const py_result<std::int64_t>& r) {
    return r.ok() ? "=" + std::to_string(r.value()) : error_outcome(r.error());
}

std::string int_outcome_or_overflow(const py_result<std::int64_t>& r, const std::string& expected) {
    bool expected_too_big = false;
    if (expected.size() > 1 && expected[0] == '=') {
        errno = 0;
        (void)std::strtoll(expected.c_str() + 1, nullptr, 10);
        expected_too_big = errno == ERANGE;
    }
    if (expected_too_big && !r.ok() && r.error().message == int64_overflow_message) return expected;
    return int_outcome(r);
}

void check_cases(std::string_view file, std::string_view kind,
                 const std::function<std::string(const format_case&)>& compute, std::size_t at_least) {
    const std::vector<format_case> cases = cases_of_kind(file, kind);
    EXPECT_GE(cases.size(), at_least) << kind;
    std::size_t mismatches = 0;
    for (const format_case& c : cases) {
        const std::string actual = compute(c);
        if (actual != c.result && ++mismatches <= 15) {
            ADD_FAILURE() << kind << " " << c.a << " " << c.b << ": expected " << c.result << ", got " << actual;
        }
    }
    EXPECT_EQ(mismatches, 0u) << kind << ": " << mismatches << " of " << cases.size() << " differ";
}

}  // namespace looplab::python::test_data
