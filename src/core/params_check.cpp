// params_check.cpp — validate_params (values set directly, e.g. typed into the panel) and to_url_hash, the
// encoder of the links that parse_url_hash decodes. Same limits and messages as the parsers.
#include "params.h"
#include "params_text.h"

#include <algorithm>
#include <cmath>

namespace looplab {

using namespace params_text;

std::vector<param_problem> validate_params(experiment_config& c, double& scale) {
    problem_list problems;
    const std::string accepted_tasks = accepted_range(1, max_tasks);
    if (c.delays.size() > max_tasks) {
        problems.add("delays",
                     std::to_string(c.delays.size()) + " delays are too many: the page holds at most " +
                         std::to_string(max_tasks) + " tasks",
                     "using the first " + std::to_string(max_tasks));
        c.delays.resize(max_tasks);
    }
    for (std::size_t i = 0; i < c.delays.size(); ++i) {
        virtual_duration& d = c.delays[i];
        const virtual_duration clamped = std::clamp<virtual_duration>(d, 0, max_delay_ms * milliseconds);
        if (clamped == d) continue;
        problems.add("delays",
                     "item " + std::to_string(i + 1) + " '" + std::to_string(d) + " us' is out of range (accepted 0.." +
                         std::to_string(max_delay_ms) + " ms)",
                     "using " + delay_text(clamped));
        d = clamped;
    }
    if (!c.delays.empty()) {
        c.task_count = static_cast<std::uint32_t>(c.delays.size());  // delays set the task count
    } else if (c.task_count < 1 || c.task_count > max_tasks) {
        const std::uint32_t nearest = c.task_count < 1 ? 1 : max_tasks;
        problems.add("tasks", quoted(std::to_string(c.task_count)) + " is out of range " + accepted_tasks,
                     "using " + std::to_string(nearest));
        c.task_count = nearest;
    }
    if (static_cast<int>(c.distribution) >= delay_distribution_count) {
        problems.add("distribution", "not a distribution (accepted " + std::string{distribution_list()} + ")",
                     "using seed");
        c.distribution = delay_distribution::seed;
    }
    // Checked against the task count, as the parsers do: a limit above it would read as a limit that is not there.
    if (c.limit > c.task_count) {
        problems.add("limit", quoted(std::to_string(c.limit)) + " is out of range " + accepted_range(0, c.task_count),
                     "using " + std::to_string(c.task_count));
        c.limit = c.task_count;
    }
    std::sort(c.blocking_tasks.begin(), c.blocking_tasks.end());
    c.blocking_tasks.erase(std::unique(c.blocking_tasks.begin(), c.blocking_tasks.end()), c.blocking_tasks.end());
    const auto outside = std::remove_if(c.blocking_tasks.begin(), c.blocking_tasks.end(), [&](std::uint32_t b) {
        if (b >= 1 && b <= c.task_count) return false;
        problems.add(
            "block",
            quoted(std::to_string(b)) + " is not a task number (accepted 1.." + std::to_string(c.task_count) + ")",
            "dropped");
        return true;
    });
    c.blocking_tasks.erase(outside, c.blocking_tasks.end());
    const std::string scale_given = std::isnan(scale)   ? "NaN"
                                    : std::isinf(scale) ? (scale > 0 ? "inf" : "-inf")
                                                        : shortest_double(scale);
    check_scale(scale, problems, scale_given);
    return problems.take();
}

std::string to_url_hash(const experiment_config& config, double scale, int text_percent) {
    const experiment_config defaults;
    std::string out;
    auto add = [&out](std::string_view key, const std::string& value) {
        if (!out.empty()) out += '&';
        out += key;
        out += '=';
        out += value;
    };
    if (!config.delays.empty()) {
        std::string list;
        for (std::size_t i = 0; i < config.delays.size(); ++i) {
            if (i) list += ',';  // NOTE: not `"," + std::string`: g++ 12 -O3 raises a false -Wrestrict on that
            list += delay_text(config.delays[i]);
        }
        add("delays", percent_encode(list));
    } else {
        if (config.task_count != defaults.task_count) add("tasks", std::to_string(config.task_count));
        if (config.distribution != defaults.distribution) add("dist", std::string{to_string(config.distribution)});
        if (config.seed != defaults.seed) add("seed", std::to_string(config.seed));
    }
    if (config.limit != defaults.limit) add("limit", std::to_string(config.limit));
    if (!config.blocking_tasks.empty()) {
        std::string list;
        for (std::size_t i = 0; i < config.blocking_tasks.size(); ++i) {
            if (i) list += ',';
            list += std::to_string(config.blocking_tasks[i]);
        }
        add("block", percent_encode(list));
    }
    if (scale != default_scale) add("scale", shortest_double(scale));
    if (text_percent == presenter_text_percent)
        add("text", "presenter");
    else if (text_percent != default_text_percent)
        add("text", std::to_string(text_percent));
    return out;
}

}  // namespace looplab
