// run.cpp — printed lines in one buffer, the experiment's lanes as run sources, and a run's ingest step.
#include "session/run.h"

#include <algorithm>

namespace looplab {

void printed_lines::clear() noexcept {
    m_text.clear();
    m_begin.clear();
    m_events.clear();
}

void printed_lines::add(std::uint32_t event_index, std::string_view text) {
    m_begin.push_back(static_cast<std::uint32_t>(m_text.size()));
    m_events.push_back(event_index);
    m_text += text;
}

std::string_view printed_lines::line(std::size_t i) const noexcept {
    if (i >= m_begin.size()) return {};
    const std::size_t end = i + 1 < m_begin.size() ? m_begin[i + 1] : m_text.size();
    return std::string_view{m_text}.substr(m_begin[i], end - m_begin[i]);
}

std::size_t printed_lines::count_before(std::size_t visible_events) const noexcept {
    const auto it =
        std::partition_point(m_events.begin(), m_events.end(), [&](std::uint32_t e) { return e < visible_events; });
    return static_cast<std::size_t>(it - m_events.begin());
}

namespace {
// The warning looks at no more than this many blocking tasks, so that checking it stays cheap every frame.
constexpr std::size_t max_blocking_candidates = 16;
}  // namespace

lane_source::lane_source(const experiment_plan& plan, lane_mode mode, std::vector<std::uint32_t> blocking_tasks)
    : m_lane(plan, mode) {
    if (mode == lane_mode::concurrent) {
        m_blocking = std::move(blocking_tasks);
        if (m_blocking.size() > max_blocking_candidates) m_blocking.resize(max_blocking_candidates);
    }
}

run_labels lane_source::labels() const noexcept {
    if (m_lane.mode() == lane_mode::sequential)
        return {"Sequential", "Sequential: one task after another", "Synchronous:", "Sequential lane (synchronous)"};
    return {"Concurrent", "Concurrent: asyncio, all gathered", "Asynchronous:", "Concurrent lane (asyncio gather)"};
}

void lane_source::collect_printed(const event_index& index, printed_lines& out) const {
    const auto finishes = index.finishes();
    for (std::size_t i = out.size(); i < finishes.size(); ++i)
        out.add(finishes[i].event_index, "Task " + std::to_string(finishes[i].task) + " done");
}

run::run(std::unique_ptr<run_source> source, std::size_t event_cap) : m_source(std::move(source)) {
    m_index.reset(m_source->task_count(), event_cap);
    m_counts.reset(m_source->task_count());
    ingest();
}

void run::ingest() {
    m_index.grow_tasks(m_source->task_count());
    m_index.ingest(m_source->events());
    m_counts.grow_tasks(m_source->task_count());
    m_counts.ingest(m_source->events());
    m_source->collect_printed(m_index, m_printed);
    if (m_total == never && m_source->done()) m_total = m_source->total();
}

}  // namespace looplab
