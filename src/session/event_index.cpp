// event_index.cpp — folds newly appended events into per-task span lists; cursor queries are binary searches.
#include "session/event_index.h"

#include "core/run_sized_vector.h"

#include <algorithm>

namespace looplab {

void event_index::reset(std::uint32_t task_count, std::size_t event_cap) {
    m_spans.clear();
    m_first.assign(task_count, no_span);
    m_last.assign(task_count, no_span);
    m_deadline.assign(task_count, -1);
    m_finishes.clear();
    m_finishes.reserve(task_count);
    m_ingested = 0;
    m_cap = event_cap;
    m_span_events = 0;
    m_last_time = 0;
    m_truncated_at = 0;
    m_truncated = false;
}

void event_index::grow_tasks(std::uint32_t task_count) {
    if (task_count <= m_first.size()) return;
    m_first.resize(task_count, no_span);
    m_last.resize(task_count, no_span);
    m_deadline.resize(task_count, -1);
}

void event_index::ingest(std::span<const event> events) {
    const std::size_t task_count = m_first.size();
    for (std::size_t i = m_ingested; i < events.size(); ++i) {
        const event& e = events[i];
        if (e.task == 0 || e.task > task_count) continue;
        const auto index = static_cast<std::uint32_t>(i);
        m_last_time = e.time;
        // Finishes are always recorded (one per task): the finish order must stay right past the cap.
        if (e.kind == event_kind::finished) m_finishes.push_back(finish_record{e.task, index, e.time});
        if (m_truncated) continue;
        if (i >= m_cap) {
            m_truncated = true;
            m_truncated_at = e.time;
            continue;
        }
        m_span_events = i + 1;
        const task_state next = state_after(e.kind);
        std::uint32_t& last = m_last[e.task - 1];
        // Same state again (spawned -> yielded): the span goes on. A blocking step or a wait always opens its own
        // span (consecutive time.sleep calls are a staircase). Zero-length spans are kept, so that stepping event
        // by event shows a task running at an instant.
        if (last != no_span && m_spans[last].state == next && next != task_state::blocking &&
            next != task_state::waiting)
            continue;
        virtual_time begin = e.time;
        if (e.kind == event_kind::sleeping) m_deadline[e.task - 1] = e.arg;
        // Woken after its deadline: a blocking task held the loop. The sleep ended at the deadline; since then
        // the task has been ready, queued behind the loop.
        if (last != no_span && m_spans[last].state == task_state::sleeping && next == task_state::ready)
            begin = std::clamp(m_deadline[e.task - 1], m_spans[last].begin, e.time);
        span_record fresh_span{begin, index, no_span, next};
        if (next == task_state::waiting) {
            fresh_span.waits_on = wait_target_of(e.arg);
            if (fresh_span.waits_on == wait_target::task) fresh_span.waits_on_task = static_cast<std::uint32_t>(e.arg);
        }
        const auto fresh = static_cast<std::uint32_t>(m_spans.size());
        reserve_for_push(m_spans);
        m_spans.push_back(fresh_span);
        if (last == no_span)
            m_first[e.task - 1] = fresh;
        else
            m_spans[last].next = fresh;
        last = fresh;
    }
    if (events.size() > m_ingested) m_ingested = events.size();
}

static_assert(sizeof(span_record) == 24, "1e6 events of spans stay 24 MB");

std::uint32_t event_index::first_span(std::uint32_t task) const noexcept {
    return task >= 1 && task <= m_first.size() ? m_first[task - 1] : no_span;
}

std::size_t event_index::finished_before(std::size_t visible_events) const noexcept {
    const auto it = std::partition_point(m_finishes.begin(), m_finishes.end(),
                                         [&](const finish_record& f) { return f.event_index < visible_events; });
    return static_cast<std::size_t>(it - m_finishes.begin());
}

std::size_t event_index::finished_by(virtual_time t) const noexcept {
    const auto it =
        std::partition_point(m_finishes.begin(), m_finishes.end(), [&](const finish_record& f) { return f.time <= t; });
    return static_cast<std::size_t>(it - m_finishes.begin());
}

virtual_time event_index::sleep_deadline(std::uint32_t task) const noexcept {
    return task >= 1 && task <= m_deadline.size() ? m_deadline[task - 1] : -1;
}

task_state event_index::state_at(std::uint32_t task, std::size_t visible_events) const noexcept {
    task_state state = task_state::ready;
    for (std::uint32_t s = first_span(task); s != no_span; s = m_spans[s].next) {
        if (m_spans[s].begin_event >= visible_events) break;
        state = m_spans[s].state;
    }
    return state;
}

}  // namespace looplab
