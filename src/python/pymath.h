// pymath.h — CPython 3.11's numeric semantics for LoopLab's 64-bit ints and floats: the `math` functions beyond
// <cmath>, Python's division/modulo/power/shift rules with overflow detection, hash(), and int <-> str.
//
// Usage:
//   py_result<std::int64_t> q = floor_div(-7, 2);        // -4
//   py_result<double> m = float_mod(7.0, -3.0);          // -2.0
//   std::int64_t h = hash_float(1.5);                    // 1152921504606846977, as CPython
//   py_result<double> s = fsum(values);                  // exact, as math.fsum
// Every result that CPython would make a bigger int than 64 bits is an OverflowError with int64_overflow_message.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "python/py_error.h"

namespace looplab::python {

// The message of every OverflowError that CPython would not raise (its ints are unbounded, ours are 64-bit).
inline constexpr std::string_view int64_overflow_message = "integer result too large for LoopLab's 64-bit ints";

// [SECTION] math module
// math.floor(x) for a float: OverflowError for inf and results beyond 64 bits, ValueError for nan.
py_result<std::int64_t> floor_to_int(double x);
// math.ceil(x) for a float.
py_result<std::int64_t> ceil_to_int(double x);
// math.trunc(x) and int(x) for a float.
py_result<std::int64_t> trunc_to_int(double x);
// round(x) with one argument for a float: round half to even, to an int.
py_result<std::int64_t> round_to_int(double x);
// round(x, ndigits) for a float: the exact binary value rounded half-even to ndigits decimals (2.675 -> 2.67).
py_result<double> round_float(double x, std::int64_t ndigits);
// round(n, ndigits) for an int with ndigits < 0 (round half to even at 10**-ndigits); n itself when ndigits >= 0.
py_result<std::int64_t> round_int(std::int64_t n, std::int64_t ndigits);
// math.isqrt(n).
py_result<std::int64_t> isqrt(std::int64_t n);
// math.gcd(a, b): non-negative.
py_result<std::int64_t> gcd(std::int64_t a, std::int64_t b);
// math.lcm(a, b): non-negative.
py_result<std::int64_t> lcm(std::int64_t a, std::int64_t b);
// math.factorial(n): OverflowError beyond 20!.
py_result<std::int64_t> factorial(std::int64_t n);
// math.comb(n, k).
py_result<std::int64_t> comb(std::int64_t n, std::int64_t k);
// math.perm(n, k).
py_result<std::int64_t> perm(std::int64_t n, std::int64_t k);
// math.perm(n) == n! (with perm's error message for n < 0).
py_result<std::int64_t> perm(std::int64_t n);
// math.fsum(values): Shewchuk's exact summation with CPython's special-value and overflow rules.
py_result<double> fsum(std::span<const double> values);
// math.isclose(a, b, rel_tol=, abs_tol=).
py_result<bool> isclose(double a, double b, double rel_tol = 1e-09, double abs_tol = 0.0);
// math.log(x) (base <= 0 is not given: pass has_base = false) and math.log(x, base).
py_result<double> math_log(double x, bool has_base = false, double base = 0.0);
// math.log2(x) / math.log10(x) / math.sqrt(x) / math.exp(x): <cmath> with CPython's error rules.
py_result<double> math_log2(double x);
py_result<double> math_log10(double x);
py_result<double> math_sqrt(double x);
py_result<double> math_exp(double x);
// A one-argument math function with CPython's math_1 error rules: a nan from a non-nan is "math domain error";
// an infinity from a finite x is OverflowError "math range error" when can_overflow (cosh, exp, exp2, expm1,
// sinh), else "math domain error" (atanh(1), log1p(-1)). Usage: math_unary(std::sin, x, false).
py_result<double> math_unary(double (*function)(double), double x, bool can_overflow);
// math.fmod(x, y): ValueError for fmod(inf, y) and fmod(x, 0); fmod(x, inf) == x.
py_result<double> math_fmod(double x, double y);
// math.degrees(x) == x * (180 / pi) and math.radians(x) == x * (pi / 180), as CPython writes them.
double math_degrees(double x);
double math_radians(double x);
// math.pow(x, y): C pow with CPython's error rules (always a float, no complex results).
py_result<double> math_pow(double x, double y);
// math.hypot(*coordinates), as CPython 3.11's vector_norm.
double math_hypot(std::span<const double> coordinates);
// math.dist(p, q): ValueError when the sizes differ.
py_result<double> math_dist(std::span<const double> p, std::span<const double> q);
// math.prod(values) for ints (start=1): OverflowError beyond 64 bits.
py_result<std::int64_t> prod_int(std::span<const std::int64_t> values, std::int64_t start = 1);
// math.prod(values) for floats.
double prod_float(std::span<const double> values, double start = 1.0);

// [SECTION] int and float operators with Python's rules
// a + b, a - b, a * b with OverflowError beyond 64 bits.
py_result<std::int64_t> int_add(std::int64_t a, std::int64_t b);
py_result<std::int64_t> int_sub(std::int64_t a, std::int64_t b);
py_result<std::int64_t> int_mul(std::int64_t a, std::int64_t b);
// -a (OverflowError for INT64_MIN) and abs(a).
py_result<std::int64_t> int_neg(std::int64_t a);
py_result<std::int64_t> int_abs(std::int64_t a);
// a // b: rounds toward minus infinity; ZeroDivisionError "integer division or modulo by zero".
py_result<std::int64_t> floor_div(std::int64_t a, std::int64_t b);
// a % b: the sign of b; ZeroDivisionError "integer modulo by zero".
py_result<std::int64_t> floor_mod(std::int64_t a, std::int64_t b);
// divmod(a, b) for ints.
struct int_divmod_result {
    std::int64_t quotient = 0;
    std::int64_t remainder = 0;
};
py_result<int_divmod_result> int_divmod(std::int64_t a, std::int64_t b);
// a / b for ints: a float; ZeroDivisionError "division by zero".
py_result<double> int_true_div(std::int64_t a, std::int64_t b);
// a ** b for ints with b >= 0 (b < 0 is a float: use float_pow(double(a), double(b))).
py_result<std::int64_t> int_pow(std::int64_t base, std::int64_t exponent);
// pow(base, exponent, modulus) for ints (exponent >= 0).
py_result<std::int64_t> int_pow_mod(std::int64_t base, std::int64_t exponent, std::int64_t modulus);
// a << n and a >> n: ValueError "negative shift count"; >> floors.
py_result<std::int64_t> int_lshift(std::int64_t a, std::int64_t n);
py_result<std::int64_t> int_rshift(std::int64_t a, std::int64_t n);
// x / y, x // y, x % y, divmod(x, y) for floats (int operands converted by the caller).
py_result<double> float_true_div(double x, double y);
py_result<double> float_floor_div(double x, double y);
py_result<double> float_mod(double x, double y);
struct float_divmod_result {
    double quotient = 0.0;
    double remainder = 0.0;
};
py_result<float_divmod_result> float_divmod(double x, double y);
// x ** y for floats as CPython's float_pow; a negative base to a non-integer power (a complex in CPython) is a
// ValueError naming LoopLab's missing complex numbers, or CPython's "complex exponentiation" OverflowError.
py_result<double> float_pow(double x, double y);
// Python's comparison of an int with a float, exact even beyond 2**53: -1, 0, 1; nan compares unordered (2).
int compare_int_float(std::int64_t i, double x);

// [SECTION] hash()
// hash(n) for an int (and bool): n modulo 2**61 - 1 with the sign of n; -1 becomes -2.
std::int64_t hash_int(std::int64_t n);
// hash(x) for a float as CPython's _Py_HashDouble; equals hash_int for integral values. nan hashes to 0 here
// (CPython 3.11 hashes a nan by its object identity).
std::int64_t hash_float(double x);
// hash(tuple) from the items' hashes, as CPython's xxHash-based tuplehash.
std::int64_t hash_tuple(std::span<const std::int64_t> item_hashes);
// hash(s) for a str: CPython's siphash13 with the key of PYTHONHASHSEED=0 (CPython randomises the key per
// process by default; `PYTHONHASHSEED=0 python3` prints the same hashes, and the same set orders, as LoopLab).
std::int64_t hash_str(std::string_view utf8);

// [SECTION] int <-> str
// str(n) / repr(n).
std::string int_to_str(std::int64_t n);
// hex(n), oct(n), bin(n): "-0xff", "0o17", "0b101".
std::string int_to_hex(std::int64_t n);
std::string int_to_oct(std::int64_t n);
std::string int_to_bin(std::int64_t n);
// The digits of |n| in base 2..36 (lower case), no sign and no prefix.
std::string magnitude_digits(std::uint64_t magnitude, int base, bool upper = false);

}  // namespace looplab::python
