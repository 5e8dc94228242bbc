// session.h — the playground's model, ImGui-free: the settings and the plan, the runs being shown (each with one
// event index), the cursor and playback, the derived facts (totals, speedup, blocking warning, announcements,
// cached reports) and the Monte Carlo sweep. Only apply() and advance() change it; the UI reads it and emits
// session_commands.
//
// Usage:
//   looplab::session s{settings};                        // both lanes built and pumped to t = 0
//   // each frame:
//   s.advance(clamped_wall_dt_ms);                        // playback and a slice of the sweep
//   ui::draw_playground(s, view, w, h);                   // reads s, pushes commands into view.commands
//   for (const looplab::session_command& c : view.take_commands()) s.apply(c);
//   looplab::deliver(s, host);                            // announcements, clipboard and download requests
//   if (s.settings_version() != seen) rewrite_hash(s.settings());
//   s.apply(looplab::script_view_command{looplab::script_load{text}});   // the Script view (s.script())
// A run is "tasks, spans, printed lines, totals" (run.h), whatever produced it: a second kind (a user's script,
// whose tasks come from the same core event stream) is one more run_source, and the panels that draw runs()
// stay as they are. The experiment's own facts (plan, Σ vs max, Python script) sit beside the runs.
#pragma once

#include "core/experiment.h"
#include "core/params.h"
#include "core/report.h"
#include "session/monte_carlo.h"
#include "session/playback.h"
#include "session/run.h"
#include "session/script_session.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <variant>
#include <vector>

namespace looplab {

// Every user-settable parameter (what the URL hash carries).
struct session_settings {
    experiment_config experiment;  // tasks, distribution, seed, limit, delays, blocking tasks
    double scale = default_scale;  // time scale: wall ms per virtual ms (core's params.h gives the limits)
    friend bool operator==(const session_settings&, const session_settings&) = default;  // field-wise
};

// Sizes and budgets, fixed for the session's life (tests shrink them).
struct session_options {
    std::size_t event_log_cap = default_event_log_cap;  // per run; past it the timeline is truncated
    std::uint32_t pump_ahead_steps_per_frame = 4096;  // look-ahead scheduler steps per run and frame
    std::uint64_t sweep_budget_per_frame = 60'000;  // Monte Carlo work units per frame
    script_options script;  // the Script view's budgets
};

// -- commands --

// A user change: restarts both runs at t = 0 and bumps the settings version once. Problems found while reading
// the values (e.g. a typed field) become notices, and so do validate_params's corrections.
struct change_settings {
    session_settings settings;  // the new settings
    std::vector<param_problem> problems;  // already found
};
// Settings from a link: restarts both runs at t = 0; the version bumps only if a value had to be corrected.
struct load_settings {
    session_settings settings;  // the link's settings
    std::vector<param_problem> problems;  // the link parser's corrections
};
// Changes only the playback speed (the run stays); bumps the settings version.
struct set_scale {
    double scale = default_scale;  // wall ms per virtual ms, clamped to the limits
};
// Sets the scale that plays the whole run in 5 s (no-op for a run of 0 ms).
struct fit_scale {};
// Starts the Monte Carlo sweep with the current distribution, limit and seed.
struct start_sweep {
    std::uint32_t seeds = 1000;  // runs per N
};
// Stops the sweep where it is.
struct cancel_sweep {};
// Shows a notice (and announces it).
struct show_notice {
    std::string text;  // plain text
};
// Removes one notice.
struct dismiss_notice {
    std::size_t index = 0;  // into notices()
};
// Builds the Python script of the current run (python_script() then returns it).
struct prepare_python {};
// What to hand to the host.
enum class report : std::uint8_t {
    console_to_clipboard,  // the seed's printed lines of the whole run
    python_to_clipboard,  // the Python script of the run
    link_to_clipboard,  // the page's URL (the host knows it)
    trace_download,  // the Chrome trace JSON of the whole run, as a file
};
// Asks for a report; it is queued for the host (take_host_requests) and announced.
struct export_report {
    report what = report::trace_download;  // which one
};

// A command for the Script view (its own playback and scrub, load, Run, Stop); the lanes' cursor stays.
struct script_view_command {
    script_command command;  // what the Script view is asked to do
};

// "Open in editor": hands the Python script of the current run to the host, which opens it in the Script view.
struct open_in_editor {};

// Everything the session can be asked to do.
using session_command =
    std::variant<playback, scrub_to, change_settings, load_settings, set_scale, fit_scale, start_sweep, cancel_sweep,
                 show_notice, dismiss_notice, prepare_python, export_report, script_view_command, open_in_editor>;

// The cursor's position over the runs (what step back restores).
struct cursor_state {
    std::vector<std::size_t> visible_events;  // per run
    double cursor_us = 0.0;  // virtual µs
    friend bool operator==(const cursor_state&, const cursor_state&) = default;  // field-wise
};

// The playground's model.
class session {
public:
    session();  // the default settings (the blog post)
    explicit session(const session_settings& settings, const session_options& options = {});  // validated
    session(const session&) = delete;
    session& operator=(const session&) = delete;

    void apply(const session_command& command);  // the only way, besides advance, to change the model
    // Playback: when playing, advances virtual time by wall_dt_ms / scale and pumps the runs; also runs a slice of
    // a pending Monte Carlo sweep and one bounded slice of the Script view's script (then its playback).
    void advance(double wall_dt_ms);
    std::vector<std::string> take_announcements();  // lines for the aria-live mirror, oldest first
    std::vector<host_request> take_host_requests();  // clipboard and download requests, oldest first

    // -- settings and runs --
    const session_settings& settings() const noexcept { return m_settings; }  // in effect (validated)
    const experiment_plan& plan() const noexcept { return m_plan; }  // the resolved delays of the current run
    std::uint64_t settings_version() const noexcept { return m_version; }  // bumped once per user change
    std::uint64_t generation() const noexcept { return m_generation; }  // bumped whenever the runs are rebuilt
    const session_options& options() const noexcept { return m_options; }  // sizes and budgets
    std::span<const run> runs() const noexcept { return m_runs; }  // [sequential, concurrent]
    const run& lane_run(lane_mode which) const noexcept { return m_runs[static_cast<std::size_t>(which)]; }

    // -- cursor and playback --
    double cursor_us() const noexcept { return m_cursor_us; }  // the now-cursor, virtual µs
    bool playing() const noexcept { return m_playing; }  // virtual time advances with wall time
    cursor_state cursor() const;  // the cursor over every run
    bool can_step_back() const noexcept;  // some event is visible
    // What the last step revealed ("Concurrent: t = 1.000 ms: Task 3 wakes up (its 1 ms sleep ended)"); empty
    // after any other move. Step back brings back the line of the step before.
    const std::string& step_line() const noexcept { return m_step_line; }

    // -- derived facts --
    virtual_duration sum_of_delays() const noexcept { return m_sum_of_delays; }  // = the sequential total
    virtual_duration max_delay() const noexcept { return m_max_delay; }  // = the unlimited concurrent total
    virtual_time end_us() const noexcept;  // end of the run's time range (the longest total, at least Σ)
    bool all_done_at_cursor() const noexcept;  // every run finished at the cursor
    double speedup() const noexcept;  // Σ / concurrent total once all are done at the cursor, else 0 (inf if 0 ms)
    virtual_time axis_end_us(std::size_t run_index) const noexcept;  // right edge of that run's time axis
    const std::string& blocking_warning() const noexcept { return m_blocking_warning; }  // asyncio's, or empty
    int blocking_python_line() const noexcept { return m_blocking_line; }  // its line in the script (0: none)
    std::span<const std::string> notices() const noexcept { return m_notices; }  // newest last, at most 8
    const python_script* python() const noexcept { return m_python ? &*m_python : nullptr; }  // once prepared
    std::span<const std::size_t> python_line_starts() const noexcept { return m_python_lines; }  // line offsets
    std::string trace_filename() const;  // "looplab-trace-9-tasks-seed-4902.json"
    const monte_carlo& sweep() const noexcept { return m_sweep; }  // the Monte Carlo sweep
    const script_session& script() const noexcept { return m_script; }  // the Script view's model

    // -- whole-run reports (run the sources to their end; the cursor stays) --
    std::string trace_json();  // the Chrome trace of every run
    std::string console_text();  // the seed's output of the whole run
    const python_script& prepared_python();  // builds the script once per run (what prepare_python does)

private:
    void rebuild(session_settings settings, const std::vector<param_problem>& problems, bool user_change);
    void play();
    void step();
    void step_back();
    void restore(const cursor_state& c);
    void cursor_to_latest_visible();
    void scrub(double t_us);
    void restart();
    void pump_to(virtual_time t);
    void pump_ahead(virtual_time horizon);
    void reveal_up_to(virtual_time t);
    void run_all_to_end();
    void after_cursor_move();
    void announce_progress();
    void update_blocking_warning();
    void notice(std::string text);
    void announce(std::string line);
    experiment_result complete_result();

    session_options m_options;
    session_settings m_settings;
    experiment_plan m_plan;
    std::vector<run> m_runs;  // [sequential, concurrent]
    double m_cursor_us = 0.0;
    std::vector<cursor_state> m_steps;  // cursors before each step since the last other move (step back)
    std::vector<std::string> m_step_lines;  // the step line before each of m_steps
    std::string m_step_line;  // what the last step revealed
    bool m_playing = true;
    std::uint64_t m_version = 0;
    std::uint64_t m_generation = 0;
    virtual_duration m_sum_of_delays = 0;
    virtual_duration m_max_delay = 0;
    virtual_duration m_blocking_sum = 0;  // Σ delays of the blocking tasks (they hold the concurrent loop)
    std::string m_blocking_warning;
    int m_blocking_line = 0;
    std::vector<std::string> m_notices;
    std::vector<std::string> m_announcements;
    std::vector<std::size_t> m_announced_finishes;  // per run: finish lines already announced
    std::vector<bool> m_announced_done;  // per run: its total was announced
    bool m_announced_speedup = false;
    std::vector<host_request> m_requests;
    std::optional<python_script> m_python;
    std::vector<std::size_t> m_python_lines;
    monte_carlo m_sweep;
    script_session m_script;
};

// The session's observable state as JSON object members (lanes, settings, cursor, notices, warning, sweep),
// without the braces, so the UI can add its widgets and windows.
std::string session_state_json_members(const session& s);

}  // namespace looplab
