// random.h — our own PRNG (splitmix64-seeded xoshiro256**) and delay distributions, specified bit for
// bit with integer arithmetic only, so one seed gives the same delays natively and in wasm.
//
// Usage:
//   looplab::xoshiro256ss rng{42};
//   std::uint64_t die = looplab::uniform_below(rng, 6);                        // 0..5, unbiased
//   looplab::virtual_duration d = looplab::draw_delay(rng, looplab::delay_distribution::seed);  // 0, 1000 or 2000 µs
//   std::vector<looplab::virtual_duration> ds = looplab::draw_delays(42, looplab::delay_distribution::heavy, 9);
#pragma once

#include "event.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace looplab {

// splitmix64 (Steele, Lea, Flood 2014): used to expand one 64-bit seed into generator state.
class splitmix64 {
public:
    explicit splitmix64(std::uint64_t seed) noexcept : m_state(seed) {}  // starts from seed
    std::uint64_t next() noexcept;  // the next 64-bit output
private:
    std::uint64_t m_state;
};

// xoshiro256** 1.0 (Blackman, Vigna 2018), state filled by four splitmix64 outputs of the seed.
class xoshiro256ss {
public:
    explicit xoshiro256ss(std::uint64_t seed) noexcept;  // seeds through splitmix64
    std::uint64_t next() noexcept;  // the next 64-bit output
private:
    std::uint64_t m_s[4];
};

// An unbiased integer in [0, n) by modulo rejection (n >= 1): redraw while r < 2^64 mod n, return r % n.
std::uint64_t uniform_below(xoshiro256ss& rng, std::uint64_t n) noexcept;

// Delay distributions of the experiment. Every one has a mean of about 1 ms.
enum class delay_distribution : std::uint8_t {
    seed,  // the blog's random.randint(0, 2) ms: 0, 1000 or 2000 µs, each 1/3
    uniform,  // continuous uniform on [0, 2] ms, quantised: an integer in [0, 2000] µs
    exponential,  // exponential, mean 1 ms: round(-ln(U) * 1000) µs, U = (r >> 11 + 1) / 2^53
    heavy,  // Pareto, shape 2, scale 0.5 ms (mean 1 ms): round(500 / sqrt(U)) µs, capped at 100 ms
};

// Number of distributions.
inline constexpr int delay_distribution_count = 4;

// The distribution's name: "seed", "uniform", "exponential", "heavy".
std::string_view to_string(delay_distribution d) noexcept;

// What a distribution draws, in words ("random.randint(0, 2) ms: 0, 1 or 2 ms, each 1/3").
std::string_view describe(delay_distribution d) noexcept;

// Every distribution name joined by ", " ("seed, uniform, exponential, heavy"), for messages and help text.
std::string_view distribution_list() noexcept;

// Parses a distribution name (exact, lower case).
std::optional<delay_distribution> parse_distribution(std::string_view name) noexcept;

// Draws one delay in µs.
virtual_duration draw_delay(xoshiro256ss& rng, delay_distribution d) noexcept;

// Draws count delays in task order from a generator seeded with seed.
std::vector<virtual_duration> draw_delays(std::uint64_t seed, delay_distribution d, std::uint32_t count);

// log2(x) for x >= 1 in unsigned Q32.32 fixed point (integer math; error below 2^-30).
std::uint64_t log2_q32(std::uint64_t x) noexcept;

// floor(sqrt(x)), exactly.
std::uint64_t isqrt(std::uint64_t x) noexcept;

}  // namespace looplab
