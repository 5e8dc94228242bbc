// looplab_bench.cpp — LoopLab's side of the W1 / W2 / seed workloads (bench/README.md), native and wasm under
// node from one source. Prints one JSON line per invocation, in the comparators' format; bench/run.py runs it.
// Usage: looplab_bench w1 [--tasks T] [--yields Y] [--warm] | w2 N [--clock virtual|steady] [--no-heap-count]
//                      | seed [--clock virtual|steady]
#include "core/awaitables.h"
#include "core/event_loop.h"
#include "memory_meter.h"
#include "steady_driver.h"
#include "workload.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

using looplab::event_loop;
using looplab::task;
using steady = std::chrono::steady_clock;
namespace bench = looplab::bench;

// NOTE: noinline keeps each timed region one symbol, so `valgrind --toggle-collect` can count just it.
#define LOOPLAB_BENCH_REGION __attribute__((noinline))

enum class clock_kind { virtual_clock, steady_clock };

struct options {
    clock_kind clock = clock_kind::virtual_clock;  // which clock pumps W2 and the seed
    int tasks = bench::w1_tasks;                   // W1 tasks
    int yields = bench::w1_yields;                 // W1 zero-delay sleeps per task
    bool heap_count = true;                        // W2: repeat once with the counting allocator
    bool warm = false;                             // W1: one untimed run first (wasm: the JIT's tier-up)
};

const char* clock_name(clock_kind c) { return c == clock_kind::steady_clock ? "steady" : "virtual"; }

std::int64_t ns_since(steady::time_point t0) {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(steady::now() - t0).count();
}

// Runs the loop to the end on the chosen clock.
void drain(event_loop& loop, clock_kind clock) {
    if (clock == clock_kind::steady_clock) bench::run_on_steady_clock(loop);
    else loop.run_until_idle();
}

// W1: one task = `yields` zero-delay sleeps (asyncio.sleep(0)).
task<void> yielder(int yields) {
    for (int i = 0; i < yields; ++i) co_await looplab::sleep_for(0);
}

LOOPLAB_BENCH_REGION void w1_region(int tasks, int yields) {
    event_loop loop{{.record_events = false}};
    for (int i = 0; i < tasks; ++i) loop.spawn(yielder(yields));
    loop.run_until_idle();
}

void w1(const options& opt) {
    // NOTE: V8 compiles wasm lazily and tiers up from Liftoff in the background, both inside a ~20 ms timed
    // region; --warm runs the workload once first so that the figure is the steady state the page runs in.
    if (opt.warm) w1_region(opt.tasks, opt.yields);
    const auto t0 = steady::now();
    w1_region(opt.tasks, opt.yields);
    const std::int64_t elapsed = ns_since(t0);
    const double switches = double(opt.tasks) * opt.yields;
    std::printf("{\"workload\": \"w1\", \"n\": %d, \"switches\": %.0f, \"elapsed_ns\": %lld, \"ns_per_switch\": %.3f, "
                "\"warm\": %s",
                opt.tasks, switches, static_cast<long long>(elapsed), double(elapsed) / switches,
                opt.warm ? "true" : "false");
}

// W2: one task = one sleep of its delay, then its id goes on the finish order.
task<void> sleeper(std::uint32_t id, looplab::virtual_duration delay, std::vector<std::uint32_t>& order) {
    co_await looplab::sleep_for(delay);
    order.push_back(id);
}

LOOPLAB_BENCH_REGION void w2_region(const std::vector<int>& delays, std::vector<std::uint32_t>& order,
                                    clock_kind clock) {
    event_loop loop{{.record_events = false}};
    const auto n = static_cast<std::uint32_t>(delays.size());
    for (std::uint32_t i = 0; i < n; ++i) loop.spawn(sleeper(i, delays[i] * looplab::milliseconds, order));
    drain(loop, clock);
}

void w2(int n, const options& opt) {
    const std::vector<int> delays = bench::delays_ms(static_cast<std::size_t>(n));
    std::vector<std::uint32_t> order;
    order.reserve(delays.size());  // the finish-order record is not the scheduler's cost
    const std::int64_t rss0 = bench::resident_bytes();
    const auto t0 = steady::now();
    w2_region(delays, order, opt.clock);
    const std::int64_t elapsed = ns_since(t0);
    const std::int64_t rss_delta = bench::peak_resident_bytes() - rss0;
    const bool sorted = bench::is_stable_sort_by_delay(order, delays);
    // Virtual time costs nothing to wait for, so all of a virtual run is "beyond the longest delay".
    const std::int64_t longest_ns = opt.clock == clock_kind::steady_clock
                                        ? *std::max_element(delays.begin(), delays.end()) * 1'000'000LL
                                        : 0;
    std::printf("{\"workload\": \"w2\", \"n\": %d, \"clock\": \"%s\", \"elapsed_ns\": %lld, \"ns_per_task\": %.3f, "
                "\"bytes_per_task\": %.3f, \"order_sorted_by_delay\": %s",
                n, clock_name(opt.clock), static_cast<long long>(elapsed), double(elapsed - longest_ns) / n,
                double(rss_delta) / n, sorted ? "true" : "false");
    if (opt.heap_count) {
        // Exact heap bytes at the peak (every task asleep), from a second, counted run.
        order.clear();
        bench::heap_counter_start();
        w2_region(delays, order, clock_kind::virtual_clock);
        std::printf(", \"heap_bytes_per_task\": %.3f", double(bench::heap_counter_stop()) / n);
    }
}

// The seed: 9 tasks, run seed_repeats times after one warm-up; the median time beyond the longest sleep.
void seed(const options& opt) {
    const std::vector<int> delays = bench::delays_ms(bench::seed_tasks);
    const int longest_ms = *std::max_element(delays.begin(), delays.end());
    std::vector<std::int64_t> beyond_ns;
    std::vector<std::uint32_t> order;
    looplab::virtual_time virtual_total = 0;
    for (int repeat = 0; repeat <= bench::seed_repeats; ++repeat) {
        order.clear();
        event_loop loop{{.record_events = false}};
        const auto t0 = steady::now();
        for (int i = 0; i < bench::seed_tasks; ++i)
            loop.spawn(sleeper(static_cast<std::uint32_t>(i), delays[i] * looplab::milliseconds, order));
        drain(loop, opt.clock);
        const std::int64_t elapsed = ns_since(t0);
        virtual_total = loop.now();
        if (repeat == 0) continue;  // warm-up
        beyond_ns.push_back(opt.clock == clock_kind::steady_clock ? elapsed - longest_ms * 1'000'000LL : elapsed);
    }
    std::sort(beyond_ns.begin(), beyond_ns.end());
    std::string order_json;
    for (std::uint32_t id : order) order_json += (order_json.empty() ? "" : ", ") + std::to_string(id);
    // On the virtual clock the run takes exactly the longest delay of virtual time; the wall time is CPU cost.
    std::printf("{\"workload\": \"seed\", \"n\": %d, \"clock\": \"%s\", \"us_beyond_longest\": %.3f, "
                "\"virtual_us_beyond_longest\": %lld, \"order\": [%s]",
                bench::seed_tasks, clock_name(opt.clock), double(beyond_ns[beyond_ns.size() / 2]) / 1000.0,
                static_cast<long long>(virtual_total - longest_ms * looplab::milliseconds), order_json.c_str());
}

int usage() {
    std::fprintf(stderr, "usage: looplab_bench w1 [--tasks T] [--yields Y] [--warm] | w2 N [--clock virtual|steady] "
                         "[--no-heap-count] | seed [--clock virtual|steady]\n");
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) return usage();
    const std::string_view workload = argv[1];
    options opt;
    int n = 0;
    for (int i = 2; i < argc; ++i) {
        const std::string_view arg = argv[i];
        const bool has_value = i + 1 < argc;
        if (arg == "--clock" && has_value) {
            const std::string_view value = argv[++i];
            if (value == "steady") opt.clock = clock_kind::steady_clock;
            else if (value == "virtual") opt.clock = clock_kind::virtual_clock;
            else return usage();
        } else if (arg == "--tasks" && has_value) {
            opt.tasks = std::atoi(argv[++i]);
        } else if (arg == "--yields" && has_value) {
            opt.yields = std::atoi(argv[++i]);
        } else if (arg == "--warm") {
            opt.warm = true;
        } else if (arg == "--no-heap-count") {
            opt.heap_count = false;
        } else if (workload == "w2" && n == 0 && std::atoi(argv[i]) > 0) {
            n = std::atoi(argv[i]);
        } else {
            return usage();
        }
    }
    if (opt.tasks <= 0 || opt.yields <= 0) return usage();
    if (workload == "w1") w1(opt);
    else if (workload == "w2" && n > 0) w2(n, opt);
    else if (workload == "seed") seed(opt);
    else return usage();
#ifdef __EMSCRIPTEN__
    std::printf(", \"runtime\": \"looplab-wasm\"}\n");
#else
    std::printf(", \"runtime\": \"looplab-native\"}\n");
#endif
    return 0;
}
