// script_session.h — the Script view's model: the user's script text, its run (a script_source in a run, with the
// one event index), the cursor and playback (the lanes' verbs), typed commands. ImGui-free; only apply() and
// advance() change it.
//
// Usage:
//   looplab::script_session s;
//   s.apply(looplab::script_load{text});                 // sets the text and runs it from t = 0
//   s.apply(looplab::script_start{seed});                 // Run: restarts with the page's seed
//   // each frame:
//   s.advance(wall_dt_ms);                                // a bounded slice of instructions, then playback
//   for (std::uint32_t row = 1; row <= s.current().task_count(); ++row)
//       s.current().index().for_each_span(row, s.current().visible_events, s.cursor_us(), draw_span);
//   s.apply(looplab::playback::step);                     // the same verbs as the lanes (session.h)
// A program that never ends runs a slice per advance() and says so (still_running(), now_us()); script_stop ends it.
#pragma once

#include "python/interpreter.h"
#include "session/host_request.h"
#include "session/playback.h"
#include "session/run.h"
#include "session/script_source.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace looplab {

// Sizes and budgets of the Script view (tests shrink them).
struct script_options {
    std::uint64_t instructions_per_advance = 20'000;  // a frame's slice: `while True: pass` never freezes the page
    // A frame's slice also ends once slice_ms of wall time has passed on the host's clock (checked every
    // slice_check_instructions); without a clock (tests, the CLI) slices count instructions only.
    double (*wall_clock_ms)() = nullptr;
    double slice_ms = 8.0;
    std::uint64_t slice_check_instructions = 2'000;
    std::uint64_t instruction_budget = 200'000'000;  // the whole run; past it the run stops with a message
    std::size_t memory_budget = std::size_t{256} << 20;  // bytes of Python objects
    std::size_t output_cap = std::size_t{4} << 20;  // bytes of printed output
    std::size_t event_log_cap = default_event_log_cap;  // spans kept
    double scale = 400.0;  // wall ms per virtual ms while playing
};

// Sets the script's text and runs it from t = 0 (with the seed of the last run).
struct script_load {
    std::string text;  // UTF-8 (invalid bytes are the interpreter's to report)
};
// Run: restarts the script at t = 0 with this seed (unseeded `random` draws from it).
struct script_start {
    std::uint64_t seed = python::default_seed;  // the page's seed
};
// Stop: ends the run where it is.
struct script_stop {};
// What the Script view hands to the host (script_share.h builds each request).
enum class script_report : std::uint8_t {
    link_to_clipboard,  // a `#code=` link of the script (the host compresses it; one too long gets a notice)
    script_download,  // the script as script.py
    trace_download,  // the run's tasks so far as a Chrome trace, rows named as the Script view names them
    file_to_open,  // the host's file picker: the file chosen opens as a dropped file does
};
// Asks for a report; it is queued for the host (take_host_requests).
struct export_script {
    script_report what = script_report::script_download;  // which one
};

// Where a row's code is at the cursor: the editor's task markers.
struct row_line {
    std::uint32_t row = 0;  // the Script view's row (1: "<module>")
    int line = 0;  // 1-based source line
};

// A warning in the output's one list: printed lines and warnings in the order they happened.
struct output_warning {
    std::size_t warning = 0;  // index in script().warnings()
    std::size_t printed_before = 0;  // printed lines that come before it in the list
};

// Everything the Script view can be asked to do (playback and scrub_to are the lanes' own verbs, playback.h).
using script_command = std::variant<script_load, script_start, script_stop, playback, scrub_to, export_script>;

class script_session {
public:
    script_session() : script_session(script_options{}) {}  // an empty script, not run
    explicit script_session(const script_options& options);  // with these budgets
    script_session(const script_session&) = delete;
    script_session& operator=(const script_session&) = delete;

    void apply(const script_command& command);  // the only way, besides advance, to change it
    void advance(double wall_dt_ms);  // runs one slice of the script; when playing, moves the cursor
    std::vector<host_request> take_host_requests();  // clipboard and download requests, oldest first

    const std::string& text() const noexcept { return m_text; }  // the script
    std::uint64_t seed() const noexcept { return m_seed; }  // of the current run
    std::uint64_t version() const noexcept { return m_version; }  // bumped by every change
    bool has_run() const noexcept { return m_run.has_value(); }  // something was run
    const run& current() const noexcept { return *m_run; }  // the run (only if has_run())
    const script_source& source() const noexcept;  // the run's source (only if has_run())
    const python::script_run& script() const noexcept { return source().script(); }  // its interpreter

    bool still_running() const noexcept;  // the interpreter has not finished (and no Stop)
    bool stopped() const noexcept;  // Stop ended it
    virtual_time now_us() const noexcept;  // the interpreter's virtual clock
    double cursor_us() const noexcept { return m_cursor_us; }  // the now-cursor
    bool playing() const noexcept { return m_playing; }  // the cursor advances with wall time
    bool at_end() const noexcept;  // finished, and every event is visible
    std::size_t printed_visible() const noexcept;  // printed lines up to the cursor
    std::vector<output_warning> warnings_visible() const;  // warnings up to the cursor, placed among printed lines
    std::vector<row_line> lines_at_cursor() const;  // each unfinished row's line at the cursor, by row
    std::string row_name(std::uint32_t row) const;  // "<module>", "Task-1", ...
    std::string status_text() const;  // "Running… 1.2 s of virtual time", "Finished at 8 ms", "Stopped by …"

private:
    void start();
    void pump_slice();
    void set_visible(std::size_t visible);
    void reveal_to(double t_us);
    void step();
    void step_back();

    script_options m_options;
    std::string m_text;
    std::uint64_t m_seed = python::default_seed;
    std::optional<run> m_run;
    double m_cursor_us = 0.0;
    bool m_playing = false;
    bool m_follow_end = false;  // End while still running: the cursor follows the interpreter
    std::vector<std::size_t> m_steps;  // visible counts before each step (step back)
    std::vector<host_request> m_requests;  // for the host, oldest first
    std::uint64_t m_version = 0;
};

// The Script view as JSON object members (script, running, printed, tasks with spans, error), without braces.
std::string script_state_json_members(const script_session& s);

}  // namespace looplab
