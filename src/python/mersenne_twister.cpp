// mersenne_twister.cpp — MT19937 (Matsumoto & Nishimura's reference algorithm) with CPython's seeding, and
// random.py 3.11's algorithms on top. Each function names the CPython routine whose output it reproduces.
#include "python/mersenne_twister.h"

#include <bit>
#include <cmath>
#include <string>
#include <unordered_set>

#include "python/pymath.h"
#include "python/sha512.h"

namespace looplab::python {
namespace {

constexpr std::size_t shift_size = 397;
constexpr std::uint32_t matrix_a = 0x9908b0dfu;
constexpr std::uint32_t upper_mask = 0x80000000u;
constexpr std::uint32_t lower_mask = 0x7fffffffu;

int bit_length(std::uint64_t n) { return 64 - std::countl_zero(n); }

}  // namespace

mersenne_twister::mersenne_twister(std::uint64_t looplab_seed) { seed_default(looplab_seed); }

void mersenne_twister::init_genrand(std::uint32_t s) {
    m_state[0] = s;
    for (std::uint32_t i = 1; i < state_size; ++i) {
        m_state[i] = 1812433253u * (m_state[i - 1] ^ (m_state[i - 1] >> 30)) + i;
    }
    m_index = state_size;
}

void mersenne_twister::init_by_array(std::span<const std::uint32_t> key) {
    init_genrand(19650218u);
    std::uint32_t i = 1;
    std::uint32_t j = 0;
    const std::size_t key_length = key.size();
    for (std::size_t k = state_size > key_length ? state_size : key_length; k > 0; --k) {
        m_state[i] = (m_state[i] ^ ((m_state[i - 1] ^ (m_state[i - 1] >> 30)) * 1664525u)) + key[j] + j;
        ++i;
        ++j;
        if (i >= state_size) {
            m_state[0] = m_state[state_size - 1];
            i = 1;
        }
        if (j >= key_length) j = 0;
    }
    for (std::size_t k = state_size - 1; k > 0; --k) {
        m_state[i] = (m_state[i] ^ ((m_state[i - 1] ^ (m_state[i - 1] >> 30)) * 1566083941u)) - i;
        ++i;
        if (i >= state_size) {
            m_state[0] = m_state[state_size - 1];
            i = 1;
        }
    }
    m_state[0] = 0x80000000u;  // MSB is 1, assuring a non-zero initial array
}

void mersenne_twister::seed_words(std::span<const std::uint32_t> magnitude_words) {
    // CPython (random_seed): keyused = max(1, ceil(bits / 32)); high zero words are not part of the key.
    std::size_t used = magnitude_words.size();
    while (used > 0 && magnitude_words[used - 1] == 0) --used;
    const std::uint32_t zero = 0;
    if (used == 0) {
        init_by_array(std::span<const std::uint32_t>(&zero, 1));
    } else {
        init_by_array(magnitude_words.first(used));
    }
    m_gauss_next.reset();
}

void mersenne_twister::seed_uint(std::uint64_t n) {
    const std::array<std::uint32_t, 2> words = {static_cast<std::uint32_t>(n), static_cast<std::uint32_t>(n >> 32)};
    seed_words(words);
}

void mersenne_twister::seed_int(std::int64_t n) {
    // abs(n) as an unsigned value: also right for INT64_MIN.
    const std::uint64_t magnitude = n < 0 ? 0u - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
    seed_uint(magnitude);
}

void mersenne_twister::seed_hash(std::int64_t hash) { seed_uint(static_cast<std::uint64_t>(hash)); }

void mersenne_twister::seed_float(double x) { seed_hash(hash_float(x)); }

void mersenne_twister::seed_str(std::string_view utf8) {
    std::string bytes(utf8);
    const std::array<std::uint8_t, 64> digest = sha512(utf8);
    bytes.append(reinterpret_cast<const char*>(digest.data()), digest.size());
    // The bytes are a big-endian integer; its 32-bit words, least significant first.
    std::vector<std::uint32_t> words((bytes.size() + 3) / 4, 0u);
    for (std::size_t k = 0; k < bytes.size(); ++k) {
        const std::size_t from_end = bytes.size() - 1 - k;
        const auto byte = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[k]));
        words[from_end / 4] |= byte << (8 * (from_end % 4));
    }
    seed_words(words);
}

std::uint32_t mersenne_twister::next_uint32() {
    constexpr std::array<std::uint32_t, 2> mag01 = {0u, matrix_a};
    if (m_index >= state_size) {
        std::size_t kk = 0;
        for (; kk < state_size - shift_size; ++kk) {
            const std::uint32_t y = (m_state[kk] & upper_mask) | (m_state[kk + 1] & lower_mask);
            m_state[kk] = m_state[kk + shift_size] ^ (y >> 1) ^ mag01[y & 1u];
        }
        for (; kk < state_size - 1; ++kk) {
            const std::uint32_t y = (m_state[kk] & upper_mask) | (m_state[kk + 1] & lower_mask);
            m_state[kk] = m_state[kk + shift_size - state_size] ^ (y >> 1) ^ mag01[y & 1u];
        }
        const std::uint32_t y = (m_state[state_size - 1] & upper_mask) | (m_state[0] & lower_mask);
        m_state[state_size - 1] = m_state[shift_size - 1] ^ (y >> 1) ^ mag01[y & 1u];
        m_index = 0;
    }
    std::uint32_t y = m_state[m_index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= (y >> 18);
    return y;
}

double mersenne_twister::random() {
    // random_random: a has 27 bits, b 26; (a * 2**26 + b) / 2**53.
    const std::uint32_t a = next_uint32() >> 5;
    const std::uint32_t b = next_uint32() >> 6;
    return (static_cast<double>(a) * 67108864.0 + static_cast<double>(b)) * (1.0 / 9007199254740992.0);
}

std::vector<std::uint32_t> mersenne_twister::getrandbits_words(std::int64_t k) {
    // _random_Random_getrandbits_impl: words from least significant up; the top word keeps its high bits.
    std::vector<std::uint32_t> words;
    if (k <= 0) return words;
    if (k <= 32) {
        words.push_back(next_uint32() >> (32 - k));
        return words;
    }
    for (std::int64_t left = k; left > 0; left -= 32) {
        std::uint32_t r = next_uint32();
        if (left < 32) r >>= (32 - left);
        words.push_back(r);
    }
    return words;
}

py_result<std::uint64_t> mersenne_twister::getrandbits(int k) {
    if (k < 0) return value_error("number of bits must be non-negative");
    if (k > 64) return overflow_error("getrandbits(k) for k > 64 needs getrandbits_words (LoopLab's ints are 64-bit)");
    return bits_up_to_64(k);
}

std::uint64_t mersenne_twister::bits_up_to_64(int k) {
    // getrandbits_words(k) packed into one integer, without the vector: the low word is drawn first.
    if (k <= 0) return 0;
    if (k <= 32) return next_uint32() >> (32 - k);
    const std::uint64_t low = next_uint32();
    const std::uint64_t high = next_uint32() >> (64 - k);
    return (high << 32) | low;
}

std::uint64_t mersenne_twister::randbelow(std::uint64_t n) {
    if (n == 0) return 0;
    const int k = bit_length(n);
    std::uint64_t r = bits_up_to_64(k);
    while (r >= n) r = bits_up_to_64(k);
    return r;
}

py_result<std::int64_t> mersenne_twister::randrange(std::int64_t stop) {
    if (stop > 0) return static_cast<std::int64_t>(randbelow(static_cast<std::uint64_t>(stop)));
    return value_error("empty range for randrange()");
}

py_result<std::int64_t> mersenne_twister::randrange(std::int64_t start, std::int64_t stop, std::int64_t step) {
    // Unsigned arithmetic: stop - start may not fit in int64, the result always does.
    const auto ustart = static_cast<std::uint64_t>(start);
    const auto ustop = static_cast<std::uint64_t>(stop);
    if (step == 1) {
        if (stop > start) return static_cast<std::int64_t>(ustart + randbelow(ustop - ustart));
        // width = stop - start <= 0, printed without overflowing.
        const std::uint64_t minus_width = ustart - ustop;
        const std::string width = minus_width == 0 ? "0" : "-" + std::to_string(minus_width);
        return value_error("empty range for randrange() (" + std::to_string(start) + ", " + std::to_string(stop) +
                           ", " + width + ")");
    }
    if (step == 0) return value_error("zero step for randrange()");
    std::uint64_t n = 0;
    if (step > 0 && stop > start) {
        n = (ustop - ustart - 1) / static_cast<std::uint64_t>(step) + 1;
    } else if (step < 0 && stop < start) {
        n = (ustart - ustop - 1) / (0u - static_cast<std::uint64_t>(step)) + 1;
    }
    if (n == 0) return value_error("empty range for randrange()");
    return static_cast<std::int64_t>(ustart + static_cast<std::uint64_t>(step) * randbelow(n));
}

py_result<std::int64_t> mersenne_twister::randint(std::int64_t a, std::int64_t b) {
    if (b == INT64_MAX) return overflow_error("randint: b + 1 overflows LoopLab's 64-bit ints");
    return randrange(a, b + 1);
}

py_result<std::uint64_t> mersenne_twister::choice64(std::uint64_t n) {
    if (n == 0) return index_error("Cannot choose from an empty sequence");
    return randbelow(n);
}

py_result<std::size_t> mersenne_twister::choice(std::size_t n) {
    const py_result<std::uint64_t> r = choice64(n);
    if (!r.ok()) return r.error();
    return static_cast<std::size_t>(r.value());  // < n, so it fits
}

namespace {
// The indices of the 64-bit variants as size_t: each is below an n that was a size_t.
std::vector<std::size_t> narrowed(const std::vector<std::uint64_t>& wide) {
    std::vector<std::size_t> out(wide.size());
    for (std::size_t i = 0; i < wide.size(); ++i) out[i] = static_cast<std::size_t>(wide[i]);
    return out;
}
}  // namespace

py_result<std::vector<std::size_t>> mersenne_twister::sample(std::size_t n, std::int64_t k) {
    const py_result<std::vector<std::uint64_t>> r = sample64(n, k);
    if (!r.ok()) return r.error();
    return narrowed(r.value());
}

std::vector<std::size_t> mersenne_twister::choices(std::size_t n, std::size_t k) { return narrowed(choices64(n, k)); }

py_result<std::vector<std::uint64_t>> mersenne_twister::sample64(std::uint64_t n, std::int64_t k) {
    if (k < 0 || static_cast<std::uint64_t>(k) > n) {
        return value_error("Sample larger than population or is negative");
    }
    const auto count = static_cast<std::size_t>(k);
    std::vector<std::uint64_t> result(count);
    // random.py: setsize = 21, plus 4 ** ceil(log(k * 3, 4)) when k > 5; the pool branch when n <= setsize.
    double setsize = 21.0;
    if (k > 5) {
        const double exponent = std::ceil(std::log(static_cast<double>(k) * 3.0) / std::log(4.0));
        setsize += std::pow(4.0, exponent);  // a power of 4: exact in a double
    }
    if (static_cast<double>(n) <= setsize) {
        // n <= setsize here, which is small next to k's own result: the pool fits in a size_t.
        std::vector<std::uint64_t> pool(static_cast<std::size_t>(n));
        for (std::size_t i = 0; i < pool.size(); ++i) pool[i] = i;
        for (std::size_t i = 0; i < count; ++i) {
            const auto j = static_cast<std::size_t>(randbelow(n - i));
            result[i] = pool[j];
            pool[j] = pool[static_cast<std::size_t>(n - i - 1)];
        }
    } else {
        std::unordered_set<std::uint64_t> selected;
        for (std::size_t i = 0; i < count; ++i) {
            std::uint64_t j = randbelow(n);
            while (selected.count(j) != 0) j = randbelow(n);
            selected.insert(j);
            result[i] = j;
        }
    }
    return result;
}

std::vector<std::uint64_t> mersenne_twister::choices64(std::uint64_t n, std::size_t k) {
    std::vector<std::uint64_t> result(k);
    const auto size = static_cast<double>(n);
    for (std::size_t i = 0; i < k; ++i) result[i] = static_cast<std::uint64_t>(std::floor(random() * size));
    return result;
}

py_result<std::vector<std::size_t>> mersenne_twister::choices_weighted(std::size_t n, std::span<const double> weights,
                                                                       bool cumulative, std::size_t k) {
    std::vector<double> cum(weights.begin(), weights.end());
    if (!cumulative) {
        for (std::size_t i = 1; i < cum.size(); ++i) cum[i] = cum[i - 1] + cum[i];
    }
    if (cum.size() != n) return value_error("The number of weights does not match the population");
    if (cum.empty()) return index_error("list index out of range");
    const double total = cum.back();
    if (total <= 0.0) return value_error("Total of weights must be greater than zero");
    if (!std::isfinite(total)) return value_error("Total of weights must be finite");
    std::vector<std::size_t> result(k);
    for (std::size_t i = 0; i < k; ++i) {
        // bisect.bisect_right(cum_weights, x, 0, n - 1)
        const double x = random() * total;
        std::size_t lo = 0;
        std::size_t hi = n - 1;
        while (lo < hi) {
            const std::size_t mid = (lo + hi) / 2;
            if (x < cum[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        result[i] = lo;
    }
    return result;
}

double mersenne_twister::gauss(double mu, double sigma) {
    constexpr double two_pi = 2.0 * 3.141592653589793;
    std::optional<double> z = m_gauss_next;
    m_gauss_next.reset();
    if (!z) {
        const double x2pi = random() * two_pi;
        const double g2rad = std::sqrt(-2.0 * std::log(1.0 - random()));
        z = std::cos(x2pi) * g2rad;
        m_gauss_next = std::sin(x2pi) * g2rad;
    }
    return mu + *z * sigma;
}

double mersenne_twister::normalvariate(double mu, double sigma) {
    const double nv_magicconst = 4.0 * std::exp(-0.5) / std::sqrt(2.0);
    double z = 0.0;
    while (true) {
        const double u1 = random();
        const double u2 = 1.0 - random();
        z = nv_magicconst * (u1 - 0.5) / u2;
        const double zz = z * z / 4.0;
        if (zz <= -std::log(u2)) break;
    }
    return mu + z * sigma;
}

double mersenne_twister::triangular(double low, double high, bool has_mode, double mode) {
    double u = random();
    // random.py: c = 0.5 if mode is None else (mode - low) / (high - low); a ZeroDivisionError returns low.
    if (has_mode && high - low == 0.0) return low;
    double c = has_mode ? (mode - low) / (high - low) : 0.5;
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        std::swap(low, high);
    }
    return low + (high - low) * std::sqrt(u * c);
}

double mersenne_twister::expovariate(double lambd) { return -std::log(1.0 - random()) / lambd; }

}  // namespace looplab::python
