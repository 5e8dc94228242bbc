// mersenne_twister.h — CPython 3.11's `random` bit for bit: MT19937 with CPython's seeding (_randommodule.c)
// and the Python-level algorithms of Lib/random.py 3.11 (randrange, choice, shuffle, sample, choices, gauss).
//
// Usage:
//   looplab::python::mersenne_twister rng(looplab_seed);  // an unseeded script: as random.seed(looplab_seed)
//   rng.seed_int(12345);                                 // random.seed(12345)
//   auto r = rng.randint(0, 2);                          // py_result<std::int64_t>; r.value() as CPython
//   double x = rng.random();                             // random.random()
// Sequence functions work on indices: the VM maps index i to population[i].
// Not bit-exact across platforms: gauss/normalvariate/expovariate call the C library's log/sin/cos/exp, as CPython
// does; glibc (native) and musl (wasm) agree on the values the tests check but are not guaranteed to agree always.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "python/py_error.h"

namespace looplab::python {

// One random.Random instance: the MT state plus random.py's cached gauss_next.
class mersenne_twister {
public:
    // Seeded as random.seed(looplab_seed): LoopLab's stand-in for CPython's os.urandom seeding.
    explicit mersenne_twister(std::uint64_t looplab_seed = 0);

    // random.seed() / random.seed(None): LoopLab seeds from its own seed (reproducible), as seed_uint(looplab_seed).
    void seed_default(std::uint64_t looplab_seed) { seed_uint(looplab_seed); }
    // random.seed(n) for an int: CPython uses abs(n).
    void seed_int(std::int64_t n);
    // random.seed(n) for a non-negative int up to 2**64-1.
    void seed_uint(std::uint64_t n);
    // random.seed(n) for any int given as its magnitude's 32-bit words, least significant first.
    void seed_words(std::span<const std::uint32_t> magnitude_words);
    // random.seed(s) for a str (version 2): int.from_bytes(utf8 + sha512(utf8).digest(), 'big').
    void seed_str(std::string_view utf8);
    // random.seed(x) for a float: CPython 3.11 seeds with hash(x) reinterpreted as an unsigned 64-bit value.
    void seed_float(double x);
    // The seed for any other hashable object whose hash() the VM knows (CPython: (size_t)hash(obj)).
    void seed_hash(std::int64_t hash);

    // One raw 32-bit output of MT19937 (genrand_uint32).
    std::uint32_t next_uint32();
    // random.random(): 53 random bits in [0, 1).
    double random();
    // random.getrandbits(k) for 0 <= k <= 64; k < 0 is CPython's ValueError.
    py_result<std::uint64_t> getrandbits(int k);
    // random.getrandbits(k) for any k >= 0, as 32-bit words, least significant first (empty for k == 0).
    std::vector<std::uint32_t> getrandbits_words(std::int64_t k);
    // random._randbelow(n): rejection sampling with getrandbits(n.bit_length()); 0 when n == 0.
    std::uint64_t randbelow(std::uint64_t n);

    // random.randrange(stop).
    py_result<std::int64_t> randrange(std::int64_t stop);
    // random.randrange(start, stop, step).
    py_result<std::int64_t> randrange(std::int64_t start, std::int64_t stop, std::int64_t step = 1);
    // random.randint(a, b) == randrange(a, b + 1).
    py_result<std::int64_t> randint(std::int64_t a, std::int64_t b);
    // random.uniform(a, b) == a + (b - a) * random().
    double uniform(double a, double b) { return a + (b - a) * random(); }
    // random.choice(seq): the index to pick from a sequence of length n (IndexError when n == 0).
    py_result<std::size_t> choice(std::size_t n);
    // choice() for a length beyond size_t (wasm's size_t is 32-bit; random.choice(range(10**12)) is fine Python).
    py_result<std::uint64_t> choice64(std::uint64_t n);
    // random.shuffle(x) in place, Fisher-Yates from the end as random.py.
    template <class T> void shuffle(std::span<T> items) {
        for (std::size_t i = items.size(); i-- > 1;) {
            const std::size_t j = static_cast<std::size_t>(randbelow(i + 1));
            using std::swap;
            swap(items[i], items[j]);
        }
    }
    // random.shuffle(x) for a vector.
    template <class T> void shuffle(std::vector<T>& items) { shuffle(std::span<T>(items)); }
    // random.sample(range(n), k): the chosen indices in order (both of random.py's branches, by its setsize rule).
    py_result<std::vector<std::size_t>> sample(std::size_t n, std::int64_t k);
    // sample() of range(n) for n beyond size_t; the same draws.
    py_result<std::vector<std::uint64_t>> sample64(std::uint64_t n, std::int64_t k);
    // random.choices(population, k=k) without weights: indices floor(random() * n).
    std::vector<std::size_t> choices(std::size_t n, std::size_t k);
    // choices() of range(n) for n beyond size_t; the same draws.
    std::vector<std::uint64_t> choices64(std::uint64_t n, std::size_t k);
    // random.choices with weights (cumulative == false) or cum_weights (true), as floats; n == weights.size().
    py_result<std::vector<std::size_t>> choices_weighted(std::size_t n, std::span<const double> weights,
                                                         bool cumulative, std::size_t k);
    // random.gauss(mu, sigma), with its cached second value (reset by every seed_*).
    double gauss(double mu = 0.0, double sigma = 1.0);
    // random.normalvariate(mu, sigma): Kinderman and Monahan, as random.py.
    double normalvariate(double mu = 0.0, double sigma = 1.0);
    // random.triangular(low, high, mode); has_mode == false is mode=None (the midpoint).
    double triangular(double low = 0.0, double high = 1.0, bool has_mode = false, double mode = 0.0);
    // random.expovariate(lambd) == -log(1.0 - random()) / lambd (the caller rejects lambd == 0).
    double expovariate(double lambd);

private:
    std::uint64_t bits_up_to_64(int k);  // getrandbits(k) for k <= 64, unchecked (k <= 0 gives 0)
    void init_genrand(std::uint32_t s);
    void init_by_array(std::span<const std::uint32_t> key);

    static constexpr std::size_t state_size = 624;
    std::array<std::uint32_t, state_size> m_state{};
    std::size_t m_index = state_size;
    std::optional<double> m_gauss_next;
};

}  // namespace looplab::python
