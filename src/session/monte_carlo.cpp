// monte_carlo.cpp — the sweep. With no limit the concurrent total is exactly the largest delay (every task
// sleeps from t = 0), so only delays are drawn; with a limit the concurrent lane is really scheduled.
#include "session/monte_carlo.h"

#include "core/experiment.h"

#include <algorithm>

namespace looplab {

std::vector<std::uint32_t> monte_carlo_grid(std::uint32_t max_tasks) {
    std::vector<std::uint32_t> grid;
    constexpr std::uint64_t tenths[] = {10, 15, 20, 30, 50, 70};  // 1, 1.5, 2, 3, 5, 7 per decade
    for (std::uint64_t decade = 1; decade <= max_tasks; decade *= 10) {
        for (std::uint64_t m : tenths) {
            if ((m * decade) % 10 != 0) continue;  // no N = 1.5
            const std::uint64_t n = m * decade / 10;
            if (n <= max_tasks) grid.push_back(static_cast<std::uint32_t>(n));
        }
    }
    if (grid.empty() || grid.back() != max_tasks) grid.push_back(std::max<std::uint32_t>(max_tasks, 1));
    return grid;
}

void monte_carlo::start(const monte_carlo_config& config) {
    m_config = config;
    m_config.seeds = std::max<std::uint32_t>(m_config.seeds, 1);
    m_config.max_tasks = std::clamp<std::uint32_t>(m_config.max_tasks, 1, 100'000);
    m_points.clear();
    for (std::uint32_t n : monte_carlo_grid(m_config.max_tasks)) m_points.push_back(monte_carlo_point{.tasks = n});
    m_seed_index = 0;
    m_point_index = 0;
    m_running = true;
    m_done = false;
}

void monte_carlo::run_some(std::uint64_t budget) {
    std::uint64_t spent = 0;
    while (m_running && spent < budget) {
        monte_carlo_point& point = m_points[m_point_index];
        const std::uint64_t seed = m_config.base_seed + m_seed_index;
        virtual_time sum = 0;
        virtual_time concurrent_total = 0;
        if (m_config.limit == 0 || m_config.limit >= point.tasks) {
            xoshiro256ss rng{seed};
            for (std::uint32_t i = 0; i < point.tasks; ++i) {
                const virtual_duration d = draw_delay(rng, m_config.distribution);
                sum += d;
                concurrent_total = std::max(concurrent_total, d);
            }
            spent += point.tasks;
        } else {
            experiment_config config;
            config.task_count = point.tasks;
            config.distribution = m_config.distribution;
            config.seed = seed;
            config.limit = m_config.limit;
            config.record_events = false;
            const experiment_plan plan = make_plan(config);
            for (virtual_duration d : plan.delays) sum += d;
            lane concurrent{plan, lane_mode::concurrent};
            concurrent.run_to_end();
            concurrent_total = concurrent.total();
            spent += 40ull * point.tasks;
        }
        point.sum_total_us += static_cast<double>(sum);
        point.max_total_us += static_cast<double>(concurrent_total);
        ++point.runs;
        if (++m_point_index == m_points.size()) {
            m_point_index = 0;
            if (++m_seed_index == m_config.seeds) {
                m_running = false;
                m_done = true;
            }
        }
    }
}

double monte_carlo::progress() const noexcept {
    if (m_done) return 1.0;
    if (m_points.empty()) return 0.0;
    const double runs_total = static_cast<double>(m_config.seeds) * static_cast<double>(m_points.size());
    const double runs_done =
        static_cast<double>(m_seed_index) * static_cast<double>(m_points.size()) + static_cast<double>(m_point_index);
    return runs_done / runs_total;
}

}  // namespace looplab
