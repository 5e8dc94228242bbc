// pymath_int.cpp — Python's int and float operator rules (Objects/longobject.c, floatobject.c), hash() as
// CPython's Python/pyhash.c and tupleobject.c compute it, and int <-> str.
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "python/pymath.h"

namespace looplab::python {
namespace {

py_error int_overflow() { return overflow_error(std::string(int64_overflow_message)); }

constexpr int hash_bits = 61;
constexpr std::uint64_t hash_modulus = (std::uint64_t{1} << hash_bits) - 1;

}  // namespace

py_result<std::int64_t> int_add(std::int64_t a, std::int64_t b) {
    std::int64_t r = 0;
    if (__builtin_add_overflow(a, b, &r)) return int_overflow();
    return r;
}

py_result<std::int64_t> int_sub(std::int64_t a, std::int64_t b) {
    std::int64_t r = 0;
    if (__builtin_sub_overflow(a, b, &r)) return int_overflow();
    return r;
}

py_result<std::int64_t> int_mul(std::int64_t a, std::int64_t b) {
    std::int64_t r = 0;
    if (__builtin_mul_overflow(a, b, &r)) return int_overflow();
    return r;
}

py_result<std::int64_t> int_neg(std::int64_t a) {
    if (a == std::numeric_limits<std::int64_t>::min()) return int_overflow();
    return -a;
}

py_result<std::int64_t> int_abs(std::int64_t a) { return a < 0 ? int_neg(a) : py_result<std::int64_t>(a); }

py_result<std::int64_t> floor_div(std::int64_t a, std::int64_t b) {
    const py_result<int_divmod_result> r = int_divmod(a, b);
    if (!r.ok()) return r.error();
    return r.value().quotient;
}

py_result<std::int64_t> floor_mod(std::int64_t a, std::int64_t b) {
    if (b == 0) return zero_division_error("integer modulo by zero");
    if (b == -1) return 0;  // also INT64_MIN % -1, whose C++ remainder overflows
    std::int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    return r;
}

py_result<int_divmod_result> int_divmod(std::int64_t a, std::int64_t b) {
    if (b == 0) return zero_division_error("integer division or modulo by zero");
    if (b == -1) {
        const py_result<std::int64_t> q = int_neg(a);
        if (!q.ok()) return q.error();
        return int_divmod_result{q.value(), 0};
    }
    std::int64_t q = a / b;
    std::int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) {
        r += b;
        --q;
    }
    return int_divmod_result{q, r};
}

py_result<double> int_true_div(std::int64_t a, std::int64_t b) {
    if (b == 0) return zero_division_error("division by zero");
    // Both exact in a double: one IEEE division rounds correctly.
    constexpr std::int64_t exact = std::int64_t{1} << 53;
    if (a > -exact && a < exact && b > -exact && b < exact) return static_cast<double>(a) / static_cast<double>(b);
    // Otherwise round once, as long_true_divide: a quotient of at least 55 bits, a sticky bit for the remainder,
    // then one correctly rounded int -> double conversion and an exact scaling by 2**-shift.
    __extension__ typedef unsigned __int128 uint128;
    const std::uint64_t ua = a < 0 ? 0u - static_cast<std::uint64_t>(a) : static_cast<std::uint64_t>(a);
    const std::uint64_t ub = b < 0 ? 0u - static_cast<std::uint64_t>(b) : static_cast<std::uint64_t>(b);
    if (ua == 0) return (a < 0) != (b < 0) ? -0.0 : 0.0;
    const int bits_a = 64 - __builtin_clzll(ua);
    const int bits_b = 64 - __builtin_clzll(ub);
    const int shift = std::max(0, 55 + bits_b - bits_a);
    const uint128 numerator = static_cast<uint128>(ua) << shift;
    uint128 quotient = numerator / ub;
    if (numerator % ub != 0) quotient |= 1u;
    const double magnitude = std::ldexp(static_cast<double>(quotient), -shift);
    return (a < 0) != (b < 0) ? -magnitude : magnitude;
}

py_result<std::int64_t> int_pow(std::int64_t base, std::int64_t exponent) {
    if (exponent < 0) return value_error("int_pow: negative exponent is a float power");
    std::int64_t result = 1;
    std::int64_t factor = base;
    while (exponent > 0) {
        if ((exponent & 1) != 0) {
            const py_result<std::int64_t> next = int_mul(result, factor);
            if (!next.ok()) return next;
            result = next.value();
        }
        exponent >>= 1;
        if (exponent > 0) {
            const py_result<std::int64_t> sq = int_mul(factor, factor);
            if (!sq.ok()) return sq;
            factor = sq.value();
        }
    }
    return result;
}

py_result<std::int64_t> int_pow_mod(std::int64_t base, std::int64_t exponent, std::int64_t modulus) {
    if (modulus == 0) return value_error("pow() 3rd argument cannot be 0");
    if (exponent < 0) return value_error("pow() with a negative exponent and a modulus needs modular inverses");
    const std::uint64_t m =
        modulus < 0 ? 0u - static_cast<std::uint64_t>(modulus) : static_cast<std::uint64_t>(modulus);
    __extension__ typedef __int128 int128;
    __extension__ typedef unsigned __int128 uint128;
    const auto wide_m = static_cast<int128>(m);
    auto b = static_cast<std::uint64_t>(((static_cast<int128>(base) % wide_m) + wide_m) % wide_m);
    std::uint64_t result = 1 % m;
    while (exponent > 0) {
        if ((exponent & 1) != 0) result = static_cast<std::uint64_t>(static_cast<uint128>(result) * b % m);
        b = static_cast<std::uint64_t>(static_cast<uint128>(b) * b % m);
        exponent >>= 1;
    }
    // Python: the result has the sign of the modulus.
    if (modulus < 0 && result != 0) return static_cast<std::int64_t>(result - m);
    return static_cast<std::int64_t>(result);
}

py_result<std::int64_t> int_lshift(std::int64_t a, std::int64_t n) {
    if (n < 0) return value_error("negative shift count");
    if (a == 0) return 0;
    if (n >= 64) return int_overflow();
    const std::int64_t shifted = static_cast<std::int64_t>(static_cast<std::uint64_t>(a) << n);
    if ((shifted >> n) != a) return int_overflow();
    return shifted;
}

py_result<std::int64_t> int_rshift(std::int64_t a, std::int64_t n) {
    if (n < 0) return value_error("negative shift count");
    if (n >= 63) return a < 0 ? -1 : 0;
    return a >> n;  // arithmetic shift floors, as Python's >> does (C++20 defines it)
}

py_result<double> float_true_div(double x, double y) {
    if (y == 0.0) return zero_division_error("float division by zero");
    return x / y;
}

py_result<float_divmod_result> float_divmod(double x, double y) {
    if (y == 0.0) return zero_division_error("float divmod()");
    // float_divmod: fmod is exact; fix the sign, then floor the quotient and snap it to the nearest integer.
    double mod = std::fmod(x, y);
    double div = (x - mod) / y;
    if (mod != 0.0) {
        if ((y < 0.0) != (mod < 0.0)) {
            mod += y;
            div -= 1.0;
        }
    } else {
        mod = std::copysign(0.0, y);
    }
    double floordiv = 0.0;
    if (div != 0.0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = std::copysign(0.0, x / y);
    }
    return float_divmod_result{floordiv, mod};
}

py_result<double> float_floor_div(double x, double y) {
    if (y == 0.0) return zero_division_error("float floor division by zero");
    return float_divmod(x, y).value().quotient;
}

py_result<double> float_mod(double x, double y) {
    if (y == 0.0) return zero_division_error("float modulo");
    double mod = std::fmod(x, y);
    if (mod != 0.0) {
        if ((y < 0.0) != (mod < 0.0)) mod += y;
    } else {
        mod = std::copysign(0.0, y);
    }
    return mod;
}

py_result<double> float_pow(double x, double y) {
    // float_pow's special cases, in its order.
    if (y == 0.0) return 1.0;
    if (std::isnan(x)) return y == 0.0 ? 1.0 : x;
    if (std::isnan(y)) return x == 1.0 ? 1.0 : y;
    if (std::isinf(y)) {
        const double ax = std::fabs(x);
        if (ax == 1.0) return 1.0;
        if ((y > 0.0) == (ax > 1.0)) return std::fabs(y);
        return 0.0;
    }
    if (std::isinf(x)) {
        const bool odd_y = std::fmod(std::fabs(y), 2.0) == 1.0;
        if (y > 0.0) return odd_y ? x : std::fabs(x);
        return odd_y ? std::copysign(0.0, x) : 0.0;
    }
    if (x == 0.0) {
        if (y < 0.0) return zero_division_error("0.0 cannot be raised to a negative power");
        const bool odd_y = std::fmod(std::fabs(y), 2.0) == 1.0;
        return odd_y ? x : 0.0;
    }
    if (x < 0.0 && y != std::floor(y)) {
        // CPython computes a complex power; where its magnitude overflows it raises this instead.
        if (std::isinf(std::pow(-x, y))) return overflow_error("complex exponentiation");
        return value_error(
            "negative number raised to a fractional power (a complex number in CPython; LoopLab's "
            "Python has no complex numbers)");
    }
    const double r = std::pow(x, y);
    if (std::isinf(r)) return overflow_error("(34, 'Numerical result out of range')");
    return r;
}

int compare_int_float(std::int64_t i, double x) {
    if (std::isnan(x)) return 2;
    if (x >= 9223372036854775808.0) return -1;
    if (x < -9223372036854775808.0) return 1;
    // x is now in int64 range: compare integer parts exactly, then the fraction.
    const double t = std::trunc(x);
    const auto ti = static_cast<std::int64_t>(t);
    if (i != ti) return i < ti ? -1 : 1;
    const double frac = x - t;
    if (frac == 0.0) return 0;
    return frac > 0.0 ? -1 : 1;
}

std::int64_t hash_int(std::int64_t n) {
    const std::uint64_t magnitude = n < 0 ? 0u - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
    auto h = static_cast<std::int64_t>(magnitude % hash_modulus);
    if (n < 0) h = -h;
    return h == -1 ? -2 : h;
}

std::int64_t hash_float(double x) {
    // _Py_HashDouble: x = m * 2**e; fold the mantissa 28 bits at a time modulo 2**61 - 1, then rotate by e.
    if (std::isinf(x)) return x > 0 ? 314159 : -314159;
    if (std::isnan(x)) return 0;
    int e = 0;
    double m = std::frexp(x, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    std::uint64_t h = 0;
    while (m != 0.0) {
        h = ((h << 28) & hash_modulus) | h >> (hash_bits - 28);
        m *= 268435456.0;  // 2**28
        e -= 28;
        const auto y = static_cast<std::uint64_t>(m);
        m -= static_cast<double>(y);
        h += y;
        if (h >= hash_modulus) h -= hash_modulus;
    }
    e = e >= 0 ? e % hash_bits : hash_bits - 1 - ((-1 - e) % hash_bits);
    h = ((h << e) & hash_modulus) | h >> (hash_bits - e);
    if (sign < 0) h = 0u - h;
    if (h == static_cast<std::uint64_t>(-1)) h = static_cast<std::uint64_t>(-2);
    return static_cast<std::int64_t>(h);
}

std::int64_t hash_tuple(std::span<const std::int64_t> item_hashes) {
    constexpr std::uint64_t prime1 = 11400714785074694791ull;
    constexpr std::uint64_t prime2 = 14029467366897019727ull;
    constexpr std::uint64_t prime5 = 2870177450012600261ull;
    std::uint64_t acc = prime5;
    for (const std::int64_t item : item_hashes) {
        acc += static_cast<std::uint64_t>(item) * prime2;
        acc = (acc << 31) | (acc >> 33);
        acc *= prime1;
    }
    acc += static_cast<std::uint64_t>(item_hashes.size()) ^ (prime5 ^ 3527539ull);
    if (acc == static_cast<std::uint64_t>(-1)) return 1546275796;
    return static_cast<std::int64_t>(acc);
}

namespace {

constexpr std::uint64_t rotl(std::uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

// CPython's siphash13 (Python/pyhash.c) with its key; PYTHONHASHSEED=0 makes the key zero.
std::uint64_t siphash13(std::uint64_t k0, std::uint64_t k1, const std::vector<std::uint8_t>& bytes) {
    std::uint64_t b = static_cast<std::uint64_t>(bytes.size()) << 56;
    std::uint64_t v0 = k0 ^ 0x736f6d6570736575ull;
    std::uint64_t v1 = k1 ^ 0x646f72616e646f6dull;
    std::uint64_t v2 = k0 ^ 0x6c7967656e657261ull;
    std::uint64_t v3 = k1 ^ 0x7465646279746573ull;
    auto round = [&] {
        v0 += v1;
        v2 += v3;
        v1 = rotl(v1, 13) ^ v0;
        v3 = rotl(v3, 16) ^ v2;
        v0 = rotl(v0, 32);
        v2 += v1;
        v0 += v3;
        v1 = rotl(v1, 17) ^ v2;
        v3 = rotl(v3, 21) ^ v0;
        v2 = rotl(v2, 32);
    };
    std::size_t pos = 0;
    for (; pos + 8 <= bytes.size(); pos += 8) {
        std::uint64_t mi = 0;
        for (int k = 7; k >= 0; --k) mi = (mi << 8) | bytes[pos + static_cast<std::size_t>(k)];
        v3 ^= mi;
        round();
        v0 ^= mi;
    }
    std::uint64_t tail = 0;
    for (std::size_t k = bytes.size(); k-- > pos;) tail = (tail << 8) | bytes[k];
    b |= tail;
    v3 ^= b;
    round();
    v0 ^= b;
    v2 ^= 0xff;
    round();
    round();
    round();
    return (v0 ^ v1) ^ (v2 ^ v3);
}

}  // namespace

std::int64_t hash_str(std::string_view utf8) {
    // CPython hashes a str's PEP 393 storage: 1, 2 or 4 little-endian bytes per code point, by the widest one.
    std::vector<char32_t> code_points;
    char32_t widest = 0;
    for (std::size_t pos = 0; pos < utf8.size();) {
        const auto b0 = static_cast<unsigned char>(utf8[pos]);
        std::size_t n = b0 < 0x80 ? 1 : (b0 >> 5) == 6 ? 2 : (b0 >> 4) == 14 ? 3 : (b0 >> 3) == 30 ? 4 : 1;
        if (pos + n > utf8.size()) n = 1;
        char32_t cp = n == 1 ? b0 : n == 2 ? (b0 & 0x1fu) : n == 3 ? (b0 & 0x0fu) : (b0 & 0x07u);
        for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(utf8[pos + k]) & 0x3fu);
        code_points.push_back(cp);
        widest = std::max(widest, cp);
        pos += n;
    }
    if (code_points.empty()) return 0;
    const std::size_t width = widest < 0x100 ? 1 : widest < 0x10000 ? 2 : 4;
    std::vector<std::uint8_t> bytes;
    bytes.reserve(code_points.size() * width);
    for (const char32_t cp : code_points) {
        for (std::size_t k = 0; k < width; ++k) bytes.push_back(static_cast<std::uint8_t>((cp >> (8 * k)) & 0xffu));
    }
    const auto h = static_cast<std::int64_t>(siphash13(0, 0, bytes));
    return h == -1 ? -2 : h;
}

std::string magnitude_digits(std::uint64_t magnitude, int base, bool upper) {
    const char* alphabet = upper ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" : "0123456789abcdefghijklmnopqrstuvwxyz";
    if (magnitude == 0) return "0";
    std::string digits;
    const auto b = static_cast<std::uint64_t>(base);
    while (magnitude > 0) {
        digits.insert(digits.begin(), alphabet[magnitude % b]);
        magnitude /= b;
    }
    return digits;
}

namespace {
std::string with_prefix(std::int64_t n, int base, const char* prefix) {
    const std::uint64_t magnitude = n < 0 ? 0u - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
    return (n < 0 ? "-" : "") + std::string(prefix) + magnitude_digits(magnitude, base);
}
}  // namespace

std::string int_to_str(std::int64_t n) { return with_prefix(n, 10, ""); }
std::string int_to_hex(std::int64_t n) { return with_prefix(n, 16, "0x"); }
std::string int_to_oct(std::int64_t n) { return with_prefix(n, 8, "0o"); }
std::string int_to_bin(std::int64_t n) { return with_prefix(n, 2, "0b"); }

}  // namespace looplab::python
