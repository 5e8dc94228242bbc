// playground.cpp — the playground's model: settings, the twin lanes pumped up to a live frontier, and a cursor
// (virtual time plus an event count per lane) that plays, steps and scrubs over the recorded streams.
#include "ui/playground.h"

#include "core/params.h"
#include "ui/scenarios.h"
#include "ui/trace_export.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace looplab::ui {

namespace {

constexpr std::size_t max_notices = 8;
constexpr std::size_t max_queued_announcements = 64;
constexpr std::size_t finish_lines_announced_one_by_one = 8;
constexpr double pump_ahead_frames = 60.0;  // look-ahead horizon, in frames at the current speed

lane_view& view(playground& pg, lane_id which) { return pg.lanes[static_cast<std::size_t>(which)]; }
const lane_view& view(const playground& pg, lane_id which) { return pg.lanes[static_cast<std::size_t>(which)]; }
const char* lane_title(lane_id which) { return which == lane_id::sequential ? "Sequential" : "Concurrent"; }

std::string ms_text(virtual_duration us) {
    char text[48];
    std::snprintf(text, sizeof text, "%.3f ms", static_cast<double>(us) / 1000.0);
    return text;
}

// Events with time <= t: the stream is in time order, so a binary search.
std::size_t events_up_to(const lane_view& v, virtual_time t) {
    const auto events = v.run->events();
    const auto it = std::upper_bound(events.begin(), events.end(), t,
                                     [](virtual_time value, const event& e) { return value < e.time; });
    return static_cast<std::size_t>(it - events.begin());
}

void pump_to(playground& pg, virtual_time t) {
    for (lane_view& v : pg.lanes) {
        // Not `now() < t`: a step() can leave work due at now() (e.g. the rest of t = 0) unprocessed.
        const auto next = v.run->next_event_time();
        if (!v.run->done() && next && *next <= t) v.run->run_until(std::max(t, v.run->now()));
        playground_ingest(v);
    }
}

// Look-ahead: runs scheduler steps due before horizon, a bounded number per frame, so that an instant where
// tens of thousands of timers fire at once (100,000 tasks at t = 1 ms) is spread over the frames before the
// cursor reaches it instead of stalling one frame. The streams are the same however the steps are cut.
void pump_ahead(playground& pg, virtual_time horizon) {
    for (lane_view& v : pg.lanes) {
        std::uint32_t budget = pg.pump_ahead_steps_per_frame;
        bool pumped = false;
        while (budget-- > 0 && !v.run->done()) {
            const auto next = v.run->next_event_time();
            if (!next || *next > horizon) break;
            v.run->step();
            pumped = true;
        }
        if (pumped) playground_ingest(v);
    }
}

void reveal_up_to(playground& pg, virtual_time t) {
    for (lane_view& v : pg.lanes) v.visible_events = events_up_to(v, t);
}

void ensure_started(playground& pg) {
    if (!pg.started) playground_apply(pg, playground_settings{});
}

bool run_finished_at_cursor(const playground& pg) {
    return playground_lane_done(pg, lane_id::sequential) && playground_lane_done(pg, lane_id::concurrent);
}

// Sends finish lines, lane totals and the speedup to the aria-live queue as they become visible. Big jumps
// (fast playback of many tasks, scrubbing) are summarised instead of flooding the screen reader.
void announce_progress(playground& pg) {
    for (const lane_id which : {lane_id::sequential, lane_id::concurrent}) {
        lane_view& v = view(pg, which);
        const std::size_t now_done = v.index.finished_before(v.visible_events);
        if (now_done < v.announced_finishes) {  // scrubbed back or restarted: quietly rewind
            v.announced_finishes = now_done;
            v.announced_done = false;
            pg.announced_speedup = false;
        }
        const auto finishes = v.index.finishes();
        if (now_done > v.announced_finishes) {
            if (now_done - v.announced_finishes <= finish_lines_announced_one_by_one) {
                for (std::size_t i = v.announced_finishes; i < now_done; ++i)
                    playground_announce(
                        pg, std::string{lane_title(which)} + ": Task " + std::to_string(finishes[i].task) + " done");
            } else {
                playground_announce(pg, std::string{lane_title(which)} + ": " + std::to_string(now_done) + " of " +
                                            std::to_string(v.run->task_count()) + " tasks done, latest Task " +
                                            std::to_string(finishes[now_done - 1].task));
            }
            v.announced_finishes = now_done;
        }
        if (!v.announced_done && now_done == v.run->task_count()) {
            v.announced_done = true;
            playground_announce(pg, std::string{lane_title(which)} + " lane finished: total " + ms_text(v.total_us) +
                                        (which == lane_id::sequential ? " (the sum of the delays)" : ""));
        }
    }
    if (!pg.announced_speedup && run_finished_at_cursor(pg)) {
        pg.announced_speedup = true;
        const double speedup = playground_speedup(pg);
        char text[160];
        if (std::isfinite(speedup))
            std::snprintf(text, sizeof text, "Speedup: sum %.3f ms / max %.3f ms = %.2f times",
                          static_cast<double>(pg.sum_of_delays) / 1000.0,
                          static_cast<double>(view(pg, lane_id::concurrent).total_us) / 1000.0, speedup);
        else
            std::snprintf(text, sizeof text, "Speedup: every delay was 0, both lanes took 0 ms");
        playground_announce(pg, text);
    }
}

std::optional<playground_tab> parse_tab(std::string_view name) {
    if (name == "lanes") return playground_tab::lanes;
    if (name == "settings") return playground_tab::settings;
    if (name == "console") return playground_tab::console;
    if (name == "python") return playground_tab::python;
    if (name == "monte_carlo") return playground_tab::monte_carlo;
    return std::nullopt;
}

}  // namespace

std::vector<std::string> validate_settings(playground_settings& s) {
    // Core's one validator for all outside input (URL, CLI, panel): same limits and messages everywhere.
    std::vector<std::string> notices;
    for (const param_problem& problem : validate_params(s.experiment, s.ms_per_virtual_ms))
        notices.push_back(url_message(problem));
    s.experiment.record_events = true;  // the timeline is built from the event stream
    return notices;
}

void playground_apply(playground& pg, const playground_settings& settings) {
    pg.settings = settings;
    const std::vector<std::string> corrections = validate_settings(pg.settings);
    for (const std::string& notice : corrections) playground_show_notice(pg, notice);
    if (!corrections.empty()) ++pg.settings_version;

    // Old lanes first, so the memory of a 100,000-task run is given back before the next is built.
    for (lane_view& v : pg.lanes) v.run.reset();
    pg.plan = make_plan(pg.settings.experiment);
    pg.sum_of_delays = 0;
    pg.max_delay = 0;
    for (virtual_duration d : pg.plan.delays) {
        pg.sum_of_delays += d;
        pg.max_delay = std::max(pg.max_delay, d);
    }
    for (const lane_id which : {lane_id::sequential, lane_id::concurrent}) {
        lane_view& v = view(pg, which);
        v.run = std::make_unique<lane>(pg.plan,
                                       which == lane_id::sequential ? lane_mode::sequential : lane_mode::concurrent);
        v.index.reset(v.run->task_count(), pg.event_log_cap);
        v.visible_events = 0;
        v.announced_finishes = 0;
        v.shown_finishes = 0;
        v.announced_done = false;
        v.total_us = never;
    }
    pg.blocking_sum = 0;
    for (std::size_t i = 0; i < pg.plan.blocking.size(); ++i)
        if (pg.plan.blocking[i]) pg.blocking_sum += pg.plan.delays[i];
    pg.announced_speedup = false;
    pg.cursor_us = 0.0;
    pg.playing = true;
    pg.started = true;
    pg.edits_stale = true;
    pg.python_ready = false;
    pg.blocking_warning.clear();
    pg.blocking_python_line = 0;
    pump_to(pg, 0);  // everything at t = 0 is recorded; it becomes visible as the cursor moves
}

void playground_user_change(playground& pg, const playground_settings& settings) {
    playground_apply(pg, settings);
    ++pg.settings_version;
}

void playground_advance(playground& pg, double wall_dt_ms) {
    ensure_started(pg);
    if (pg.sweep.running()) {
        pg.sweep.run_some(pg.sweep_budget_per_frame);
        if (pg.sweep.done()) playground_announce(pg, "Monte Carlo sweep finished");
    }
    if (!pg.playing || !std::isfinite(wall_dt_ms) || wall_dt_ms < 0.0) return;
    const auto end = static_cast<double>(playground_end_us(pg));
    pg.cursor_us = std::min(pg.cursor_us + wall_dt_ms / pg.settings.ms_per_virtual_ms * 1000.0, end);
    const auto t = static_cast<virtual_time>(std::floor(pg.cursor_us));
    pump_to(pg, t);
    reveal_up_to(pg, t);
    pump_ahead(pg,
               t + static_cast<virtual_time>(pump_ahead_frames * wall_dt_ms / pg.settings.ms_per_virtual_ms * 1000.0));
    if (pg.cursor_us >= end && run_finished_at_cursor(pg)) pg.playing = false;
    announce_progress(pg);
}

void playground_step(playground& pg) {
    ensure_started(pg);
    pg.playing = false;
    // Each lane's next event: the next recorded one, or one pumped from the scheduler at the frontier.
    std::array<std::optional<virtual_time>, 2> next{};
    for (std::size_t i = 0; i < pg.lanes.size(); ++i) {
        lane_view& v = pg.lanes[i];
        while (v.visible_events >= v.run->events().size() && v.run->step()) {}
        playground_ingest(v);
        if (v.visible_events < v.run->events().size()) next[i] = v.run->events()[v.visible_events].time;
    }
    if (!next[0] && !next[1]) return;
    // The earlier event goes first; at equal times the lanes take turns (the one that has shown fewer goes).
    std::size_t pick = 0;
    if (!next[0])
        pick = 1;
    else if (next[1] &&
             (*next[1] < *next[0] || (*next[1] == *next[0] && pg.lanes[1].visible_events < pg.lanes[0].visible_events)))
        pick = 1;
    lane_view& chosen = pg.lanes[pick];
    ++chosen.visible_events;
    pg.cursor_us = std::max(pg.cursor_us, static_cast<double>(*next[pick]));
    announce_progress(pg);
}

void playground_scrub(playground& pg, double t_us) {
    ensure_started(pg);
    pg.playing = false;
    if (!std::isfinite(t_us)) return;
    pg.cursor_us = std::clamp(t_us, 0.0, static_cast<double>(playground_end_us(pg)));
    const auto t = static_cast<virtual_time>(std::floor(pg.cursor_us));
    pump_to(pg, t);
    reveal_up_to(pg, t);
    announce_progress(pg);
}

void playground_restart(playground& pg) {
    ensure_started(pg);
    pg.cursor_us = 0.0;
    for (lane_view& v : pg.lanes) v.visible_events = 0;
    pg.playing = true;
    announce_progress(pg);
}

virtual_time playground_end_us(const playground& pg) {
    virtual_time end = pg.sum_of_delays;  // the sequential total; the concurrent lane never takes longer
    for (const lane_view& v : pg.lanes)
        if (v.total_us != never) end = std::max(end, v.total_us);
    return end;
}

std::size_t playground_finished_count(const playground& pg, lane_id which) {
    const lane_view& v = view(pg, which);
    return v.run ? v.index.finished_before(v.visible_events) : 0;
}

bool playground_lane_done(const playground& pg, lane_id which) {
    const lane_view& v = view(pg, which);
    return v.run && playground_finished_count(pg, which) == v.run->task_count();
}

double playground_speedup(const playground& pg) {
    if (!run_finished_at_cursor(pg)) return 0.0;
    const auto concurrent_total = static_cast<double>(view(pg, lane_id::concurrent).total_us);
    const auto sequential_total = static_cast<double>(view(pg, lane_id::sequential).total_us);
    if (concurrent_total <= 0.0) return HUGE_VAL;  // every delay was 0
    return sequential_total / concurrent_total;
}

experiment_result playground_complete_result(playground& pg) {
    ensure_started(pg);
    experiment_result r;
    r.config = pg.settings.experiment;
    r.plan = pg.plan;
    for (const lane_id which : {lane_id::sequential, lane_id::concurrent}) {
        lane_view& v = view(pg, which);
        v.run->run_to_end();
        playground_ingest(v);
        lane_result& out = which == lane_id::sequential ? r.sequential : r.concurrent;
        out.start.assign(v.run->start_times().begin(), v.run->start_times().end());
        out.finish.assign(v.run->finish_times().begin(), v.run->finish_times().end());
        out.finish_order.assign(v.run->finish_order().begin(), v.run->finish_order().end());
        out.total = v.total_us;  // events are left out: the reports here do not need them
    }
    return r;
}

std::string playground_trace_json(playground& pg) {
    (void)playground_complete_result(pg);
    const lane& sequential = *view(pg, lane_id::sequential).run;
    const lane& concurrent = *view(pg, lane_id::concurrent).run;
    const trace_lane lanes[] = {{"Sequential lane (synchronous)", sequential.events(), sequential.task_count()},
                                {"Concurrent lane (asyncio gather)", concurrent.events(), concurrent.task_count()}};
    return chrome_trace_json(lanes);
}

void playground_ingest(lane_view& v) {
    v.index.ingest(v.run->events());
    if (v.total_us == never && v.run->done()) v.total_us = v.run->total();
}

std::uint64_t playground_settings_version(const playground& pg) { return pg.settings_version; }

const playground_settings& playground_current_settings(const playground& pg) { return pg.settings; }

void playground_show_notice(playground& pg, std::string text) {
    playground_announce(pg, "Notice: " + text);
    pg.notices.push_back(std::move(text));
    if (pg.notices.size() > max_notices) pg.notices.erase(pg.notices.begin());
}

void playground_announce(playground& pg, std::string line) {
    if (pg.announcements.size() >= max_queued_announcements) pg.announcements.erase(pg.announcements.begin());
    pg.announcements.push_back(std::move(line));
}

void playground_command(playground& pg, std::string_view verb) {
    ensure_started(pg);
    const auto argument = [&](std::string_view prefix) { return verb.substr(prefix.size()); };
    if (verb == "play") {
        if (run_finished_at_cursor(pg)) playground_restart(pg);
        pg.playing = true;
    } else if (verb == "pause") {
        pg.playing = false;
    } else if (verb == "toggle") {
        playground_command(pg, pg.playing ? "pause" : "play");
    } else if (verb == "step") {
        playground_step(pg);
    } else if (verb == "restart") {
        playground_restart(pg);
    } else if (verb == "end") {
        playground_scrub(pg, static_cast<double>(playground_end_us(pg)));
    } else if (verb.starts_with("scrub:")) {
        const std::string_view text = argument("scrub:");
        // NOTE: emscripten 3.1.6's libc++ has no floating-point from_chars, hence strtod on a copy.
        const std::string copy{text.substr(0, 64)};
        char* end = nullptr;
        const double t = copy.empty() ? std::nan("") : std::strtod(copy.c_str(), &end);
        if (std::isfinite(t) && end == copy.c_str() + copy.size())
            playground_scrub(pg, t);
        else
            playground_show_notice(pg, "scrub: '" + copy + "' is not a time in microseconds");
    } else if (verb.starts_with("scenario:")) {
        playground_settings s;
        if (scenario_settings(argument("scenario:"), s))
            playground_user_change(pg, s);
        else
            playground_show_notice(pg,
                                   "scenario: unknown name '" + std::string{argument("scenario:").substr(0, 40)} + "'");
    } else if (verb == "sweep") {
        constexpr std::uint32_t seed_choices[] = {100, 1000, 10000};
        const auto choice = static_cast<std::size_t>(std::clamp(pg.sweep_seed_choice, 0, 2));
        pg.sweep.start(monte_carlo_config{.seeds = seed_choices[choice],
                                          .base_seed = pg.settings.experiment.seed,
                                          .distribution = pg.settings.experiment.distribution,
                                          .limit = pg.settings.experiment.limit,
                                          .max_tasks = 1000});
        playground_announce(pg, "Monte Carlo sweep started");
    } else if (verb.starts_with("tab:")) {
        if (const auto tab = parse_tab(argument("tab:"))) {
            pg.requested_tab = *tab;
            pg.tab_request_pending = true;
        } else {
            playground_show_notice(pg, "tab: unknown name '" + std::string{argument("tab:").substr(0, 40)} + "'");
        }
    } else {
        playground_show_notice(pg, "unknown command '" + std::string{verb.substr(0, 40)} + "'");
    }
}

}  // namespace looplab::ui
