// asio_bench.cpp — the W1 / W2 / seed workloads on Boost.Asio (header-only): co_spawn, steady_timer and
// use_awaitable on a single-threaded io_context. Prints one JSON line per invocation.
// Build: g++ -O2 -std=c++20 asio_bench.cpp -o asio_bench   Usage: asio_bench w1 | w1_timer | w2 N | seed
// NOTE: Boost 1.74 with g++ 12: asio/awaitable.hpp uses std::exchange without including <utility>.
#include <utility>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace asio = boost::asio;
using steady = std::chrono::steady_clock;

namespace {

constexpr int w1_tasks = 10000, w1_yields = 100;
constexpr int seed_tasks = 9, seed_repeats = 20;

// The shared delay draw (bench/README.md): xorshift32 from 2463534242, delay = x % 3 ms.
std::vector<int> delays_ms(std::size_t count) {
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

// VmRSS (resident now) or VmHWM (peak resident) from /proc/self/status.
// NOTE: not getrusage's maxrss, which a child inherits from the parent that forked it (bench/README.md).
long long status_bytes(const char* field) {
    std::FILE* status = std::fopen("/proc/self/status", "r");
    char line[256];
    long long kib = -1;
    const std::size_t length = std::strlen(field);
    while (status && std::fgets(line, sizeof line, status))
        if (std::strncmp(line, field, length) == 0 && line[length] == ':') kib = std::atoll(line + length + 1);
    if (status) std::fclose(status);
    return kib * 1024;
}

long long ns_since(steady::time_point t0) {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(steady::now() - t0).count();
}

bool is_stable_sort_by_delay(const std::vector<int>& order, const std::vector<int>& delays) {
    if (order.size() != delays.size()) return false;
    for (std::size_t k = 1; k < order.size(); ++k) {
        const int a = order[k - 1], b = order[k];
        if (delays[a] > delays[b] || (delays[a] == delays[b] && a > b)) return false;
    }
    return true;
}

// A W1 switch as Asio users write a yield: re-post the coroutine to the back of the io_context's queue.
asio::awaitable<void> yielder() {
    auto executor = co_await asio::this_coro::executor;
    for (int i = 0; i < w1_yields; ++i) co_await asio::post(executor, asio::use_awaitable);
}

// A W1 switch written literally as a zero-delay sleep: a steady_timer that expires now.
asio::awaitable<void> timer_yielder() {
    asio::steady_timer timer(co_await asio::this_coro::executor);
    for (int i = 0; i < w1_yields; ++i) {
        timer.expires_after(std::chrono::milliseconds(0));
        co_await timer.async_wait(asio::use_awaitable);
    }
}

void w1(bool with_timer) {
    asio::io_context context(1);
    const auto t0 = steady::now();
    for (int i = 0; i < w1_tasks; ++i)
        asio::co_spawn(context, with_timer ? timer_yielder() : yielder(), asio::detached);
    context.run();
    const long long elapsed = ns_since(t0);
    const double switches = double(w1_tasks) * w1_yields;
    std::printf("{\"workload\": \"%s\", \"n\": %d, \"switches\": %.0f, \"elapsed_ns\": %lld, \"ns_per_switch\": %.3f, "
                "\"runtime\": \"asio\"}\n",
                with_timer ? "w1_timer" : "w1", w1_tasks, switches, elapsed, double(elapsed) / switches);
}

asio::awaitable<void> sleeper(int id, int delay, std::vector<int>& order) {
    asio::steady_timer timer(co_await asio::this_coro::executor, std::chrono::milliseconds(delay));
    co_await timer.async_wait(asio::use_awaitable);
    order.push_back(id);
}

void w2(int n) {
    const std::vector<int> delays = delays_ms(n);
    std::vector<int> order;
    order.reserve(n);  // the finish-order record is not the runtime's cost
    asio::io_context context(1);
    const long long rss0 = status_bytes("VmRSS");
    const auto t0 = steady::now();
    for (int i = 0; i < n; ++i) asio::co_spawn(context, sleeper(i, delays[i], order), asio::detached);
    context.run();
    const long long elapsed = ns_since(t0);
    const long long longest_ns = *std::max_element(delays.begin(), delays.end()) * 1'000'000LL;
    std::printf("{\"workload\": \"w2\", \"n\": %d, \"elapsed_ns\": %lld, \"ns_per_task\": %.3f, \"bytes_per_task\": %.3f, "
                "\"order_sorted_by_delay\": %s, \"runtime\": \"asio\"}\n",
                n, elapsed, double(elapsed - longest_ns) / n, double(status_bytes("VmHWM") - rss0) / n,
                is_stable_sort_by_delay(order, delays) ? "true" : "false");
}

void seed() {
    const std::vector<int> delays = delays_ms(seed_tasks);
    const long long longest_ns = *std::max_element(delays.begin(), delays.end()) * 1'000'000LL;
    std::vector<long long> beyond;
    std::vector<int> order;
    for (int repeat = 0; repeat <= seed_repeats; ++repeat) {
        order.clear();
        asio::io_context context(1);
        const auto t0 = steady::now();
        for (int i = 0; i < seed_tasks; ++i) asio::co_spawn(context, sleeper(i, delays[i], order), asio::detached);
        context.run();
        if (repeat) beyond.push_back(ns_since(t0) - longest_ns);  // the first run warms up
    }
    std::sort(beyond.begin(), beyond.end());
    std::string order_json;
    for (int id : order) order_json += (order_json.empty() ? "" : ", ") + std::to_string(id);
    std::printf("{\"workload\": \"seed\", \"n\": %d, \"us_beyond_longest\": %.3f, \"order\": [%s], \"runtime\": \"asio\"}\n",
                seed_tasks, double(beyond[beyond.size() / 2]) / 1000.0, order_json.c_str());
}

}  // namespace

int main(int argc, char** argv) {
    const std::string workload = argc > 1 ? argv[1] : "";
    if (workload == "w1") w1(false);
    else if (workload == "w1_timer") w1(true);
    else if (workload == "w2" && argc > 2) w2(std::atoi(argv[2]));
    else if (workload == "seed") seed();
    else {
        std::fprintf(stderr, "usage: asio_bench w1 | w1_timer | w2 N | seed\n");
        return 2;
    }
    return 0;
}
