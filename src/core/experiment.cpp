// experiment.cpp — the two lanes of the seed's experiment and the non-animated run of both.
#include "experiment.h"

#include "awaitables.h"

namespace looplab {

experiment_plan make_plan(const experiment_config& config) {
    experiment_plan plan;
    plan.delays =
        config.delays.empty() ? draw_delays(config.seed, config.distribution, config.task_count) : config.delays;
    plan.blocking.assign(plan.delays.size(), false);
    for (std::uint32_t number : config.blocking_tasks)
        if (number >= 1 && number <= plan.delays.size()) plan.blocking[number - 1] = true;
    plan.limit = config.limit;
    plan.record_events = config.record_events;
    return plan;
}

lane::lane(const experiment_plan& plan, lane_mode mode)
    : m_mode(mode),
      m_delays(plan.delays),
      m_start(plan.delays.size(), never),
      m_finish(plan.delays.size(), never),
      m_loop(loop_options{.record_events = plan.record_events,
                          .reserve_events = plan.record_events ? plan.delays.size() * 6 : 0}) {
    m_finish_order.reserve(plan.delays.size());
    if (mode == lane_mode::concurrent && plan.limit > 0) m_limit = std::make_unique<semaphore>(plan.limit);
    for (std::uint32_t i = 0; i < task_count(); ++i) {
        const bool blocks = mode == lane_mode::sequential || (i < plan.blocking.size() && plan.blocking[i]);
        // Fire and forget: the handle is dropped, the loop keeps the task alive until it ends.
        (void)m_loop.spawn(run_task(this, i + 1, m_delays[i], blocks));
    }
}

lane::~lane() = default;

task<void> lane::run_task(lane* self, std::uint32_t number, virtual_duration delay, bool blocks) {
    semaphore_permit permit;
    if (self->m_limit) permit = co_await self->m_limit->acquire();
    self->m_start[number - 1] = self->m_loop.now();
    if (blocks)
        co_await block_for(delay);
    else
        co_await sleep_for(delay);
    self->m_finish[number - 1] = self->m_loop.now();
    self->m_finish_order.push_back(number);
}

virtual_time lane::total() const noexcept {
    virtual_time last = 0;
    for (virtual_time t : m_finish) last = t > last ? t : last;
    return last;
}

lane_result collect(const lane& l, bool with_events) {
    lane_result r;
    r.start.assign(l.start_times().begin(), l.start_times().end());
    r.finish.assign(l.finish_times().begin(), l.finish_times().end());
    r.finish_order.assign(l.finish_order().begin(), l.finish_order().end());
    r.total = l.total();
    if (with_events) r.events.assign(l.events().begin(), l.events().end());
    return r;
}

std::optional<std::int64_t> experiment_result::speedup_milli() const noexcept {
    if (concurrent.total <= 0) return std::nullopt;
    return (sequential.total * 1000 + concurrent.total / 2) / concurrent.total;
}

experiment_result run_experiment(const experiment_config& config) {
    experiment_result result;
    result.config = config;
    result.plan = make_plan(config);
    {
        lane sequential{result.plan, lane_mode::sequential};
        sequential.run_to_end();
        result.sequential = collect(sequential);
    }
    {
        lane concurrent{result.plan, lane_mode::concurrent};
        concurrent.run_to_end();
        result.concurrent = collect(concurrent);
    }
    return result;
}

}  // namespace looplab
