// session_playback.cpp — the cursor over the runs: play (pumping the sources up to a live frontier, with a bounded
// look-ahead), step, step back, scrub and restart, all over the recorded, deterministic event streams.
#include "session/session.h"
#include "session/step_text.h"

#include <algorithm>
#include <cmath>

namespace looplab {

namespace {

constexpr double pump_ahead_frames = 60.0;  // look-ahead horizon, in frames at the current speed
constexpr std::size_t max_step_history = 4096;  // steps that step back can undo exactly

// Events with time <= t: the stream is in time order, so a binary search.
std::size_t events_up_to(const run& r, virtual_time t) {
    const auto events = r.source().events();
    const auto it = std::upper_bound(events.begin(), events.end(), t,
                                     [](virtual_time value, const event& e) { return value < e.time; });
    return static_cast<std::size_t>(it - events.begin());
}

// The run whose next event a step reveals: the earlier event goes first; at equal times the runs take turns (the
// one that has shown fewer goes). next[i] is run i's next event time, if it has one.
std::optional<std::size_t> pick_next(std::span<const run> runs, std::span<const std::optional<virtual_time>> next) {
    std::optional<std::size_t> pick;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        if (!next[i]) continue;
        if (!pick || *next[i] < *next[*pick] ||
            (*next[i] == *next[*pick] && runs[i].visible_events < runs[*pick].visible_events))
            pick = i;
    }
    return pick;
}

}  // namespace

void session::advance(double wall_dt_ms) {
    m_script.advance(wall_dt_ms);  // one bounded slice of the user's script, then its own playback
    if (m_sweep.running()) {
        m_sweep.run_some(m_options.sweep_budget_per_frame);
        if (m_sweep.done()) announce("Monte Carlo sweep finished");
    }
    if (!m_playing || !std::isfinite(wall_dt_ms) || wall_dt_ms < 0.0) return;
    const auto end = static_cast<double>(end_us());
    m_cursor_us = std::min(m_cursor_us + wall_dt_ms / m_settings.scale * 1000.0, end);
    const auto t = static_cast<virtual_time>(std::floor(m_cursor_us));
    pump_to(t);
    reveal_up_to(t);
    pump_ahead(t + static_cast<virtual_time>(pump_ahead_frames * wall_dt_ms / m_settings.scale * 1000.0));
    if (m_cursor_us >= end && all_done_at_cursor()) m_playing = false;
    m_steps.clear();
    m_step_lines.clear();
    m_step_line.clear();
    after_cursor_move();
}

void session::play() {
    if (all_done_at_cursor()) restart();
    m_playing = true;
}

void session::pump_to(virtual_time t) {
    for (run& r : m_runs) {
        // Not `now() < t`: a step() can leave work due at now() (e.g. the rest of t = 0) unprocessed.
        run_source& source = r.source();
        const auto next = source.next_event_time();
        if (!source.done() && next && *next <= t) source.run_until(std::max(t, source.now()));
        r.ingest();
    }
}

// Look-ahead: runs scheduler steps due before horizon, a bounded number per frame, so that an instant where
// tens of thousands of timers fire at once (100,000 tasks at t = 1 ms) is spread over the frames before the
// cursor reaches it instead of stalling one frame. The streams are the same however the steps are cut.
void session::pump_ahead(virtual_time horizon) {
    for (run& r : m_runs) {
        std::uint32_t budget = m_options.pump_ahead_steps_per_frame;
        bool pumped = false;
        run_source& source = r.source();
        while (budget-- > 0 && !source.done()) {
            const auto next = source.next_event_time();
            if (!next || *next > horizon) break;
            source.step();
            pumped = true;
        }
        if (pumped) r.ingest();
    }
}

void session::reveal_up_to(virtual_time t) {
    for (run& r : m_runs) r.visible_events = events_up_to(r, t);
}

void session::run_all_to_end() {
    for (run& r : m_runs) {
        r.source().run_to_end();
        r.ingest();
    }
}

cursor_state session::cursor() const {
    cursor_state c;
    c.cursor_us = m_cursor_us;
    for (const run& r : m_runs) c.visible_events.push_back(r.visible_events);
    return c;
}

void session::restore(const cursor_state& c) {
    for (std::size_t i = 0; i < m_runs.size() && i < c.visible_events.size(); ++i)
        m_runs[i].visible_events = c.visible_events[i];
    m_cursor_us = c.cursor_us;
}

bool session::can_step_back() const noexcept {
    return std::any_of(m_runs.begin(), m_runs.end(), [](const run& r) { return r.visible_events > 0; });
}

void session::step() {
    m_playing = false;
    // Each run's next event: the next recorded one, or one pumped from the scheduler at the frontier.
    std::vector<std::optional<virtual_time>> next(m_runs.size());
    for (std::size_t i = 0; i < m_runs.size(); ++i) {
        run& r = m_runs[i];
        while (r.visible_events >= r.source().events().size() && r.source().step()) {}
        r.ingest();
        if (r.visible_events < r.source().events().size()) next[i] = r.source().events()[r.visible_events].time;
    }
    const auto pick = pick_next(m_runs, next);
    if (!pick) return;
    if (m_steps.size() >= max_step_history) {
        m_steps.erase(m_steps.begin());
        m_step_lines.erase(m_step_lines.begin());
    }
    m_steps.push_back(cursor());
    m_step_lines.push_back(m_step_line);
    run& r = m_runs[*pick];
    ++r.visible_events;
    m_step_line =
        std::string{r.source().labels().title} + ": " + describe_event(r.source().events(), r.visible_events - 1);
    m_cursor_us = std::max(m_cursor_us, static_cast<double>(*next[*pick]));
    after_cursor_move();
    announce(m_step_line);
}

void session::step_back() {
    m_playing = false;
    if (!m_steps.empty()) {
        restore(m_steps.back());
        m_steps.pop_back();
        m_step_line = std::move(m_step_lines.back());
        m_step_lines.pop_back();
        after_cursor_move();
        return;
    }
    // No step to undo (the cursor was played or scrubbed here): hide the latest visible event, the one that a step
    // from the state before it would have revealed, and put the cursor at the time of the latest one left.
    const cursor_state now = cursor();
    for (std::size_t i = 0; i < m_runs.size(); ++i) {
        if (now.visible_events[i] == 0) continue;
        cursor_state before = now;
        --before.visible_events[i];
        std::vector<std::optional<virtual_time>> next(m_runs.size());
        for (std::size_t j = 0; j < m_runs.size(); ++j) {
            m_runs[j].visible_events = before.visible_events[j];
            if (before.visible_events[j] < m_runs[j].source().events().size())
                next[j] = m_runs[j].source().events()[before.visible_events[j]].time;
        }
        if (pick_next(m_runs, next) != i) {
            restore(now);
            continue;
        }
        cursor_to_latest_visible();
        return;
    }
    // No state steps to this one (the runs' turns at one instant were cut differently): hide the latest event.
    std::optional<std::size_t> latest_run;
    for (std::size_t i = 0; i < m_runs.size(); ++i) {
        const run& r = m_runs[i];
        if (r.visible_events == 0) continue;
        const virtual_time t = r.source().events()[r.visible_events - 1].time;
        if (!latest_run || t >= m_runs[*latest_run].source().events()[m_runs[*latest_run].visible_events - 1].time)
            latest_run = i;
    }
    if (!latest_run) return;
    --m_runs[*latest_run].visible_events;
    cursor_to_latest_visible();
}

void session::cursor_to_latest_visible() {
    virtual_time latest = 0;
    for (const run& r : m_runs)
        if (r.visible_events > 0) latest = std::max(latest, r.source().events()[r.visible_events - 1].time);
    m_cursor_us = static_cast<double>(latest);
    after_cursor_move();
}

void session::scrub(double t_us) {
    m_playing = false;
    if (!std::isfinite(t_us)) return;
    m_cursor_us = std::clamp(t_us, 0.0, static_cast<double>(end_us()));
    const auto t = static_cast<virtual_time>(std::floor(m_cursor_us));
    pump_to(t);
    reveal_up_to(t);
    m_steps.clear();
    m_step_lines.clear();
    m_step_line.clear();
    after_cursor_move();
}

// Back to t = 0, paused: Restart never starts playing by itself (the next Play click plays, not pauses).
void session::restart() {
    m_cursor_us = 0.0;
    for (run& r : m_runs) r.visible_events = 0;
    m_playing = false;
    m_steps.clear();
    m_step_lines.clear();
    m_step_line.clear();
    after_cursor_move();
}

void session::after_cursor_move() {
    announce_progress();
    update_blocking_warning();
}

}  // namespace looplab
