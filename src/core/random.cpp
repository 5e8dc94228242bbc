// random.cpp — PRNG and distributions in integer arithmetic only: no std::log / std::pow, whose last
// bits differ between libm implementations, and no std:: distributions, which differ between libraries.
#include "random.h"

#include <array>

namespace looplab {

namespace {
constexpr std::uint64_t rotl(std::uint64_t x, int k) noexcept { return (x << k) | (x >> (64 - k)); }

// ln 2 in Q8.24: round(0.693147180559945 * 2^24).
constexpr std::uint64_t ln2_q24 = 11629080;

constexpr virtual_duration heavy_scale_us = 500;
constexpr virtual_duration heavy_cap_us = 100 * milliseconds;

// The one list of distribution names and descriptions, in enum order.
constexpr std::array<std::string_view, delay_distribution_count> distribution_names = {"seed", "uniform", "exponential",
                                                                                       "heavy"};
constexpr std::array<std::string_view, delay_distribution_count> distribution_descriptions = {
    "random.randint(0, 2) ms: 0, 1 or 2 ms, each 1/3", "uniform on [0, 2] ms, whole µs", "exponential, mean 1 ms",
    "Pareto shape 2, scale 0.5 ms (mean 1 ms), cap 100 ms"};

constexpr std::size_t joined_length() {
    std::size_t n = 0;
    for (std::string_view name : distribution_names) n += name.size() + 2;
    return n - 2;
}

// distribution_names joined by ", ", built at compile time.
constexpr std::array<char, joined_length()> joined_names = [] {
    std::array<char, joined_length()> out{};
    std::size_t at = 0;
    for (std::size_t i = 0; i < distribution_names.size(); ++i) {
        if (i > 0) {
            out[at++] = ',';
            out[at++] = ' ';
        }
        for (char c : distribution_names[i]) out[at++] = c;
    }
    return out;
}();
}  // namespace

std::uint64_t splitmix64::next() noexcept {
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

xoshiro256ss::xoshiro256ss(std::uint64_t seed) noexcept {
    splitmix64 expand{seed};
    for (std::uint64_t& word : m_s) word = expand.next();
}

std::uint64_t xoshiro256ss::next() noexcept {
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

std::uint64_t uniform_below(xoshiro256ss& rng, std::uint64_t n) noexcept {
    const std::uint64_t threshold = (0 - n) % n;  // 2^64 mod n: the biased low region to reject
    for (;;) {
        const std::uint64_t r = rng.next();
        if (r >= threshold) return r % n;
    }
}

std::uint64_t log2_q32(std::uint64_t x) noexcept {
    int integer_part = 63;
    while (!(x >> integer_part)) --integer_part;
    // Mantissa in [1, 2) as Q1.31; squaring it repeatedly yields the fraction's bits, most significant first.
    std::uint64_t y = integer_part >= 31 ? x >> (integer_part - 31) : x << (31 - integer_part);
    std::uint64_t result = static_cast<std::uint64_t>(integer_part) << 32;
    for (std::uint64_t bit = std::uint64_t{1} << 31; bit != 0; bit >>= 1) {
        y = (y * y) >> 31;
        if (y >= (std::uint64_t{2} << 31)) {
            y >>= 1;
            result += bit;
        }
    }
    return result;
}

std::uint64_t isqrt(std::uint64_t x) noexcept {
    // Digit-by-digit (binary) square root.
    std::uint64_t result = 0;
    std::uint64_t bit = std::uint64_t{1} << 62;
    while (bit > x) bit >>= 2;
    while (bit != 0) {
        if (x >= result + bit) {
            x -= result + bit;
            result = (result >> 1) + bit;
        } else {
            result >>= 1;
        }
        bit >>= 2;
    }
    return result;
}

std::string_view to_string(delay_distribution d) noexcept {
    const auto index = static_cast<unsigned>(d);
    return index < distribution_names.size() ? distribution_names[index] : std::string_view{"unknown"};
}

std::string_view describe(delay_distribution d) noexcept {
    const auto index = static_cast<std::size_t>(d);
    return index < distribution_descriptions.size() ? distribution_descriptions[index] : std::string_view{};
}

std::string_view distribution_list() noexcept { return {joined_names.data(), joined_names.size()}; }

std::optional<delay_distribution> parse_distribution(std::string_view name) noexcept {
    for (std::size_t i = 0; i < distribution_names.size(); ++i)
        if (distribution_names[i] == name) return static_cast<delay_distribution>(i);
    return std::nullopt;
}

virtual_duration draw_delay(xoshiro256ss& rng, delay_distribution d) noexcept {
    switch (d) {
        case delay_distribution::seed:
            return static_cast<virtual_duration>(uniform_below(rng, 3)) * milliseconds;
        case delay_distribution::uniform:
            return static_cast<virtual_duration>(uniform_below(rng, 2 * milliseconds + 1));
        case delay_distribution::exponential: {
            // -ln(U) = (53 - log2(x)) * ln 2 with U = x / 2^53, x in [1, 2^53].
            const std::uint64_t x = (rng.next() >> 11) + 1;
            const std::uint64_t minus_log2_q32 = (std::uint64_t{53} << 32) - log2_q32(x);  // < 2^38
            const std::uint64_t minus_ln_q32 = (minus_log2_q32 * ln2_q24) >> 24;  // < 2^38
            const std::uint64_t mean_us = 1 * milliseconds;
            return static_cast<virtual_duration>((minus_ln_q32 * mean_us + (std::uint64_t{1} << 31)) >> 32);
        }
        case delay_distribution::heavy: {
            // 500 / sqrt(U) with U = x / 2^52, x in [1, 2^52]: 500 * 2^26 / sqrt(x) = 500 * 2^31 / sqrt(x * 2^10).
            const std::uint64_t x = (rng.next() >> 12) + 1;
            const std::uint64_t root = isqrt(x << 10);
            const std::uint64_t numerator = static_cast<std::uint64_t>(heavy_scale_us) << 31;
            const std::uint64_t value = (numerator + root / 2) / root;
            return value > static_cast<std::uint64_t>(heavy_cap_us) ? heavy_cap_us
                                                                    : static_cast<virtual_duration>(value);
        }
    }
    return 0;
}

std::vector<virtual_duration> draw_delays(std::uint64_t seed, delay_distribution d, std::uint32_t count) {
    xoshiro256ss rng{seed};
    std::vector<virtual_duration> delays(count);
    for (virtual_duration& delay : delays) delay = draw_delay(rng, d);
    return delays;
}

}  // namespace looplab
