// pymath_cases_test.cpp — math functions, int/float operators and hash() against every case CPython 3.11
// produced in expected/math_cases.txt (random operands, special values, errors).
#include <gtest/gtest.h>

#include <vector>

#include "expectations.h"
#include "python/float_format.h"
#include "python/pymath.h"

namespace {

using namespace looplab::python;
using namespace looplab::python::test_data;

std::vector<double> floats_of(const std::string& list) {
    std::vector<double> out;
    for (std::size_t pos = 0; pos < list.size();) {
        const std::size_t end = std::min(list.find(',', pos), list.size());
        out.push_back(float_from_bits(list.substr(pos, end - pos)));
        pos = end + 1;
    }
    return out;
}
std::vector<std::int64_t> ints_of(const std::string& list) {
    std::vector<std::int64_t> out;
    for (std::size_t pos = 0; pos < list.size();) {
        const std::size_t end = std::min(list.find(',', pos), list.size());
        out.push_back(std::stoll(list.substr(pos, end - pos)));
        pos = end + 1;
    }
    return out;
}
double f(const std::string& bits) { return float_from_bits(bits); }
std::int64_t i(const std::string& text) { return std::stoll(text); }
std::string plain_float(double x) { return "=" + float_bits(x); }
std::string plain_int(std::int64_t n) { return "=" + std::to_string(n); }

using float_unary = py_result<double> (*)(double);
using float_binary = py_result<double> (*)(double, double);
using int_binary = py_result<std::int64_t> (*)(std::int64_t, std::int64_t);
using int_of_float = py_result<std::int64_t> (*)(double);

TEST(pymath_cases, hypot_dist_and_fsum_match_cpython) {
    check_cases(
        math_cases, "hypot", [](const format_case& c) { return plain_float(math_hypot(floats_of(c.a))); }, 300);
    check_cases(
        math_cases, "dist",
        [](const format_case& c) { return float_outcome(math_dist(floats_of(c.a), floats_of(c.b))); }, 100);
    check_cases(
        math_cases, "fsum", [](const format_case& c) { return float_outcome(fsum(floats_of(c.a))); }, 200);
}

TEST(pymath_cases, float_operators_match_cpython) {
    const std::vector<std::pair<const char*, float_binary>> ops = {{"fmod", float_mod},
                                                                   {"ffloordiv", float_floor_div},
                                                                   {"ftruediv", float_true_div},
                                                                   {"fpow", float_pow},
                                                                   {"mpow", math_pow}};
    for (const auto& [kind, op] : ops) {
        check_cases(
            math_cases, kind, [op = op](const format_case& c) { return float_outcome(op(f(c.a), f(c.b))); }, 300);
    }
    check_cases(
        math_cases, "fdivmod",
        [](const format_case& c) {
            const py_result<float_divmod_result> r = float_divmod(f(c.a), f(c.b));
            if (!r.ok()) return "!" + std::string(error_type_name(r.error().type)) + ": " + r.error().message;
            return "=" + float_bits(r.value().quotient) + "," + float_bits(r.value().remainder);
        },
        300);
    check_cases(
        math_cases, "cmp", [](const format_case& c) { return plain_int(compare_int_float(i(c.a), f(c.b))); }, 300);
}

TEST(pymath_cases, float_math_functions_match_cpython) {
    const std::vector<std::pair<const char*, float_unary>> unary = {
        {"log2", math_log2}, {"log10", math_log10}, {"sqrt", math_sqrt}, {"exp", math_exp}};
    for (const auto& [kind, op] : unary) {
        check_cases(
            math_cases, kind, [op = op](const format_case& c) { return float_outcome(op(f(c.a))); }, 300);
    }
    check_cases(
        math_cases, "log", [](const format_case& c) { return float_outcome(math_log(f(c.a))); }, 300);
    check_cases(
        math_cases, "logb", [](const format_case& c) { return float_outcome(math_log(f(c.a), true, f(c.b))); }, 300);
    check_cases(
        math_cases, "isclose",
        [](const format_case& c) {
            const py_result<bool> r = isclose(f(c.a), f(c.b));
            return r.ok() ? plain_int(r.value() ? 1 : 0) : "!" + r.error().message;
        },
        300);
    const std::vector<std::pair<const char*, int_of_float>> to_int = {
        {"floor", floor_to_int}, {"ceil", ceil_to_int}, {"trunc", trunc_to_int}};
    for (const auto& [kind, op] : to_int) {
        check_cases(
            math_cases, kind, [op = op](const format_case& c) { return int_outcome_or_overflow(op(f(c.a)), c.result); },
            300);
    }
    check_cases(
        math_cases, "roundf", [](const format_case& c) { return float_outcome(round_float(f(c.a), i(c.b))); }, 200);
}

TEST(pymath_cases, int_operators_match_cpython) {
    const std::vector<std::pair<const char*, int_binary>> ops = {
        {"imod", floor_mod},     {"gcd", gcd},           {"lcm", lcm},
        {"ipow", int_pow},       {"lshift", int_lshift}, {"rshift", int_rshift},
        {"roundint", round_int}, {"comb", comb},         {"perm", perm}};
    for (const auto& [kind, op] : ops) {
        check_cases(
            math_cases, kind,
            [op = op](const format_case& c) { return int_outcome_or_overflow(op(i(c.a), i(c.b)), c.result); }, 200);
    }
    check_cases(
        math_cases, "idivmod",
        [](const format_case& c) {
            const py_result<int_divmod_result> r = int_divmod(i(c.a), i(c.b));
            if (!r.ok()) {
                // INT64_MIN // -1 is 2**63 in CPython: our documented overflow.
                if (r.error().message == int64_overflow_message && c.result == "=9223372036854775808,0")
                    return c.result;
                return "!" + std::string(error_type_name(r.error().type)) + ": " + r.error().message;
            }
            return "=" + std::to_string(r.value().quotient) + "," + std::to_string(r.value().remainder);
        },
        300);
    check_cases(
        math_cases, "itruediv", [](const format_case& c) { return float_outcome(int_true_div(i(c.a), i(c.b))); }, 300);
    check_cases(
        math_cases, "ipowmod",
        [](const format_case& c) {
            const std::vector<std::int64_t> em = ints_of(c.b);
            return int_outcome(int_pow_mod(i(c.a), em[0], em[1]));
        },
        300);
    check_cases(
        math_cases, "isqrt", [](const format_case& c) { return int_outcome(isqrt(i(c.a))); }, 300);
    check_cases(
        math_cases, "factorial",
        [](const format_case& c) { return int_outcome_or_overflow(factorial(i(c.a)), c.result); }, 20);
}

TEST(pymath_cases, hashes_match_cpython) {
    check_cases(
        math_cases, "hashi", [](const format_case& c) { return plain_int(hash_int(i(c.a))); }, 300);
    check_cases(
        math_cases, "hashf", [](const format_case& c) { return plain_int(hash_float(f(c.a))); }, 300);
    check_cases(
        math_cases, "hasht", [](const format_case& c) { return plain_int(hash_tuple(ints_of(c.a))); }, 100);
}

}  // namespace
