// monte_carlo.h — the experiment over many seeds, without animation, computed a budget of work at a
// time so that no frame stalls (ImGui-free). Mean Σ (sequential total) and mean concurrent total vs N.
//
// Usage:
//   looplab::monte_carlo mc;
//   mc.start({.seeds = 1000, .distribution = looplab::delay_distribution::seed});
//   while (!mc.done()) mc.run_some(50'000);                // once per frame
//   for (const auto& p : mc.points()) plot(p.tasks, p.mean_sum_ms(), p.mean_max_ms());
#pragma once

#include "core/random.h"

#include <cstdint>
#include <span>
#include <vector>

namespace looplab {

// What to sweep. Zero-is-default where it matters.
struct monte_carlo_config {
    std::uint32_t seeds = 1000;  // runs per N (seeds base_seed, base_seed + 1, ...)
    std::uint64_t base_seed = 1;  // first seed
    delay_distribution distribution = delay_distribution::seed;  // how delays are drawn
    std::uint32_t limit = 0;  // concurrent lane's limit (0 = unlimited)
    std::uint32_t max_tasks = 1000;  // largest N on the grid
};

// The accumulated results for one N.
struct monte_carlo_point {
    std::uint32_t tasks = 0;  // N
    std::uint32_t runs = 0;  // seeds done so far
    double sum_total_us = 0.0;  // Σ over runs of the sequential total (Σ delays)
    double max_total_us = 0.0;  // Σ over runs of the concurrent total (max delay when unlimited)
    double mean_sum_ms() const noexcept { return runs ? sum_total_us / runs / 1000.0 : 0.0; }  // mean Σ, ms
    double mean_max_ms() const noexcept {
        return runs ? max_total_us / runs / 1000.0 : 0.0;
    }  // mean concurrent total, ms
    double speedup() const noexcept {
        return max_total_us > 0.0 ? sum_total_us / max_total_us : 0.0;
    }  // mean Σ / mean max
};

// N = 1, 2, 3, 5, 7, 10, 15, 20, 30, 50, 70, 100, ... up to max_tasks (a log-ish grid).
std::vector<std::uint32_t> monte_carlo_grid(std::uint32_t max_tasks);

// The incremental sweep: seed-major order, so every N's mean sharpens together.
class monte_carlo {
public:
    void start(const monte_carlo_config& config);  // forgets previous results
    void cancel() noexcept { m_running = false; }  // stops where it is (results so far stay)
    void run_some(std::uint64_t budget);  // does about budget units of work (1 per delay, 40 per scheduled task)
    bool running() const noexcept { return m_running; }  // started and not finished or cancelled
    bool done() const noexcept { return m_done; }  // every seed of every N ran
    double progress() const noexcept;  // 0..1
    const monte_carlo_config& config() const noexcept { return m_config; }  // what is being swept
    std::span<const monte_carlo_point> points() const noexcept { return m_points; }  // one per grid N

private:
    monte_carlo_config m_config;
    std::vector<monte_carlo_point> m_points;
    std::uint32_t m_seed_index = 0;  // next seed to run
    std::size_t m_point_index = 0;  // next N for that seed
    bool m_running = false;
    bool m_done = false;
};

}  // namespace looplab
