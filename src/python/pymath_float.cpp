// pymath_float.cpp — the float functions of `math` with CPython 3.11's results and error rules: fsum, isclose,
// log/log2/log10/sqrt/exp/pow, math_1's error rules, fmod, hypot/dist (vector_norm), prod.
#include "python/pymath.h"

#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <vector>

namespace looplab::python {
namespace {

py_error domain_error() { return value_error("math domain error"); }

struct double_length {
    double hi = 0.0;
    double lo = 0.0;
};
// Exact sum of a and b when |a| >= |b| (Dekker's fast two-sum).
double_length dl_fast_sum(double a, double b) {
    const double x = a + b;
    const double z = x - a;
    return {x, b - z};
}
// Exact product x * y as hi + lo.
double_length dl_mul(double x, double y) {
    const double z = x * y;
    return {z, std::fma(x, y, -z)};
}

// CPython's vector_norm: scaled, error-compensated sum of squares and one Newton correction of the sqrt.
double vector_norm(std::vector<double>& vec, double max, bool found_nan) {
    if (std::isinf(max)) return max;
    if (found_nan) return std::numeric_limits<double>::quiet_NaN();
    if (max == 0.0 || vec.size() <= 1) return max;
    int max_e = 0;
    std::frexp(max, &max_e);
    if (max_e < -1023) {
        for (double& v : vec) v /= DBL_MIN;
        return DBL_MIN * vector_norm(vec, max / DBL_MIN, found_nan);
    }
    const double scale = std::ldexp(1.0, -max_e);
    double csum = 1.0;
    double frac1 = 0.0;
    double frac2 = 0.0;
    for (double v : vec) {
        const double x = v * scale;
        const double_length pr = dl_mul(x, x);
        const double_length sm = dl_fast_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    double h = std::sqrt(csum - 1.0 + (frac1 + frac2));
    const double_length pr = dl_mul(-h, h);
    const double_length sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    const double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

// log10 as glibc computes it (the classic fdlibm e_log10: k*log10(2) + log(m)/ln(10) with a split constant), so
// that CPython-on-glibc's math.log10 digits come out on musl (wasm) too; musl's own log10 differs in ~3% of inputs.
// glibc's and musl's log() agree (both are ARM's optimized-routines), which this relies on. x is finite and > 0.
double glibc_log10(double x) {
    constexpr double two54 = 0x1p54;
    constexpr double ivln10 = 0x1.bcb7b1526e50ep-2;
    constexpr double log10_2hi = 0x1.34413509f6000p-2;
    constexpr double log10_2lo = 0x1.9fef311f12b36p-42;
    std::uint64_t bits = 0;
    std::memcpy(&bits, &x, sizeof bits);
    auto hx = static_cast<std::int32_t>(bits >> 32);
    std::int32_t k = 0;
    if (hx < 0x00100000) {  // subnormal: scale up
        k -= 54;
        x *= two54;
        std::memcpy(&bits, &x, sizeof bits);
        hx = static_cast<std::int32_t>(bits >> 32);
    }
    k += (hx >> 20) - 1023;
    const std::int32_t i = static_cast<std::int32_t>((static_cast<std::uint32_t>(k) & 0x80000000u) >> 31);
    hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
    const double y = static_cast<double>(k + i);
    bits = (static_cast<std::uint64_t>(static_cast<std::uint32_t>(hx)) << 32) | (bits & 0xffffffffu);
    std::memcpy(&x, &bits, sizeof x);
    const double z = y * log10_2lo + ivln10 * std::log(x);
    return z + y * log10_2hi;
}

}  // namespace

py_result<double> fsum(std::span<const double> values) {
    // math_fsum: partials hold a non-overlapping exact expansion of the running sum.
    std::vector<double> partials;
    double special_sum = 0.0;
    double inf_sum = 0.0;
    for (const double value : values) {
        double x = value;
        std::size_t i = 0;
        for (std::size_t j = 0; j < partials.size(); ++j) {
            double y = partials[j];
            if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
            const double hi = x + y;
            const double yr = hi - x;
            const double lo = y - yr;
            if (lo != 0.0) partials[i++] = lo;
            x = hi;
        }
        partials.resize(i);
        if (x != 0.0) {
            if (!std::isfinite(x)) {
                if (std::isfinite(value)) return overflow_error("intermediate overflow in fsum");
                if (std::isinf(value)) inf_sum += value;
                special_sum += value;
                partials.clear();
            } else {
                partials.push_back(x);
            }
        }
    }
    if (special_sum != 0.0) {
        if (std::isnan(inf_sum)) return value_error("-inf + inf in fsum");
        return special_sum;
    }
    double hi = 0.0;
    std::size_t n = partials.size();
    if (n > 0) {
        hi = partials[--n];
        double lo = 0.0;
        while (n > 0) {
            const double x = hi;
            const double y = partials[--n];
            hi = x + y;
            const double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        // Round half-even correctly when the remaining partials push past a halfway case.
        if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
            const double y = lo * 2.0;
            const double x = hi + y;
            const double yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    return hi;
}

py_result<bool> isclose(double a, double b, double rel_tol, double abs_tol) {
    if (rel_tol < 0.0 || abs_tol < 0.0) return value_error("tolerances must be non-negative");
    if (a == b) return true;
    if (std::isinf(a) || std::isinf(b)) return false;
    const double diff = std::fabs(b - a);
    return diff <= std::fabs(rel_tol * b) || diff <= std::fabs(rel_tol * a) || diff <= abs_tol;
}

py_result<double> math_log(double x, bool has_base, double base) {
    // m_log: log(+inf) is inf, nan passes through, x <= 0 is a domain error.
    auto one = [](double v) -> py_result<double> {
        if (std::isnan(v) || v == std::numeric_limits<double>::infinity()) return v;
        if (v <= 0.0) return domain_error();
        return std::log(v);
    };
    const py_result<double> num = one(x);
    if (!num.ok() || !has_base) return num;
    const py_result<double> den = one(base);
    if (!den.ok()) return den;
    if (den.value() == 0.0) return zero_division_error("float division by zero");
    return num.value() / den.value();
}

py_result<double> math_log2(double x) {
    if (std::isnan(x) || x == std::numeric_limits<double>::infinity()) return x;
    if (x <= 0.0) return domain_error();
    return std::log2(x);
}

py_result<double> math_log10(double x) {
    if (std::isnan(x) || x == std::numeric_limits<double>::infinity()) return x;
    if (x <= 0.0) return domain_error();
    return glibc_log10(x);
}

py_result<double> math_sqrt(double x) {
    if (x < 0.0) return domain_error();
    return std::sqrt(x);
}

py_result<double> math_exp(double x) {
    const double r = std::exp(x);
    if (std::isinf(r) && std::isfinite(x)) return overflow_error("math range error");
    return r;
}

py_result<double> math_unary(double (*function)(double), double x, bool can_overflow) {
    const double r = function(x);
    if (std::isnan(r) && !std::isnan(x)) return domain_error();
    if (std::isinf(r) && std::isfinite(x)) return can_overflow ? overflow_error("math range error") : domain_error();
    return r;
}

py_result<double> math_fmod(double x, double y) {
    if (std::isinf(y) && std::isfinite(x)) return x;
    const double r = std::fmod(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error();
    return r;
}

double math_degrees(double x) { return x * (180.0 / 3.141592653589793); }
double math_radians(double x) { return x * (3.141592653589793 / 180.0); }

py_result<double> math_pow(double x, double y) {
    // math_pow_impl: finite x and y with a non-finite result are errors; inf/nan inputs follow C99 Annex F.
    if (!std::isfinite(x) || !std::isfinite(y)) return std::pow(x, y);
    const double r = std::pow(x, y);
    if (std::isnan(r)) return domain_error();
    if (std::isinf(r)) {
        if (x == 0.0) return domain_error();
        return overflow_error("math range error");
    }
    return r;
}

double math_hypot(std::span<const double> coordinates) {
    std::vector<double> vec;
    double max = 0.0;
    bool found_nan = false;
    for (const double c : coordinates) {
        const double x = std::fabs(c);
        vec.push_back(x);
        found_nan |= std::isnan(x);
        if (x > max) max = x;
    }
    return vector_norm(vec, max, found_nan);
}

py_result<double> math_dist(std::span<const double> p, std::span<const double> q) {
    if (p.size() != q.size()) return value_error("both points must have the same number of dimensions");
    std::vector<double> vec;
    double max = 0.0;
    bool found_nan = false;
    for (std::size_t i = 0; i < p.size(); ++i) {
        const double x = std::fabs(p[i] - q[i]);
        vec.push_back(x);
        found_nan |= std::isnan(x);
        if (x > max) max = x;
    }
    return vector_norm(vec, max, found_nan);
}

py_result<std::int64_t> prod_int(std::span<const std::int64_t> values, std::int64_t start) {
    std::int64_t result = start;
    for (const std::int64_t v : values) {
        const py_result<std::int64_t> next = int_mul(result, v);
        if (!next.ok()) return next;
        result = next.value();
    }
    return result;
}

double prod_float(std::span<const double> values, double start) {
    double result = start;
    for (const double v : values) result *= v;
    return result;
}

}  // namespace looplab::python
