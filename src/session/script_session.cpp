// script_session.cpp — the Script view's commands, its bounded slices per frame, playback and the state JSON.
#include "session/script_session.h"

#include "session/json_text.h"
#include "session/script_share.h"

#include <algorithm>
#include <cstdio>
#include <utility>

namespace looplab {

namespace {
template <class... F> struct overloaded : F... { using F::operator()...; };
template <class... F> overloaded(F...) -> overloaded<F...>;

// Events with time <= t among the first `known` (times never decrease).
std::size_t events_by(std::span<const event> events, double t_us) {
    const auto it = std::partition_point(events.begin(), events.end(),
                                         [&](const event& e) { return static_cast<double>(e.time) <= t_us; });
    return static_cast<std::size_t>(it - events.begin());
}

std::string format_ms(double us) {
    char buf[48];
    if (us >= 1e6)
        std::snprintf(buf, sizeof buf, "%.3g s", us / 1e6);
    else
        std::snprintf(buf, sizeof buf, "%.4g ms", us / 1e3);
    return buf;
}
// Past this many bytes an error's message is cut in the status line (the full text is in the traceback).
constexpr std::size_t status_message_cap = 200;

// "Ended with RecursionError at line 2: maximum recursion depth exceeded", "Stopped by LoopLab at 4 ms: printed
// output exceeded ...", "SyntaxError at line 1, column 5: '(' was never closed".
std::string error_status(const python::run_error& e, const std::string& at) {
    std::string where;
    if (e.line > 0) where = " at line " + std::to_string(e.line);
    if (e.syntax && e.col > 0) where += ", column " + std::to_string(e.col);
    std::string message = e.message;
    if (message.size() > status_message_cap) {
        std::size_t cut = status_message_cap;
        while (cut > 0 && (static_cast<unsigned char>(message[cut]) & 0xC0) == 0x80) --cut;  // a UTF-8 boundary
        message = message.substr(0, cut) + "…";
    }
    if (e.type == "LoopLabLimit") return "Stopped by LoopLab at " + at + " of virtual time: " + message;
    if (e.syntax) return e.type + where + (message.empty() ? "" : ": " + message);
    return "Ended with " + e.type + where + (message.empty() ? "" : ": " + message);
}
}  // namespace

script_session::script_session(const script_options& options) : m_options(options) {}

const script_source& script_session::source() const noexcept {
    return static_cast<const script_source&>(m_run->source());
}

void script_session::apply(const script_command& command) {
    std::visit(overloaded{
                   [&](const script_load& c) {
                       m_text = c.text;
                       start();
                   },
                   [&](const script_start& c) {
                       m_seed = c.seed;
                       start();
                   },
                   [&](const script_stop&) {
                       if (!m_run) return;
                       static_cast<script_source&>(m_run->source()).stop();
                       m_run->ingest();
                       m_follow_end = false;
                   },
                   [&](const playback& p) {
                       if (!m_run) return;
                       switch (p) {
                           case playback::play:
                               if (at_end()) reveal_to(0.0);
                               m_playing = true;
                               break;
                           case playback::pause:
                               m_playing = false;
                               break;
                           case playback::toggle:
                               if (m_playing)
                                   m_playing = false;
                               else
                                   apply(playback::play);
                               break;
                           case playback::step:
                               step();
                               break;
                           case playback::step_back:
                               step_back();
                               break;
                           case playback::restart:
                               m_steps.clear();
                               m_follow_end = false;
                               m_cursor_us = 0.0;
                               set_visible(0);
                               m_playing = true;
                               break;
                           case playback::end:
                               m_steps.clear();
                               m_playing = false;
                               m_follow_end = still_running();
                               set_visible(m_run->source().events().size());
                               m_cursor_us = static_cast<double>(now_us());
                               break;
                       }
                   },
                   [&](const scrub_to& s) {
                       if (!m_run) return;
                       m_steps.clear();
                       m_playing = false;
                       m_follow_end = false;
                       reveal_to(std::clamp(s.t_us, 0.0, static_cast<double>(now_us())));
                   },
                   [&](const export_script& e) {
                       if (m_requests.size() >= max_queued_host_requests) m_requests.erase(m_requests.begin());
                       m_requests.push_back(script_report_request(*this, e.what));
                   },
               },
               command);
    ++m_version;
}

std::vector<host_request> script_session::take_host_requests() { return std::exchange(m_requests, {}); }

void script_session::start() {
    python::run_config cfg;
    cfg.source = m_text;
    cfg.filename = "script.py";
    cfg.seed = m_seed;
    cfg.instruction_budget = m_options.instruction_budget;
    cfg.memory_budget = m_options.memory_budget;
    cfg.output_cap = m_options.output_cap;
    m_run.reset();
    m_run.emplace(std::make_unique<script_source>(cfg), m_options.event_log_cap);
    m_cursor_us = 0.0;
    m_steps.clear();
    m_follow_end = false;
    m_playing = true;
    set_visible(0);
}

void script_session::pump_slice() {
    auto& src = static_cast<script_source&>(m_run->source());
    if (src.done()) return;
    if (m_options.wall_clock_ms == nullptr) {
        src.pump(m_options.instructions_per_advance);
    } else {
        // Native work per instruction varies (a task's wake-up, a machine under load), so the host's clock ends it.
        const double start_ms = m_options.wall_clock_ms();
        std::uint64_t left = m_options.instructions_per_advance;
        while (left > 0 && !src.done()) {
            const std::uint64_t part = std::min(left, std::max<std::uint64_t>(1, m_options.slice_check_instructions));
            src.pump(part);
            left -= part;
            if (m_options.wall_clock_ms() - start_ms >= m_options.slice_ms) break;
        }
    }
    m_run->ingest();
    ++m_version;
}

void script_session::set_visible(std::size_t visible) {
    m_run->visible_events = std::min(visible, m_run->source().events().size());
}

void script_session::reveal_to(double t_us) {
    m_cursor_us = t_us;
    set_visible(events_by(m_run->source().events(), t_us));
}

void script_session::advance(double wall_dt_ms) {
    if (!m_run) return;
    pump_slice();
    if (m_follow_end) {
        set_visible(m_run->source().events().size());
        m_cursor_us = static_cast<double>(now_us());
        if (!still_running()) m_follow_end = false;
        return;
    }
    if (!m_playing) return;
    const double frontier = static_cast<double>(now_us());
    double t = m_cursor_us + std::max(0.0, wall_dt_ms) * 1000.0 / m_options.scale;
    if (t >= frontier) {
        t = frontier;
        if (!still_running()) m_playing = false;  // played to the end
    }
    reveal_to(t);
    if (!m_playing) set_visible(m_run->source().events().size());
    ++m_version;
}

void script_session::step() {
    m_playing = false;
    m_follow_end = false;
    auto& src = static_cast<script_source&>(m_run->source());
    if (m_run->visible_events >= src.events().size()) {
        src.step();
        m_run->ingest();
    }
    const auto events = src.events();
    if (m_run->visible_events >= events.size()) return;
    m_steps.push_back(m_run->visible_events);
    set_visible(m_run->visible_events + 1);
    m_cursor_us = static_cast<double>(events[m_run->visible_events - 1].time);
}

void script_session::step_back() {
    m_playing = false;
    m_follow_end = false;
    std::size_t visible = m_run->visible_events;
    if (!m_steps.empty()) {
        visible = m_steps.back();
        m_steps.pop_back();
    } else if (visible > 0) {
        --visible;
    }
    set_visible(visible);
    const auto events = m_run->source().events();
    m_cursor_us = visible == 0 ? 0.0 : static_cast<double>(events[visible - 1].time);
}

bool script_session::still_running() const noexcept { return m_run && !m_run->source().done(); }

bool script_session::stopped() const noexcept { return m_run && source().stopped(); }

virtual_time script_session::now_us() const noexcept { return m_run ? m_run->source().now() : 0; }

bool script_session::at_end() const noexcept {
    return m_run && !still_running() && m_run->visible_events >= m_run->source().events().size();
}

std::size_t script_session::printed_visible() const noexcept {
    if (!m_run) return 0;
    if (at_end() || m_follow_end) return m_run->printed().size();
    return m_run->printed_before_cursor();
}

std::vector<output_warning> script_session::warnings_visible() const {
    std::vector<output_warning> out;
    if (!m_run) return out;
    const script_source& src = source();
    const bool all = at_end() || m_follow_end;
    const std::size_t printed = printed_visible();
    const std::size_t notes = std::min(src.compile_notes(), script().warnings().size());
    for (std::size_t i = 0; i < notes; ++i) out.push_back({i, 0});  // compile-time: at t = 0, before any line
    for (std::size_t i = notes; i < script().warnings().size(); ++i) {
        const std::size_t e = src.warning_event(i);
        if (!all && e >= m_run->visible_events) continue;  // past the cursor
        // A step's printed lines come before the warning about that step (asyncio warns once the step is over).
        const std::size_t before = e >= src.events().size() ? printed : m_run->printed().count_before(e + 1);
        out.push_back({i, std::min(before, printed)});
    }
    std::stable_sort(out.begin(), out.end(), [](const output_warning& a, const output_warning& b) {
        return a.printed_before < b.printed_before;
    });
    return out;
}

std::vector<row_line> script_session::lines_at_cursor() const {
    std::vector<row_line> out;
    if (!m_run) return out;
    const script_source& src = source();
    const std::size_t visible = std::min(m_run->visible_events, src.events().size());
    if (visible == src.events().size()) {  // the live edge: where each task is now (nothing once it has ended)
        if (!still_running()) return out;
        for (const python::task_line& t : script().current_lines()) out.push_back({t.task + 1, t.line});
    } else {  // an earlier cursor: each row's last event up to it says where that row was
        std::vector<bool> seen(src.task_count() + 1, false);
        std::uint32_t left = src.task_count();
        for (std::size_t i = visible; i-- > 0 && left > 0;) {
            const std::uint32_t row = src.events()[i].task;
            if (row >= seen.size() || seen[row]) continue;
            seen[row] = true;
            --left;
            if (src.event_line(i) > 0) out.push_back({row, src.event_line(i)});
        }
    }
    std::sort(out.begin(), out.end(), [](const row_line& a, const row_line& b) { return a.row < b.row; });
    return out;
}

std::string script_session::row_name(std::uint32_t row) const { return m_run ? source().row_name(row) : ""; }

std::string script_session::status_text() const {
    if (!m_run) return "Not run yet";
    const std::string t = format_ms(static_cast<double>(now_us()));
    if (stopped()) return "Stopped by you at " + t + " of virtual time";
    if (still_running()) return "Still running: " + t + " of virtual time so far";
    const python::run_error& e = script().error();
    if (e.present) return error_status(e, t);
    return "Finished at " + t + " of virtual time";
}

}  // namespace looplab
