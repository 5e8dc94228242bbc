// script_source.cpp — the script's event stream copied with shifted task ids, slices, and where printed lines go.
#include "session/script_source.h"

#include "core/run_sized_vector.h"

#include <algorithm>

namespace looplab {

namespace {
// Bounds step() and run_until(): slices pumped before giving the frame back.
constexpr int max_slices_per_call = 50;

// The kinds that end a task's step: a line printed during the step appears with it.
bool ends_step(event_kind k) { return k != event_kind::spawned && k != event_kind::ready && k != event_kind::running; }

// Whether something the row printed at time t shows at event e: e ends the row's step, not before t (a time.sleep's
// blocking event is recorded where the sleep began, before a line printed after it), or e happens later.
bool places(const event& e, virtual_time t, std::uint32_t row) {
    return e.time > t || (e.task == row && ends_step(e.kind) && e.time >= t);
}

// A task that has ended is on no line.
bool ends_task(event_kind k) {
    return k == event_kind::finished || k == event_kind::cancelled || k == event_kind::failed;
}
}  // namespace

event script_row_event(event e) noexcept {
    e.task += 1;
    if (e.kind == event_kind::waiting && wait_target_of(e.arg) == wait_target::task) e.arg += 1;
    return e;
}

script_source::script_source(const python::run_config& config) : m_run(std::make_unique<python::script_run>(config)) {
    m_compile_notes = m_run->warnings().size();  // script_run's constructor compiles; nothing has run yet
    copy_events();
}

void script_source::copy_events() {
    const auto source = m_run->events();
    const auto lines = m_run->event_lines();  // the interpreter's: each event's task's line when it happened
    for (std::size_t i = m_events.size(); i < source.size(); ++i) {
        const event e = script_row_event(source[i]);
        m_rows = std::max(m_rows, e.task);
        reserve_for_push(m_events);
        m_events.push_back(e);
        const bool on_a_line = !ends_task(e.kind) && i < lines.size();
        m_event_lines.push_back(on_a_line ? lines[i] : 0);
    }
}

bool script_source::pump(std::uint64_t max_instructions) {
    if (done()) return false;
    m_run->advance(max_instructions);
    copy_events();
    return !done();
}

void script_source::stop() { m_stopped = true; }

std::string script_source::row_name(std::uint32_t row) const {
    if (row <= 1) return "<module>";
    return m_run->task_name(row - 1);
}

bool script_source::step() {
    const std::size_t before = m_events.size();
    for (int i = 0; i < max_slices_per_call && m_events.size() == before && pump(m_slice); ++i) {}
    return m_events.size() > before;
}

void script_source::run_until(virtual_time t) {
    for (int i = 0; i < max_slices_per_call && now() < t && pump(m_slice); ++i) {}
}

void script_source::run_to_end() {
    while (pump(m_slice)) {}
}

run_labels script_source::labels() const noexcept {
    return {"Script", "Script: every asyncio task", "Script output:", "Script (LoopLab Python)"};
}

std::size_t script_source::warning_event(std::size_t i) const {
    if (i < m_warning_events.size()) return m_warning_events[i];
    const auto warnings = m_run->warnings();
    while (m_warning_events.size() <= i && m_warning_events.size() < warnings.size()) {
        const python::run_warning& w = warnings[m_warning_events.size()];
        const std::uint32_t row = w.task + 1;
        auto it =
            std::partition_point(m_events.begin(), m_events.end(), [&](const event& e) { return e.time < w.time; });
        while (it != m_events.end() && !places(*it, w.time, row)) ++it;
        if (it == m_events.end() && !done()) return m_events.size();  // its step has not ended yet
        m_warning_events.push_back(static_cast<std::size_t>(it - m_events.begin()));
    }
    return i < m_warning_events.size() ? m_warning_events[i] : m_events.size();
}

void script_source::collect_printed(const event_index& index, printed_lines& out) const {
    const auto lines = m_run->printed();
    const std::size_t known = std::min(index.ingested(), m_events.size());
    // Lines are placed in order; each one at the first event, from the previous line's, that places it. A line
    // whose step has not ended yet waits for the next call.
    std::size_t p = out.size() == 0 ? 0 : m_last_line_event;
    for (std::size_t i = out.size(); i < lines.size(); ++i) {
        const python::printed_line& line = lines[i];
        const std::uint32_t row = line.task + 1;
        std::size_t e = p;
        while (e < known && !places(m_events[e], line.time, row)) ++e;
        if (e >= known && !done()) return;
        p = std::min(e, known);
        m_last_line_event = p;
        out.add(static_cast<std::uint32_t>(p), line.text);
    }
}

}  // namespace looplab
