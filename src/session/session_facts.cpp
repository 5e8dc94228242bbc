// session_facts.cpp — what the session derives from the runs at the cursor: totals, speedup, time axes, the
// aria-live announcements, asyncio's slow-callback warning, and the whole-run reports (trace, console, Python).
#include "session/session.h"

#include "session/trace_export.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace looplab {

namespace {

constexpr std::size_t finish_order_announced_up_to = 50;

}  // namespace

virtual_time session::end_us() const noexcept {
    virtual_time end = m_sum_of_delays;  // the sequential total; the concurrent lane never takes longer
    for (const run& r : m_runs)
        if (r.total_us() != never) end = std::max(end, r.total_us());
    return end;
}

bool session::all_done_at_cursor() const noexcept {
    return std::all_of(m_runs.begin(), m_runs.end(), [](const run& r) { return r.done_at_cursor(); });
}

double session::speedup() const noexcept {
    if (!all_done_at_cursor()) return 0.0;
    const auto concurrent_total = static_cast<double>(lane_run(lane_mode::concurrent).total_us());
    const auto sequential_total = static_cast<double>(lane_run(lane_mode::sequential).total_us());
    if (concurrent_total <= 0.0) return HUGE_VAL;  // every delay was 0
    return sequential_total / concurrent_total;
}

// The time axis is shared with the sequential lane while the two are comparable, so the difference shows at a
// glance; the concurrent lane gets its own when it would be a sliver (1,000 tasks: 2 ms against 1 s).
virtual_time session::axis_end_us(std::size_t run_index) const noexcept {
    const virtual_time shared = std::max<virtual_time>(end_us(), 1);
    if (run_index != static_cast<std::size_t>(lane_mode::concurrent)) return shared;
    virtual_time own = m_max_delay;
    const std::uint32_t limit = m_settings.experiment.limit;
    if (limit > 0) own = std::max<virtual_time>(own, m_sum_of_delays / limit + m_max_delay);
    own += m_blocking_sum;
    const virtual_time total = m_runs[run_index].total_us();
    if (total != never) own = std::max(own, total);
    return own * 8 >= shared ? shared : std::max<virtual_time>(own, 1);
}

// Speaks like a person to the aria-live region: nothing per task while a run plays (a step announces its own
// step line), then one summary line per lane when it finishes, with the finish order up to
// finish_order_announced_up_to tasks, and the speedup once both are done.
void session::announce_progress() {
    for (std::size_t i = 0; i < m_runs.size(); ++i) {
        const run& r = m_runs[i];
        const std::size_t now_done = r.finished();
        if (now_done < m_announced_finishes[i]) {  // scrubbed back or restarted: quietly rewind
            m_announced_done[i] = false;
            m_announced_speedup = false;
        }
        m_announced_finishes[i] = now_done;
        if (m_announced_done[i] || now_done != r.task_count()) continue;
        m_announced_done[i] = true;
        std::string line = std::string{r.source().labels().title} + ": " + std::to_string(r.task_count()) +
                           (r.task_count() == 1 ? " task" : " tasks") + " done in " + format_ms(r.total_us()) + " ms";
        if (r.task_count() <= finish_order_announced_up_to) {
            const auto finishes = r.index().finishes();
            line += "; order ";
            for (std::size_t f = 0; f < finishes.size(); ++f)
                line += (f ? ", " : "") + std::to_string(finishes[f].task);
        }
        announce(line);
    }
    if (!m_announced_speedup && all_done_at_cursor()) {
        m_announced_speedup = true;
        const double value = speedup();
        char text[160];
        if (std::isfinite(value))
            std::snprintf(text, sizeof text, "Speedup: sum %s ms / max %s ms = %.2f times",
                          format_ms(m_sum_of_delays).c_str(),
                          format_ms(lane_run(lane_mode::concurrent).total_us()).c_str(), value);
        else
            std::snprintf(text, sizeof text, "Speedup: every delay was 0, both lanes took 0 ms");
        announce(text);
    }
}

// asyncio's debug-mode slow-callback warning, once a blocking step of a run that warns is visible. The task names
// follow asyncio.run: the main coroutine is Task-1, so task_coro(n) runs as Task-(n + 1).
void session::update_blocking_warning() {
    m_blocking_warning.clear();
    for (const run& r : m_runs) {
        for (const std::uint32_t task : r.source().blocking_candidates()) {
            virtual_duration held = 0;
            r.index().for_each_span(task, r.visible_events, 0, [&](const visible_span& s) {
                if (held == 0 && s.closed && s.state == task_state::blocking) held = s.end - s.begin;
            });
            if (held <= 0) continue;
            char text[200];
            std::snprintf(text, sizeof text,
                          "Executing <Task pending name='Task-%u' coro=<task_coro() running at looplab.py:%d>> took "
                          "%s seconds",
                          task + 1, m_blocking_line, format_ms(held / 1000).c_str());
            m_blocking_warning = text;
            return;
        }
    }
}

experiment_result session::complete_result() {
    run_all_to_end();
    experiment_result r;
    r.config = m_settings.experiment;
    r.plan = m_plan;
    for (const lane_mode mode : {lane_mode::sequential, lane_mode::concurrent}) {
        const auto& source = static_cast<const lane_source&>(lane_run(mode).source());
        // The reports here do not need the event streams, which would be a copy of up to 24 MB.
        (mode == lane_mode::sequential ? r.sequential : r.concurrent) = collect(source.core_lane(), false);
    }
    return r;
}

std::string session::trace_json() {
    run_all_to_end();
    std::vector<trace_run> traced;
    for (const run& r : m_runs) traced.push_back(trace_run{r.source().labels().trace_name, &r.index()});
    return chrome_trace_json(traced);
}

std::string session::console_text() { return format_seed_text(complete_result()); }

const python_script& session::prepared_python() {
    if (!m_python) {
        m_python = make_python_script(complete_result());
        m_python_lines.assign(1, 0);
        const std::string& text = m_python->text;
        for (std::size_t i = 0; i < text.size(); ++i)
            if (text[i] == '\n' && i + 1 < text.size()) m_python_lines.push_back(i + 1);
    }
    return *m_python;
}

}  // namespace looplab
