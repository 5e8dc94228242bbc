// playground.h — the LoopLab playground: twin sequential/concurrent lanes with live Gantt timelines, controls,
// scrubbing, console/Python/Monte Carlo panels and trace export. All state lives in `playground` (owned by the app).
//
// Usage (once per frame, inside an ImGui frame for the draw):
//   looplab::ui::playground pg;                           // the app owns it; no statics anywhere
//   looplab::ui::playground_host host{.copy_to_clipboard = ..., .download = ..., .announce = ..., .share_url = ...};
//   looplab::ui::playground_apply(pg, settings_from_url);  // restart both lanes at t = 0
//   // each frame:
//   looplab::ui::playground_advance(pg, clamped_wall_dt_ms);
//   looplab::ui::draw_playground(pg, host, display_w, display_h);
//   if (looplab::ui::playground_settings_version(pg) != seen) rewrite_hash(looplab::ui::playground_current_settings(pg));
#pragma once

#include "core/experiment.h"
#include "core/params.h"
#include "ui/lane_index.h"
#include "ui/layout.h"
#include "ui/monte_carlo.h"

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace looplab::ui {

// What the panels ask of the platform; the app fills these (web: navigator.clipboard, Blob download, aria-live).
// Any of them may be empty: the panels then skip the action.
struct playground_host {
    std::function<void(std::string_view text)> copy_to_clipboard;  // puts text on the clipboard
    std::function<void(std::string_view filename, std::string_view mime, std::string_view data)>
        download;  // saves a file
    std::function<void(std::string_view line)> announce;  // plain-text screen-reader mirror (aria-live)
    std::function<std::string()> share_url;  // the page URL with the current hash
};

// Time scale limits and default: wall milliseconds per virtual millisecond (core's params.h documents them).
inline constexpr double default_ms_per_virtual_ms = default_scale;  // the seed's 9 tasks (Σ ≈ 6–18 ms) take 2.5–7 s
inline constexpr double min_ms_per_virtual_ms = min_scale;  // fastest
inline constexpr double max_ms_per_virtual_ms = max_scale;  // slowest

// Every user-settable parameter (what the URL hash carries).
struct playground_settings {
    experiment_config experiment;  // tasks, distribution, seed, limit, delays, blocking tasks
    double ms_per_virtual_ms = default_ms_per_virtual_ms;  // time scale: wall ms per virtual ms
};

// Corrects settings in place through core's validate_params (task count 1..max_tasks, delays, limit, blocking
// numbers, scale finite and in range); returns one notice per correction. Above max_tasks is refused.
std::vector<std::string> validate_settings(playground_settings& settings);

// One lane as the UI sees it: the core lane (pumped up to its frontier), its index, and the cursor.
struct lane_view {
    std::unique_ptr<lane> run;  // the core lane; its now() is the live frontier
    lane_index index;  // spans and finishes of every event recorded so far
    std::size_t visible_events = 0;  // the cursor as an event count: events[0, visible_events) have happened
    std::size_t announced_finishes = 0;  // finish lines already sent to host.announce
    std::size_t shown_finishes = 0;  // finish lines the finish-order list showed last frame (auto-scroll)
    bool announced_done = false;  // the lane's total was announced
    virtual_time total_us = never;  // the run's total once it is done (cached: lane::total() is O(N))
};

// Which lane: index into playground::lanes.
enum class lane_id : std::uint8_t { sequential = 0, concurrent = 1 };

// A widget's last drawn rectangle in ImGui coordinates (for browser tests).
struct widget_rect {
    ui_rect rect;  // where it was
    bool visible = false;  // drawn in the last frame (false: e.g. on a tab that is not selected)
};

// The rectangles browser tests click and type into.
struct playground_widgets {
    widget_rect task_count_input;  // typed task count
    widget_rect delays_input;  // typed explicit delays
    widget_rect task_count_slider;  // task count slider
    widget_rect play_button;  // play / pause
    widget_rect step_button;  // step one event
    widget_rect restart_button;  // restart at t = 0
    widget_rect download_trace_button;  // "Download trace"
    widget_rect copy_link_button;  // "Copy link"
    widget_rect scrub_slider;  // the time slider
    widget_rect copy_output_button;  // console: "Copy output"
    widget_rect copy_script_button;  // Python: "Copy script"
    widget_rect fit_scale_button;  // "Fit run to 5 s"
    widget_rect settings_tab;  // narrow layout: the Settings tab
    widget_rect lanes_tab;  // narrow layout: the Lanes tab
};

// One window as placed in the last frame.
struct window_record {
    const char* name = "";  // window title
    ui_rect rect;  // position and size read back from ImGui after Begin
};

// Tabs of the narrow layout and of the wide layout's output window.
enum class playground_tab : std::uint8_t { lanes, settings, console, python, monte_carlo };

// All UI and model state of the playground.
struct playground {
    playground_settings settings;  // applied settings
    experiment_plan plan;  // the resolved delays of the current run
    virtual_duration sum_of_delays = 0;  // Σ delays (= the sequential total)
    virtual_duration max_delay = 0;  // largest delay (= the unlimited concurrent total)
    virtual_duration blocking_sum = 0;  // Σ delays of the blocking tasks (they hold the concurrent loop)
    std::array<lane_view, 2> lanes;  // [sequential, concurrent]
    double cursor_us = 0.0;  // the now-cursor in virtual µs (fractional while playing)
    bool playing = true;  // virtual time advances with wall time
    bool started = false;  // playground_apply ran at least once
    bool keyboard_navigation = false;  // Tab/arrows navigate the windows (the web page routes the conflicting keys)
    std::uint64_t settings_version = 0;  // bumped on every user change of a setting
    std::size_t event_log_cap = default_event_log_cap;  // per lane; past it the timeline is truncated
    std::uint32_t pump_ahead_steps_per_frame = 4096;  // look-ahead scheduler steps per lane and frame
    std::vector<std::string> notices;  // visible notices (URL corrections, refusals), newest last
    std::vector<std::string> announcements;  // queued for host.announce, flushed by draw_playground
    bool announced_speedup = false;  // the speedup line was announced

    // Edit buffers of the typed controls, refilled from the settings whenever they change.
    std::array<char, 24> task_count_text{};  // typed task count
    std::array<char, 24> seed_text{};  // typed seed
    std::array<char, 128> blocking_text{};  // typed blocking task numbers ("3" or "3,7")
    std::string delays_text;  // typed explicit delays in ms ("1,0,2")
    bool edits_stale = true;  // the buffers need refilling

    // Panels.
    std::string python_script;  // cached Python script of the current run
    std::vector<std::uint32_t> python_lines;  // offsets of its lines
    bool python_ready = false;  // the cache matches the current run
    monte_carlo sweep;  // the Monte Carlo panel's sweep
    int sweep_seed_choice = 1;  // 0: 100 seeds, 1: 1,000, 2: 10,000
    std::uint64_t sweep_budget_per_frame = 60'000;  // Monte Carlo work units per frame
    playground_tab requested_tab = playground_tab::lanes;  // a tab to select on the next frame
    bool tab_request_pending = false;  // requested_tab is to be applied
    playground_tab current_tab = playground_tab::lanes;  // narrow layout: the tab shown last frame

    // What the last frame drew (for tests and the state JSON).
    playground_layout layout;  // window rectangles computed from the display size
    std::array<window_record, 6> windows{};  // windows actually drawn, read back from ImGui
    std::size_t window_count = 0;  // entries of windows in use
    playground_widgets widgets;  // key widget rectangles
    std::string blocking_warning;  // asyncio-style slow-callback warning, if shown
    int blocking_python_line = 0;  // line of the blocking time.sleep in the Python script (0: not yet known)
};

// Restarts both lanes at t = 0 with these settings (validated; corrections become notices). Does not bump the
// settings version unless a value had to be corrected.
void playground_apply(playground& pg, const playground_settings& settings);

// Playback: when playing, advances virtual time by wall_dt_ms / ms_per_virtual_ms and pumps the lanes. Also
// runs a slice of a pending Monte Carlo sweep.
void playground_advance(playground& pg, double wall_dt_ms);

// Builds the whole UI into the current ImGui frame, sized to the display; handles keys and flushes announcements.
void draw_playground(playground& pg, playground_host& host, float display_w, float display_h);

// Increments whenever the user changes a setting (the app rewrites the URL hash).
std::uint64_t playground_settings_version(const playground& pg);

// The settings in effect.
const playground_settings& playground_current_settings(const playground& pg);

// Shows a notice in the panel (and announces it). The newest 8 are kept.
void playground_show_notice(playground& pg, std::string text);

// The observable state as one JSON object (lanes, settings, cursor, notices, widget and window rectangles).
std::string playground_state_json(const playground& pg);

// Runs a command: "play", "pause", "toggle", "step", "restart", "end", "scrub:<virtual µs>",
// "scenario:<name>", "tab:<lanes|settings|console|python|monte_carlo>", "sweep" (starts the Monte Carlo sweep).
// Unknown verbs become a notice.
void playground_command(playground& pg, std::string_view verb);

// -- model operations the panels and tests use --

// Moves the cursor one scheduler event forward (the earlier of the two lanes' next events) and pauses.
void playground_step(playground& pg);
// Moves the cursor to virtual time t_us (clamped to the run) and pauses; pumps the lanes if it lies ahead.
void playground_scrub(playground& pg, double t_us);
// Replays from t = 0 (the recorded streams are deterministic, so nothing is re-run) and plays.
void playground_restart(playground& pg);
// Applies settings changed by the user: restart, and bump the settings version.
void playground_user_change(playground& pg, const playground_settings& settings);
// The end of the run's time range, virtual µs (the sequential total, Σ delays).
virtual_time playground_end_us(const playground& pg);
// Tasks whose finish is visible at the cursor in a lane (its finish-order prefix).
std::size_t playground_finished_count(const playground& pg, lane_id which);
// The lane finished at the cursor.
bool playground_lane_done(const playground& pg, lane_id which);
// Runs both lanes to their end (the frontier only; the cursor stays) and returns the complete result.
experiment_result playground_complete_result(playground& pg);
// The Chrome Trace Event JSON of the complete run (both lanes).
std::string playground_trace_json(playground& pg);
// Σ / max of the visible totals once both lanes are done at the cursor, else 0 (infinity if max is 0).
double playground_speedup(const playground& pg);
// Queues a line for host.announce.
void playground_announce(playground& pg, std::string line);
// Reads a lane's newly recorded events into its index (and caches its total once it is done).
void playground_ingest(lane_view& v);

}  // namespace looplab::ui
