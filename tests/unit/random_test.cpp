// random_test.cpp — the PRNG and distributions are bit-exact (goldens from an independent Python model).
#include "core/random.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace looplab {
namespace {

TEST(xoshiro256ss, matches_reference_outputs_for_splitmix64_seeding) {
    xoshiro256ss zero{0};
    EXPECT_EQ(zero.next(), 0x99ec5f36cb75f2b4ull);
    EXPECT_EQ(zero.next(), 0xbf6e1f784956452aull);
    EXPECT_EQ(zero.next(), 0x1a5f849d4933e6e0ull);
    xoshiro256ss other{12345};
    EXPECT_EQ(other.next(), 0xbe6a36374160d49bull);
    EXPECT_EQ(other.next(), 0x214aaa0637a688c6ull);
    EXPECT_EQ(other.next(), 0xf69d16de9954d388ull);
}

TEST(uniform_below, stays_in_range_and_hits_every_value) {
    xoshiro256ss rng{7};
    std::vector<int> seen(3, 0);
    for (int i = 0; i < 3000; ++i) {
        const auto v = uniform_below(rng, 3);
        ASSERT_LT(v, 3u);
        ++seen[static_cast<std::size_t>(v)];
    }
    for (int count : seen) EXPECT_GT(count, 900);
    EXPECT_EQ(uniform_below(rng, 1), 0u);
}

TEST(distributions, the_same_seed_gives_the_same_delays_on_every_platform) {
    using v = std::vector<virtual_duration>;
    EXPECT_EQ(draw_delays(42, delay_distribution::seed, 10), (v{0, 0, 2000, 2000, 1000, 0, 1000, 0, 1000, 2000}));
    EXPECT_EQ(draw_delays(42, delay_distribution::uniform, 10),
              (v{357, 1827, 1592, 1229, 112, 1878, 358, 1305, 31, 488}));
    EXPECT_EQ(draw_delays(42, delay_distribution::exponential, 10),
              (v{2479, 970, 386, 78, 8, 262, 330, 163, 273, 539}));
    EXPECT_EQ(draw_delays(42, delay_distribution::heavy, 10), (v{1727, 812, 606, 520, 502, 570, 590, 542, 573, 655}));
}

TEST(distributions, have_a_mean_of_about_one_millisecond) {
    for (int d = 0; d < delay_distribution_count; ++d) {
        const auto delays = draw_delays(99, static_cast<delay_distribution>(d), 200'000);
        long double sum = 0;
        for (virtual_duration x : delays) sum += static_cast<long double>(x);
        const double mean = static_cast<double>(sum / delays.size());
        const double tolerance = d == static_cast<int>(delay_distribution::heavy) ? 60.0 : 15.0;
        EXPECT_NEAR(mean, 1000.0, tolerance) << to_string(static_cast<delay_distribution>(d));
    }
}

TEST(distributions, names_round_trip) {
    for (int d = 0; d < delay_distribution_count; ++d) {
        const auto dist = static_cast<delay_distribution>(d);
        EXPECT_EQ(parse_distribution(to_string(dist)), dist);
    }
    EXPECT_FALSE(parse_distribution("gaussian").has_value());
}

TEST(log2_q32, is_exact_on_powers_of_two_and_within_two_to_the_minus_thirty_elsewhere) {
    for (int k = 0; k < 64; ++k) EXPECT_EQ(log2_q32(std::uint64_t{1} << k), static_cast<std::uint64_t>(k) << 32);
    for (std::uint64_t x : {3ull, 10ull, 1000ull, 123456789ull, 0xFFFFFFFFFFFFFFFFull}) {
        const double exact = std::log2(static_cast<double>(x));
        const double got = static_cast<double>(log2_q32(x)) / 4294967296.0;
        EXPECT_NEAR(got, exact, 1e-8) << x;
    }
}

TEST(isqrt, is_the_floor_of_the_square_root) {
    for (std::uint64_t x = 0; x < 2000; ++x) {
        const std::uint64_t r = isqrt(x);
        EXPECT_LE(r * r, x);
        EXPECT_GT((r + 1) * (r + 1), x);
    }
    EXPECT_EQ(isqrt(0xFFFFFFFFFFFFFFFFull), 0xFFFFFFFFull);
    EXPECT_EQ(isqrt(std::uint64_t{1} << 62), std::uint64_t{1} << 31);
}

}  // namespace
}  // namespace looplab
