// mersenne_twister_test.cpp — every sequence of random.Random against CPython's, from expected/random_sequences.txt.
#include "python/mersenne_twister.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <string>
#include <vector>

#include "expectations.h"

namespace {

using looplab::python::mersenne_twister;
using looplab::python::test_data::expected_case;
using looplab::python::test_data::float_bits;
using looplab::python::test_data::float_from_bits;
using looplab::python::test_data::random_sequences;

// Joins values with spaces, as the generator writes them.
template <class F> std::string join(int count, F next) {
    std::string out;
    for (int i = 0; i < count; ++i) out += (i ? " " : "") + next();
    return out;
}
template <class T> std::string join_all(const std::vector<T>& values) {
    std::string out;
    for (std::size_t i = 0; i < values.size(); ++i) out += (i ? " " : "") + std::to_string(values[i]);
    return out;
}
std::string expect(std::string_view name) { return expected_case(random_sequences, name); }

TEST(mersenne_twister, seed_12345_randint_matches_cpython) {
    mersenne_twister r;
    r.seed_int(12345);
    EXPECT_EQ(join(20, [&] { return std::to_string(r.randint(0, 2).value()); }), expect("seed_12345_randint_0_2"));
}

TEST(mersenne_twister, int_seeds_give_cpythons_random_and_getrandbits) {
    const std::vector<std::pair<std::string, std::uint64_t>> seeds = {{"0", 0},
                                                                      {"1", 1},
                                                                      {"42", 42},
                                                                      {"-5", 5},
                                                                      {"4294967296", 4294967296ull},
                                                                      {"4294967297", 4294967297ull},
                                                                      {"9223372036854775807", 9223372036854775807ull},
                                                                      {"-9223372036854775808", 9223372036854775808ull},
                                                                      {"18446744073709551615", 18446744073709551615ull},
                                                                      {"123456789", 123456789}};
    for (const auto& [name, magnitude] : seeds) {
        mersenne_twister r;
        if (name[0] == '-') {
            r.seed_int(static_cast<std::int64_t>(0u - magnitude));
        } else {
            r.seed_uint(magnitude);
        }
        EXPECT_EQ(join(5, [&] { return float_bits(r.random()); }), expect("seed_int_" + name + "_random")) << name;
        r.seed_uint(magnitude);
        std::string bits;
        for (const int k : {1, 5, 31, 32, 33, 63, 64, 0}) {
            bits += (bits.empty() ? "" : " ") + std::to_string(r.getrandbits(k).value());
        }
        EXPECT_EQ(bits, expect("seed_int_" + name + "_getrandbits")) << name;
    }
}

TEST(mersenne_twister, seeds_wider_than_64_bits_seed_by_their_words) {
    for (const char* name :
         {"1267650600228229401496703217721", "18446744073709551616", "2503155504993241601315571986085849"}) {
        // The expectation holds the seed's 32-bit words, then " : ", then three random() values.
        const std::string line = expect(std::string("seed_words_") + name + "_random");
        const std::size_t colon = line.find(" : ");
        ASSERT_NE(colon, std::string::npos) << name;
        std::vector<std::uint32_t> words;
        for (std::size_t pos = 0; pos < colon;) {
            const std::size_t end = line.find(' ', pos);
            words.push_back(static_cast<std::uint32_t>(std::stoul(line.substr(pos, end - pos))));
            pos = end + 1;
        }
        mersenne_twister r;
        r.seed_words(words);
        EXPECT_EQ(join(3, [&] { return float_bits(r.random()); }), line.substr(colon + 3)) << name;
    }
}

TEST(mersenne_twister, str_seeds_use_version_2_sha512) {
    const std::vector<std::string> texts = {
        "hello", "", "h\xc3\xa9llo \xe2\x9c\x93", std::string(200, 'a'), std::string("\0x", 2), "LoopLab"};
    for (std::size_t i = 0; i < texts.size(); ++i) {
        mersenne_twister r;
        r.seed_str(texts[i]);
        EXPECT_EQ(join(3, [&] { return float_bits(r.random()); }), expect("seed_str_" + std::to_string(i) + "_random"));
    }
}

TEST(mersenne_twister, float_seeds_use_the_float_hash) {
    const std::vector<double> values = {1.5, -1.5, 0.1, 1e300, -0.0, 2.0, -3.25e-7};
    for (std::size_t i = 0; i < values.size(); ++i) {
        mersenne_twister r;
        r.seed_float(values[i]);
        EXPECT_EQ(join(3, [&] { return float_bits(r.random()); }),
                  expect("seed_float_" + std::to_string(i) + "_random"));
    }
}

TEST(mersenne_twister, randrange_and_randint_match_cpython) {
    mersenne_twister r;
    r.seed_int(7);
    auto ints = [&](int n, auto draw) { return join(n, [&] { return std::to_string(draw().value()); }); };
    EXPECT_EQ(ints(30, [&] { return r.randrange(10); }), expect("randrange_stop_10"));
    EXPECT_EQ(ints(30, [&] { return r.randrange(-5, 5); }), expect("randrange_m5_5"));
    EXPECT_EQ(ints(30, [&] { return r.randrange(0, 100, 7); }), expect("randrange_0_100_7"));
    EXPECT_EQ(ints(30, [&] { return r.randrange(100, 0, -3); }), expect("randrange_100_0_m3"));
    EXPECT_EQ(ints(10, [&] { return r.randrange(INT64_MIN, INT64_MAX); }), expect("randrange_full_64"));
    EXPECT_EQ(ints(10, [&] { return r.randint(-1000000000000000000, 1000000000000000000); }), expect("randint_big"));
    EXPECT_EQ(ints(40, [&] { return r.randint(1, 6); }), expect("randint_1_6"));
}

TEST(mersenne_twister, randrange_errors_carry_cpythons_messages) {
    mersenne_twister r;
    EXPECT_EQ(r.randrange(0).error().message, "empty range for randrange()");
    EXPECT_EQ(r.randrange(5, 5).error().message, "empty range for randrange() (5, 5, 0)");
    EXPECT_EQ(r.randint(3, 1).error().message, "empty range for randrange() (3, 2, -1)");
    EXPECT_EQ(r.randrange(5, 1, 2).error().message, "empty range for randrange()");
    EXPECT_EQ(r.randrange(1, 5, 0).error().message, "zero step for randrange()");
    EXPECT_EQ(r.getrandbits(-1).error().message, "number of bits must be non-negative");
    EXPECT_EQ(r.choice(0).error().message, "Cannot choose from an empty sequence");
    EXPECT_EQ(r.sample(3, 4).error().message, "Sample larger than population or is negative");
    const std::vector<double> two = {1.0, 2.0};
    EXPECT_EQ(r.choices_weighted(1, two, false, 1).error().message,
              "The number of weights does not match the population");
    const std::vector<double> zero = {0.0};
    EXPECT_EQ(r.choices_weighted(1, zero, false, 1).error().message, "Total of weights must be greater than zero");
}

TEST(mersenne_twister, choice_and_shuffle_match_cpython) {
    mersenne_twister r;
    r.seed_int(2024);
    EXPECT_EQ(join(30, [&] { return std::to_string(r.choice(7).value()); }), expect("choice_7"));
    for (const std::size_t n : {0u, 1u, 2u, 10u, 52u}) {
        std::vector<std::size_t> items(n);
        std::iota(items.begin(), items.end(), std::size_t{0});
        r.shuffle(std::span<std::size_t>(items));
        EXPECT_EQ(join_all(items), expect("shuffle_" + std::to_string(n))) << n;
    }
}

TEST(mersenne_twister, sample_takes_both_branches_as_cpython) {
    mersenne_twister r;
    r.seed_int(99);
    const std::vector<std::pair<std::size_t, std::int64_t>> cases = {
        {10, 5}, {100, 5}, {100, 10}, {80, 10}, {1000, 1000}, {50, 0}, {21, 21}, {22, 6}, {1000000, 30}};
    for (const auto& [n, k] : cases) {
        EXPECT_EQ(join_all(r.sample(n, k).value()), expect("sample_" + std::to_string(n) + "_" + std::to_string(k)));
    }
}

TEST(mersenne_twister, choices_with_and_without_weights_match_cpython) {
    mersenne_twister r;
    r.seed_int(5);
    EXPECT_EQ(join_all(r.choices(5, 20)), expect("choices_5_20"));
    const std::vector<double> weights = {1, 2, 3.5, 0.5};
    EXPECT_EQ(join_all(r.choices_weighted(4, weights, false, 20).value()), expect("choices_weights"));
    const std::vector<double> cum = {1, 3, 6};
    EXPECT_EQ(join_all(r.choices_weighted(3, cum, true, 10).value()), expect("choices_cum_weights"));
}

TEST(mersenne_twister, gauss_and_other_distributions_match_cpython) {
    mersenne_twister r;
    r.seed_int(11);
    EXPECT_EQ(join(11, [&] { return float_bits(r.gauss()); }), expect("gauss_0_1"));
    r.seed_int(11);
    (void)r.gauss();
    r.seed_int(11);
    EXPECT_EQ(join(2, [&] { return float_bits(r.gauss(10.0, 2.5)); }), expect("gauss_after_reseed"));
    EXPECT_EQ(join(10, [&] { return float_bits(r.normalvariate(1.0, 3.0)); }), expect("normalvariate"));
    EXPECT_EQ(join(10, [&] { return float_bits(r.expovariate(1.5)); }), expect("expovariate"));
    EXPECT_EQ(join(5, [&] { return float_bits(r.uniform(1.0, 10.0)); }), expect("uniform_1_10"));
}

TEST(mersenne_twister, getrandbits_beyond_64_returns_words_least_significant_first) {
    mersenne_twister r;
    r.seed_int(3);
    std::string words;
    for (const std::uint32_t w : r.getrandbits_words(100)) words += (words.empty() ? "" : " ") + std::to_string(w);
    EXPECT_EQ(words, expect("getrandbits_100_words"));
    EXPECT_EQ(std::to_string(r.getrandbits(7).value()), expect("getrandbits_after"));
}

TEST(mersenne_twister, the_blogs_delays_for_seed_2016_match_cpython) {
    mersenne_twister r;
    r.seed_int(2016);
    EXPECT_EQ(join(9, [&] { return std::to_string(r.randint(1, 3).value()); }), expect("blog_delays"));
}

TEST(mersenne_twister, triangular_matches_cpython) {
    mersenne_twister r;
    r.seed_int(8);
    std::string out = float_bits(r.triangular());
    out += " " + float_bits(r.triangular(1.0, 5.0));
    out += " " + float_bits(r.triangular(1.0, 5.0, true, 4.5));
    out += " " + float_bits(r.triangular(2.0, 2.0, true, 2.0));
    out += " " + float_bits(r.triangular(5.0, 1.0, true, 2.0));
    EXPECT_EQ(out, expect("triangular"));
}

// Splits "op a b => r1 r2" into words (the part after "=>" is compared as text).
std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t end = std::min(text.find(' ', pos), text.size());
        if (end > pos) out.push_back(text.substr(pos, end - pos));
        pos = end + 1;
    }
    return out;
}

TEST(mersenne_twister, a_long_mixed_run_replays_cpythons_results_in_order) {
    mersenne_twister r;
    r.seed_int(987654321);
    for (int index = 0; index < 400; ++index) {
        char name[16];
        std::snprintf(name, sizeof name, "mixed_%03d", index);
        const std::string line = expect(name);
        const std::size_t arrow = line.find(" => ");
        ASSERT_NE(arrow, std::string::npos) << name;
        const std::vector<std::string> w = words_of(line.substr(0, arrow));
        const std::string expected = line.substr(arrow + 4);
        const std::string& op = w[0];
        auto arg = [&](std::size_t k) { return std::stoll(w[k]); };
        std::string actual;
        if (op == "randint") {
            actual = std::to_string(r.randint(arg(1), arg(2)).value());
        } else if (op == "randrange3") {
            actual = std::to_string(r.randrange(arg(1), arg(2), arg(3)).value());
        } else if (op == "random") {
            actual = float_bits(r.random());
        } else if (op == "getrandbits") {
            actual = std::to_string(r.getrandbits(static_cast<int>(arg(1))).value());
        } else if (op == "choice") {
            actual = std::to_string(r.choice64(static_cast<std::uint64_t>(arg(1))).value());
        } else if (op == "sample") {
            actual = join_all(r.sample64(static_cast<std::uint64_t>(arg(1)), arg(2)).value());
        } else if (op == "shuffle") {
            std::vector<std::size_t> items(static_cast<std::size_t>(arg(1)));
            std::iota(items.begin(), items.end(), std::size_t{0});
            r.shuffle(items);
            actual = join_all(items);
        } else if (op == "uniform") {
            actual = float_bits(r.uniform(float_from_bits(w[1]), float_from_bits(w[2])));
        } else if (op == "choices") {
            actual = join_all(r.choices64(static_cast<std::uint64_t>(arg(1)), static_cast<std::size_t>(arg(2))));
        } else if (op == "gauss") {
            actual = float_bits(r.gauss());
        } else if (op == "seed") {
            if (w[1][0] == '-') {
                r.seed_int(std::stoll(w[1]));
            } else {
                r.seed_uint(std::stoull(w[1]));
            }
        }
        ASSERT_EQ(actual, expected) << name << ": " << line;
    }
}

}  // namespace
