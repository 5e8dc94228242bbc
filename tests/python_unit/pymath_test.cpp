// pymath_test.cpp — math functions, Python's operator rules and hash() against values CPython 3.11 prints.
#include "python/pymath.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "python/mersenne_twister.h"

namespace {

using namespace looplab::python;

constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double nan_value = std::numeric_limits<double>::quiet_NaN();

TEST(pymath, floor_division_and_modulo_follow_pythons_signs) {
    EXPECT_EQ(floor_div(-7, 2).value(), -4);
    EXPECT_EQ(floor_mod(-7, 2).value(), 1);
    EXPECT_EQ(floor_mod(7, -3).value(), -2);
    EXPECT_EQ(floor_div(7, -3).value(), -3);
    EXPECT_EQ(floor_mod(INT64_MIN, -1).value(), 0);
    EXPECT_FALSE(floor_div(INT64_MIN, -1).ok());
    EXPECT_EQ(floor_div(1, 0).error().message, "integer division or modulo by zero");
    EXPECT_EQ(floor_mod(1, 0).error().message, "integer modulo by zero");
    EXPECT_EQ(int_true_div(1, 0).error().message, "division by zero");
    const int_divmod_result d = int_divmod(-7, 2).value();
    EXPECT_EQ(d.quotient, -4);
    EXPECT_EQ(d.remainder, 1);
}

TEST(pymath, float_floor_division_and_modulo_follow_pythons_signs) {
    EXPECT_EQ(float_floor_div(-7.5, 2.0).value(), -4.0);
    EXPECT_EQ(float_mod(7.0, -3.0).value(), -2.0);
    EXPECT_EQ(float_mod(-7.5, 2.0).value(), 0.5);
    EXPECT_TRUE(std::signbit(float_mod(6.0, -3.0).value()));
    EXPECT_EQ(float_mod(7.0, 0.0).error().message, "float modulo");
    EXPECT_EQ(float_floor_div(7.0, 0.0).error().message, "float floor division by zero");
    EXPECT_EQ(float_divmod(7.0, 0.0).error().message, "float divmod()");
    EXPECT_EQ(float_true_div(7.0, 0.0).error().message, "float division by zero");
}

TEST(pymath, powers_shifts_and_overflow) {
    EXPECT_EQ(int_pow(2, 62).value(), 4611686018427387904);
    EXPECT_FALSE(int_pow(2, 63).ok());
    EXPECT_EQ(int_pow(-2, 63).value(), INT64_MIN);
    EXPECT_EQ(int_pow_mod(3, 200, 7).value(), 2);
    EXPECT_EQ(int_pow_mod(-3, 3, 7).value(), 1);
    EXPECT_EQ(int_pow_mod(3, 3, -7).value(), -1);
    EXPECT_EQ(float_pow(10.0, -2.0).value(), 0.01);
    EXPECT_EQ(float_pow(0.0, -1.0).error().message, "0.0 cannot be raised to a negative power");
    EXPECT_EQ(float_pow(2.0, 10000.0).error().message, "(34, 'Numerical result out of range')");
    EXPECT_EQ(int_lshift(1, -1).error().message, "negative shift count");
    EXPECT_EQ(int_lshift(1, 62).value(), 4611686018427387904);
    EXPECT_FALSE(int_lshift(1, 63).ok());
    EXPECT_EQ(int_rshift(-7, 1).value(), -4);
    EXPECT_EQ(int_rshift(-7, 100).value(), -1);
    EXPECT_EQ(int_add(INT64_MAX, 1).error().type, py_error_type::overflow_error);
}

TEST(pymath, hashes_match_cpython) {
    EXPECT_EQ(hash_int(-1), -2);
    EXPECT_EQ(hash_int(2305843009213693951), 0);
    EXPECT_EQ(hash_int(INT64_MIN), -4);  // hash(-2**63)
    EXPECT_EQ(hash_float(1.5), 1152921504606846977);
    EXPECT_EQ(hash_float(-1.5), -1152921504606846977);
    EXPECT_EQ(hash_float(2.0), 2);
    EXPECT_EQ(hash_float(-1.0), -2);
    EXPECT_EQ(hash_float(0.1), 230584300921369408);
    EXPECT_EQ(hash_float(inf), 314159);
    const std::vector<std::int64_t> pair = {1, 2};
    EXPECT_EQ(hash_tuple(pair), -3550055125485641917);
    EXPECT_EQ(hash_tuple({}), 5740354900026072187);
}

TEST(pymath, str_hashes_equal_cpythons_with_pythonhashseed_0) {
    // PYTHONHASHSEED=0 python3 -c 'print(hash("abc"))' and friends: 1-, 2- and 4-byte strings, tails of 0..7 bytes.
    EXPECT_EQ(hash_str(""), 0);
    EXPECT_EQ(hash_str("a"), 4644417185603328019);
    EXPECT_EQ(hash_str("abc"), -4594863902769663758);
    EXPECT_EQ(hash_str("hello world!"), 839851713330019024);
    EXPECT_EQ(hash_str("h\xc3\xa9llo"), 6395329678795984700);
    EXPECT_EQ(hash_str("\xe2\x98\xbax"), -7162632607806232058);
    EXPECT_EQ(hash_str("\xf0\x9d\x84\x9e"), 7849220833259879855);
    EXPECT_EQ(hash_str("abcdefgh"), 4574395652268504554);
    EXPECT_EQ(hash_str("abcdefghijklmnopq"), 7044894726457044172);
    EXPECT_EQ(hash_str(std::string_view("\0", 1)), 7541581120933061747);
    EXPECT_EQ(hash_str("\xc3\xbf"), 3476900567878811119);
    EXPECT_EQ(hash_str("\xc4\x80"), 75343234424780393);
}

TEST(pymath, math_functions_match_cpython) {
    EXPECT_EQ(floor_to_int(-1.5).value(), -2);
    EXPECT_EQ(ceil_to_int(-1.5).value(), -1);
    EXPECT_EQ(floor_to_int(inf).error().message, "cannot convert float infinity to integer");
    EXPECT_EQ(floor_to_int(nan_value).error().message, "cannot convert float NaN to integer");
    EXPECT_EQ(isqrt(99).value(), 9);
    EXPECT_EQ(isqrt(INT64_MAX).value(), 3037000499);
    EXPECT_EQ(isqrt(-1).error().message, "isqrt() argument must be nonnegative");
    EXPECT_EQ(gcd(-4, 6).value(), 2);
    EXPECT_EQ(lcm(-4, 6).value(), 12);
    EXPECT_EQ(factorial(20).value(), 2432902008176640000);
    EXPECT_FALSE(factorial(21).ok());
    EXPECT_EQ(factorial(-1).error().message, "factorial() not defined for negative values");
    EXPECT_EQ(comb(10, 3).value(), 120);
    EXPECT_EQ(comb(62, 31).value(), 465428353255261088);
    EXPECT_EQ(comb(-1, 2).error().message, "n must be a non-negative integer");
    EXPECT_EQ(comb(2, -1).error().message, "k must be a non-negative integer");
    EXPECT_EQ(perm(5, 2).value(), 20);
    EXPECT_EQ(math_log(0.0).error().message, "math domain error");
    EXPECT_EQ(math_log(1.0, true, 1.0).error().message, "float division by zero");
    EXPECT_EQ(math_log(8.0, true, 2.0).value(), 3.0);
    EXPECT_EQ(math_log(100.0, true, 10.0).value(), 2.0);
    EXPECT_EQ(math_sqrt(-1.0).error().message, "math domain error");
    EXPECT_EQ(math_exp(1000.0).error().message, "math range error");
    EXPECT_EQ(isclose(1.0, 1.0, -1.0).error().message, "tolerances must be non-negative");
    EXPECT_TRUE(isclose(1.0, 1.0 + 1e-10).value());
}

TEST(pymath, one_argument_functions_raise_as_cpythons_math_1) {
    EXPECT_EQ(math_unary(std::sin, inf, false).error().message, "math domain error");
    EXPECT_EQ(math_unary(std::cosh, 1000.0, true).error().message, "math range error");
    EXPECT_EQ(math_unary(std::log1p, -1.0, false).error().message, "math domain error");
    EXPECT_EQ(math_unary(std::acos, 2.0, false).error().message, "math domain error");
    EXPECT_EQ(math_unary(std::atanh, 1.0, false).error().message, "math domain error");
    EXPECT_EQ(math_unary(std::exp2, 2000.0, true).error().type, py_error_type::overflow_error);
    EXPECT_TRUE(std::isnan(math_unary(std::sqrt, nan_value, false).value()));
    EXPECT_EQ(math_unary(std::sin, 0.0, false).value(), 0.0);
}

TEST(pymath, fsum_is_exact_as_cpython) {
    const std::vector<double> tenths(10, 0.1);
    EXPECT_EQ(fsum(tenths).value(), 1.0);
    const std::vector<double> cancel = {1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50};
    EXPECT_EQ(fsum(cancel).value(), 1e-100);
    const std::vector<double> big = {1e308, 1e308};
    EXPECT_EQ(fsum(big).error().message, "intermediate overflow in fsum");
    const std::vector<double> infs = {inf, -inf};
    EXPECT_EQ(fsum(infs).error().message, "-inf + inf in fsum");
}

TEST(pymath, hypot_and_dist_match_cpython) {
    const std::vector<double> a = {3.0, 4.0};
    EXPECT_EQ(math_hypot(a), 5.0);
    const std::vector<double> b = {1.1, 2.2, 3.3};
    EXPECT_EQ(math_hypot(b), 4.115823125451335);
    const std::vector<double> c = {1e-300, 1e-300};
    EXPECT_EQ(math_hypot(c), 1.414213562373095e-300);
    const std::vector<double> one = {1.0};
    EXPECT_EQ(math_dist(one, a).error().message, "both points must have the same number of dimensions");
}

TEST(pymath, round_rounds_the_exact_binary_value_half_even) {
    EXPECT_EQ(round_float(2.675, 2).value(), 2.67);
    EXPECT_EQ(round_to_int(0.5).value(), 0);
    EXPECT_EQ(round_to_int(1.5).value(), 2);
    EXPECT_EQ(round_to_int(2.5).value(), 2);
    EXPECT_EQ(round_to_int(-0.5).value(), 0);
    EXPECT_EQ(round_to_int(-2.5).value(), -2);
    EXPECT_EQ(round_float(1234.5, -1).value(), 1230.0);
    EXPECT_EQ(round_float(1250.0, -2).value(), 1200.0);
    EXPECT_EQ(round_float(1.5e300, -300).value(), 2e300);
    EXPECT_EQ(round_float(0.125, 2).value(), 0.12);
    EXPECT_EQ(round_float(5e-324, 400).value(), 5e-324);
    EXPECT_TRUE(std::signbit(round_float(-0.0, 1).value()));
    EXPECT_EQ(round_float(2.5, 0).value(), 2.0);
    EXPECT_EQ(round_int(1250, -2).value(), 1200);
    EXPECT_EQ(round_int(1350, -2).value(), 1400);
    EXPECT_EQ(round_int(-1250, -2).value(), -1200);
    EXPECT_EQ(round_to_int(inf).error().message, "cannot convert float infinity to integer");
}

TEST(pymath, ints_convert_to_str_hex_oct_bin) {
    EXPECT_EQ(int_to_str(INT64_MIN), "-9223372036854775808");
    EXPECT_EQ(int_to_hex(-255), "-0xff");
    EXPECT_EQ(int_to_oct(15), "0o17");
    EXPECT_EQ(int_to_bin(5), "0b101");
    EXPECT_EQ(int_to_bin(0), "0b0");
}

}  // namespace

namespace {

#ifndef __EMSCRIPTEN__
// Natively the C library is glibc, CPython's own: math_log10 must agree with it everywhere, not just on the
// generated cases (under wasm std::log10 is musl's, which is why math_log10 does not call it).
TEST(pymath, log10_agrees_with_glibc_on_a_million_values) {
    looplab::python::mersenne_twister rng(1);
    for (int k = 0; k < 1000000; ++k) {
        const double mantissa = rng.random() + 0.5;
        const double x = std::ldexp(mantissa, static_cast<int>(rng.randbelow(2140)) - 1070);
        ASSERT_EQ(looplab::python::math_log10(x).value(), std::log10(x)) << x;
    }
}
#endif

}  // namespace
