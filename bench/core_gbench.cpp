// core_gbench.cpp — Google Benchmark micro-benchmarks of the core's hot paths (switch, one-shot timer),
// for perf sessions: `perf record build/native-release/bench/looplab_gbench --benchmark_filter=switch`.
#include "core/awaitables.h"
#include "core/event_loop.h"

#include <benchmark/benchmark.h>

#include <cstdint>

namespace {

looplab::task<void> yielder(int yields) {
    for (int i = 0; i < yields; ++i) co_await looplab::sleep_for(0);
}

looplab::task<void> sleeper(looplab::virtual_duration delay) { co_await looplab::sleep_for(delay); }

// W1's shape: range(0) tasks x 100 zero-delay sleeps; items = switches.
void switch_zero_delay_sleep(benchmark::State& state) {
    const auto tasks = static_cast<int>(state.range(0));
    for (auto _ : state) {
        looplab::event_loop loop{{.record_events = false}};
        for (int i = 0; i < tasks; ++i) loop.spawn(yielder(100));
        loop.run_until_idle();
    }
    state.SetItemsProcessed(state.iterations() * tasks * 100);
}
BENCHMARK(switch_zero_delay_sleep)->Arg(10'000);

// W2's shape on the virtual clock: range(0) tasks each sleep 0, 1 or 2 ms once; items = tasks.
void one_shot_timers(benchmark::State& state) {
    const auto tasks = static_cast<std::int64_t>(state.range(0));
    for (auto _ : state) {
        looplab::event_loop loop{{.record_events = false}};
        for (std::int64_t i = 0; i < tasks; ++i) loop.spawn(sleeper((i * 7 % 3) * looplab::milliseconds));
        loop.run_until_idle();
    }
    state.SetItemsProcessed(state.iterations() * tasks);
}
BENCHMARK(one_shot_timers)->Arg(100'000)->Unit(benchmark::kMillisecond);

}  // namespace
