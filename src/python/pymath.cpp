// pymath.cpp — the `math` module's integer-valued functions with CPython 3.11's results and messages
// (Modules/mathmodule.c): floor/ceil/trunc/round, isqrt, gcd, lcm, factorial, comb, perm.
#include "python/pymath.h"

#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <vector>

namespace looplab::python {
namespace {

py_error int_overflow() { return overflow_error(std::string(int64_overflow_message)); }

// The float -> int conversion shared by floor/ceil/trunc/round: x is already integral.
py_result<std::int64_t> integral_to_int(double x) {
    if (std::isnan(x)) return value_error("cannot convert float NaN to integer");
    if (std::isinf(x)) return overflow_error("cannot convert float infinity to integer");
    // -2**63 is exact; 2**63 is the first value that does not fit.
    if (x < -9223372036854775808.0 || x >= 9223372036854775808.0) return int_overflow();
    return static_cast<std::int64_t>(x);
}

}  // namespace

py_result<std::int64_t> floor_to_int(double x) { return integral_to_int(std::floor(x)); }
py_result<std::int64_t> ceil_to_int(double x) { return integral_to_int(std::ceil(x)); }
py_result<std::int64_t> trunc_to_int(double x) { return integral_to_int(std::trunc(x)); }

py_result<std::int64_t> round_to_int(double x) {
    // float___round___impl: round half even; nearbyint would depend on the rounding mode, so do it by hand.
    double rounded = std::round(x);
    if (std::fabs(x - std::trunc(x)) == 0.5) rounded = 2.0 * std::round(x / 2.0);
    return integral_to_int(rounded);
}

py_result<double> round_float(double x, std::int64_t ndigits) {
    // CPython's double_round: correctly rounded decimal conversion of the exact binary value, then back.
    // The exact decimal expansion of any double has at most 1074 fraction digits and 309 integer digits.
    if (!std::isfinite(x) || x == 0.0) return x;
    // CPython's NDIGITS_MAX and NDIGITS_MIN: beyond them the result is x itself, or a zero with x's sign.
    if (ndigits > 323) return x;
    if (ndigits < -308) return 0.0 * x;
    std::vector<char> buffer(1500);
    std::snprintf(buffer.data(), buffer.size(), "%.1100f", std::fabs(x));
    std::string digits(buffer.data());
    const std::size_t point = digits.find('.');
    std::string whole = digits.substr(0, point);
    std::string fraction = digits.substr(point + 1);
    std::string all = whole + fraction;  // the decimal point sits after whole.size() digits
    const auto keep_signed = static_cast<std::int64_t>(whole.size()) + ndigits;  // digits kept from the left
    std::string kept;
    bool round_up = false;
    if (keep_signed < 0) {
        kept = "";
    } else {
        const auto keep = static_cast<std::size_t>(keep_signed);
        kept = all.substr(0, keep);
        const char next = keep < all.size() ? all[keep] : '0';
        const bool rest_nonzero = keep + 1 < all.size() && all.find_first_not_of('0', keep + 1) != std::string::npos;
        const bool last_odd = !kept.empty() && ((kept.back() - '0') % 2 == 1);
        round_up = next > '5' || (next == '5' && (rest_nonzero || last_odd));
    }
    if (round_up) {
        std::size_t i = kept.size();
        while (i > 0 && kept[i - 1] == '9') kept[--i] = '0';
        if (i == 0) {
            kept.insert(kept.begin(), '1');
        } else {
            ++kept[i - 1];
        }
    }
    // kept * 10**(-ndigits), written as a decimal literal and parsed back (strtod rounds correctly).
    std::string literal = (kept.empty() ? "0" : kept) + "e" + std::to_string(-ndigits);
    const double magnitude = std::strtod(literal.c_str(), nullptr);
    if (std::isinf(magnitude)) return overflow_error("rounded value too large to represent");
    return std::copysign(magnitude, x);
}

py_result<std::int64_t> round_int(std::int64_t n, std::int64_t ndigits) {
    if (ndigits >= 0) return n;
    if (ndigits < -19) return 0;  // |n| < 2**63 < 10**20 / 2
    if (ndigits == -19) {
        // 10**19 does not fit: |n| < 10**19, so the result is 0 or +-10**19 (which overflows); a tie goes to 0.
        constexpr std::uint64_t half = 5000000000000000000u;
        const std::uint64_t magnitude = n < 0 ? 0u - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
        if (magnitude > half) return int_overflow();
        return 0;
    }
    std::int64_t pow10 = 1;
    for (std::int64_t i = 0; i < -ndigits; ++i) pow10 *= 10;
    // Python: q, r = divmod(n, pow10); round half to even on r.
    std::int64_t q = n / pow10;
    std::int64_t r = n % pow10;
    if (r < 0) {
        r += pow10;
        --q;
    }
    const std::int64_t twice = 2 * r;  // r < 10**18, no overflow
    if (twice > pow10 || (twice == pow10 && (q & 1) != 0)) ++q;
    return int_mul(q, pow10);
}

py_result<std::int64_t> isqrt(std::int64_t n) {
    if (n < 0) return value_error("isqrt() argument must be nonnegative");
    auto r = static_cast<std::int64_t>(std::sqrt(static_cast<double>(n)));
    while (r > 0 && r > n / r) --r;  // r*r > n, written without overflow
    while ((r + 1) <= n / (r + 1)) ++r;
    return r;
}

py_result<std::int64_t> gcd(std::int64_t a, std::int64_t b) {
    std::uint64_t x = a < 0 ? 0u - static_cast<std::uint64_t>(a) : static_cast<std::uint64_t>(a);
    std::uint64_t y = b < 0 ? 0u - static_cast<std::uint64_t>(b) : static_cast<std::uint64_t>(b);
    while (y != 0) {
        const std::uint64_t t = x % y;
        x = y;
        y = t;
    }
    if (x > static_cast<std::uint64_t>(INT64_MAX)) return int_overflow();
    return static_cast<std::int64_t>(x);
}

py_result<std::int64_t> lcm(std::int64_t a, std::int64_t b) {
    if (a == 0 || b == 0) return 0;
    const py_result<std::int64_t> g = gcd(a, b);
    if (!g.ok()) return g;
    const py_result<std::int64_t> abs_a = int_abs(a);
    const py_result<std::int64_t> abs_b = int_abs(b);
    if (!abs_a.ok() || !abs_b.ok()) return int_overflow();
    return int_mul(abs_a.value() / g.value(), abs_b.value());
}

py_result<std::int64_t> factorial(std::int64_t n) {
    if (n < 0) return value_error("factorial() not defined for negative values");
    std::int64_t result = 1;
    for (std::int64_t i = 2; i <= n; ++i) {
        const py_result<std::int64_t> next = int_mul(result, i);
        if (!next.ok()) return next;
        result = next.value();
    }
    return result;
}

py_result<std::int64_t> comb(std::int64_t n, std::int64_t k) {
    if (n < 0) return value_error("n must be a non-negative integer");
    if (k < 0) return value_error("k must be a non-negative integer");
    if (k > n) return 0;
    if (k > n - k) k = n - k;
    // result * (n - i) / (i + 1) is exact at every step; divide by the gcd first so the product fits if it can.
    std::int64_t result = 1;
    for (std::int64_t i = 0; i < k; ++i) {
        std::int64_t numerator = n - i;
        std::int64_t denominator = i + 1;
        const std::int64_t g1 = gcd(result, denominator).value();
        result /= g1;
        denominator /= g1;
        numerator /= denominator;  // exact: denominator now divides numerator
        const py_result<std::int64_t> next = int_mul(result, numerator);
        if (!next.ok()) return next;
        result = next.value();
    }
    return result;
}

py_result<std::int64_t> perm(std::int64_t n, std::int64_t k) {
    if (n < 0) return value_error("n must be a non-negative integer");
    if (k < 0) return value_error("k must be a non-negative integer");
    if (k > n) return 0;
    std::int64_t result = 1;
    for (std::int64_t i = 0; i < k; ++i) {
        const py_result<std::int64_t> next = int_mul(result, n - i);
        if (!next.ok()) return next;
        result = next.value();
    }
    return result;
}

py_result<std::int64_t> perm(std::int64_t n) { return perm(n, n); }

}  // namespace looplab::python
