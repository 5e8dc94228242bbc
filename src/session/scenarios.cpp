// scenarios.cpp — the presets. Each picks a time scale that makes its sequential lane take a few seconds.
#include "session/scenarios.h"

namespace looplab {

namespace {
constexpr scenario_info scenarios[] = {
    {"blog", "The blog post: 9 tasks, randint(0,2) ms"},
    {"thousand", "1,000 tasks"},
    {"blocking", "A blocking call stalls the loop"},
    {"limit3", "Concurrency limit k = 3"},
    {"heavy", "Heavy-tailed delays"},
};
}  // namespace

std::span<const scenario_info> scenario_list() noexcept { return scenarios; }

std::optional<session_settings> scenario_settings(std::string_view name) {
    session_settings s;  // defaults: the blog post
    if (name == "blog") {
    } else if (name == "thousand") {
        s.experiment.task_count = 1000;
        s.scale = 5.0;  // Σ ≈ 1 s of virtual time -> about 5 s
    } else if (name == "blocking") {
        // With the default seed task 3 sleeps 2 ms: as a blocking call it holds the loop for all of it.
        s.experiment.blocking_tasks = {3};
    } else if (name == "limit3") {
        s.experiment.limit = 3;
    } else if (name == "heavy") {
        s.experiment.task_count = 20;
        s.experiment.distribution = delay_distribution::heavy;
        s.scale = 100.0;
    } else {
        return std::nullopt;
    }
    return s;
}

std::optional<scenario_info> matching_scenario(const session_settings& settings) {
    for (const scenario_info& info : scenarios)
        if (scenario_settings(info.name) == settings) return info;
    return std::nullopt;
}

}  // namespace looplab
