// lane_index.h — an incremental, ImGui-free index of one lane's event stream: per-task state spans
// (kept as per-task linked lists so appending is O(1)) and the finish records, for O(log n) cursor queries.
//
// Usage:
//   looplab::ui::lane_index index;
//   index.reset(lane.task_count(), looplab::ui::default_event_log_cap);
//   index.ingest(lane.events());                       // each frame: only the newly appended events are read
//   std::size_t done = index.finished_before(visible);  // finish-order prefix at an event cursor
//   for (std::uint32_t s = index.first_span(3); s != looplab::ui::no_span; s = index.span_at(s).next) ...
#pragma once

#include "core/event.h"
#include "core/timeline.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace looplab::ui {

// Events per lane the index keeps spans for (24 MB of spans at most); past it the timeline says "truncated".
inline constexpr std::size_t default_event_log_cap = 1'000'000;

// "No span": the end of a task's span list.
inline constexpr std::uint32_t no_span = 0xFFFF'FFFFu;

// One state span of one task: it starts at begin (caused by event begin_event) and lasts until the
// next span of the same task begins, or until the cursor if there is none (yet) or it is not visible.
// A task woken late from a sleep (the loop was blocked) gets its waiting span from the sleep's deadline on.
struct span_record {
    virtual_time begin = 0;  // virtual µs
    std::uint32_t begin_event = 0;  // index in the lane's event stream of the event that opened it
    std::uint32_t next = no_span;  // the task's next span, or no_span
    task_state state = task_state::waiting;  // what the task does during the span
};

// One finished task, in finishing order.
struct finish_record {
    std::uint32_t task = 0;  // task number (1-based)
    std::uint32_t event_index = 0;  // index of its "finished" event in the lane's stream
    virtual_time time = 0;  // when it finished, virtual µs
};

// The index of one lane. Memory: 8 bytes per task, 24 per span (at most ~6 spans per task), 16 per finish.
class lane_index {
public:
    void reset(std::uint32_t task_count, std::size_t event_cap);  // forgets everything; sizes for task_count
    void ingest(std::span<const event> events);  // reads events[ingested()..]; spans stop past the cap

    std::size_t ingested() const noexcept { return m_ingested; }  // events read so far
    bool truncated() const noexcept { return m_truncated; }  // the cap was reached
    std::size_t span_event_limit() const noexcept { return m_span_events; }  // events that have spans
    virtual_time truncated_at() const noexcept { return m_truncated_at; }  // time of the first unspanned event

    std::uint32_t first_span(std::uint32_t task) const noexcept;  // task's first span, or no_span
    const span_record& span_at(std::uint32_t s) const noexcept { return m_spans[s]; }  // a span by index
    std::size_t span_count() const noexcept { return m_spans.size(); }  // spans recorded

    std::span<const finish_record> finishes() const noexcept { return m_finishes; }  // in finishing order
    std::size_t finished_before(std::size_t visible_events) const noexcept;  // finishes with event_index < it
    std::size_t finished_by(virtual_time t) const noexcept;  // finishes with time <= t

    // The task's state once the first visible_events events happened (waiting if nothing seen yet).
    task_state state_at(std::uint32_t task, std::size_t visible_events) const noexcept;
    // The deadline of the task's latest sleep (never if it never slept): a sleep that outlasts it was held up by
    // a blocking task, and from the deadline on the task is ready, waiting for the loop.
    virtual_time sleep_deadline(std::uint32_t task) const noexcept;

private:
    std::vector<span_record> m_spans;
    std::vector<std::uint32_t> m_first;  // per task
    std::vector<std::uint32_t> m_last;  // per task
    std::vector<virtual_time> m_deadline;  // per task: latest sleep deadline
    std::vector<finish_record> m_finishes;
    std::size_t m_ingested = 0;
    std::size_t m_cap = default_event_log_cap;
    std::size_t m_span_events = 0;
    virtual_time m_truncated_at = 0;
    bool m_truncated = false;
};

}  // namespace looplab::ui
