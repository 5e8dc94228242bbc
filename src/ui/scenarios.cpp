// scenarios.cpp — the presets. Each picks a time scale that makes its sequential lane take a few seconds.
#include "ui/scenarios.h"

#include "ui/playground.h"

namespace looplab::ui {

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

bool scenario_settings(std::string_view name, playground_settings& out) {
    playground_settings s;  // defaults: the blog post
    if (name == "blog") {
    } else if (name == "thousand") {
        s.experiment.task_count = 1000;
        s.ms_per_virtual_ms = 5.0;  // Σ ≈ 1 s of virtual time -> about 5 s
    } else if (name == "blocking") {
        // With the default seed task 3 sleeps 2 ms: as a blocking call it holds the loop for all of it.
        s.experiment.blocking_tasks = {3};
    } else if (name == "limit3") {
        s.experiment.limit = 3;
    } else if (name == "heavy") {
        s.experiment.task_count = 20;
        s.experiment.distribution = delay_distribution::heavy;
        s.ms_per_virtual_ms = 100.0;
    } else {
        return false;
    }
    out = s;
    return true;
}

}  // namespace looplab::ui
