// fuzz_experiment.cpp — libFuzzer target for "parse, run a bounded experiment, serialise the result and the trace":
// the input is a URL hash; the run is capped at 200 tasks so each input takes well under a millisecond.
#include "core/experiment.h"

#include "core/params.h"
#include "core/report.h"
#include "fuzz_check.h"
#include "session/trace_export.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

using namespace looplab;

constexpr std::uint32_t max_fuzz_tasks = 200;  // bounds the work per input (the page allows max_tasks)

void check_lane(const lane_result& r, const experiment_plan& plan) {
    FUZZ_CHECK(r.finish_order.size() == plan.delays.size(), "not every task finished");
    std::vector<bool> seen(plan.delays.size(), false);
    for (const std::uint32_t number : r.finish_order) {
        FUZZ_CHECK(number >= 1 && number <= plan.delays.size() && !seen[number - 1], "finish order is no permutation");
        seen[number - 1] = true;
    }
    for (std::size_t i = 0; i < plan.delays.size(); ++i)
        FUZZ_CHECK(r.finish[i] >= r.start[i] + plan.delays[i] && r.finish[i] <= r.total, "a task finished too early");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    parsed_params parsed = parse_url_hash({reinterpret_cast<const char*>(data), size});
    experiment_config& config = parsed.config;
    if (config.delays.size() > max_fuzz_tasks) config.delays.resize(max_fuzz_tasks);
    config.task_count = std::min(config.task_count, max_fuzz_tasks);
    if (!config.delays.empty()) config.task_count = static_cast<std::uint32_t>(config.delays.size());

    const experiment_result result = run_experiment(config);
    check_lane(result.sequential, result.plan);
    check_lane(result.concurrent, result.plan);
    virtual_duration sum = 0;
    for (const virtual_duration d : result.plan.delays) sum += d;
    FUZZ_CHECK(result.sequential.total == sum, "sequential total is not the sum of the delays");

    const std::string json = format_json(result);
    FUZZ_CHECK(!json.empty() && json.front() == '{' && json.back() == '\n', "format_json is not one document");
    const std::string text = format_seed_text(result);
    FUZZ_CHECK(text.rfind("Synchronous:\n", 0) == 0, "format_seed_text lacks its header");
    const std::string python = format_python(result);
    FUZZ_CHECK(python.find("asyncio") != std::string::npos, "format_python is no asyncio script");

    event_index sequential_index, concurrent_index;
    sequential_index.reset(static_cast<std::uint32_t>(result.plan.delays.size()), default_event_log_cap);
    concurrent_index.reset(static_cast<std::uint32_t>(result.plan.delays.size()), default_event_log_cap);
    sequential_index.ingest(result.sequential.events);
    concurrent_index.ingest(result.concurrent.events);
    const trace_run runs[] = {{"Sequential", &sequential_index}, {"Concurrent", &concurrent_index}};
    const std::string trace = chrome_trace_json(runs);
    FUZZ_CHECK(
        trace.size() > 2 && std::count(trace.begin(), trace.end(), '{') == std::count(trace.begin(), trace.end(), '}'),
        "trace JSON braces unbalanced");

    // A lane pumped in uneven slices ends where the one-shot run ended.
    const experiment_plan plan = make_plan(config);
    lane concurrent{plan, lane_mode::concurrent};
    const virtual_duration slice = std::max<virtual_duration>(777, result.concurrent.total / 64 + 1);
    for (virtual_time t = 0; !concurrent.done(); t += slice) concurrent.run_until(t);
    FUZZ_CHECK(concurrent.total() == result.concurrent.total, "sliced pumping changed the concurrent total");
    return 0;
}
