// workload.h — the definitions every runtime shares (bench/README.md): sizes and the delay draw.
//
// Usage:
//   std::vector<int> delays = looplab::bench::delays_ms(100'000);   // the same draw as the comparators
//   bool ok = looplab::bench::is_stable_sort_by_delay(finish_order, delays);
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace looplab::bench {

inline constexpr int w1_tasks = 10'000;   // W1: tasks
inline constexpr int w1_yields = 100;     // W1: zero-delay sleeps per task
inline constexpr int seed_tasks = 9;      // the seed: tasks
inline constexpr int seed_repeats = 20;   // the seed: timed repetitions per process (median reported)

// The shared delay draw: xorshift32 from 2463534242, delay = x % 3 ms (the seed's randint(0, 2) ms).
// It is this simple so that Python and JavaScript reproduce it exactly with 32-bit arithmetic.
inline std::vector<int> delays_ms(std::size_t count) {
    std::uint32_t x = 2463534242u;
    std::vector<int> out(count);
    for (auto& d : out) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        d = static_cast<int>(x % 3);
    }
    return out;
}

// True if order lists every task once, sorted by (delay, id): asyncio's finish order for one-shot sleeps.
inline bool is_stable_sort_by_delay(const std::vector<std::uint32_t>& order, const std::vector<int>& delays) {
    if (order.size() != delays.size()) return false;
    for (std::size_t k = 1; k < order.size(); ++k) {
        const std::uint32_t a = order[k - 1], b = order[k];
        if (delays[a] > delays[b] || (delays[a] == delays[b] && a >= b)) return false;
    }
    return true;
}

}  // namespace looplab::bench
