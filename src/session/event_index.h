// event_index.h — the one incremental index of a run's event stream: per-task state spans (per-task linked lists,
// so appending is O(1)) and the finish records, for O(log n) cursor queries. The timeline view, the trace export
// and the CLI all read spans through for_each_span, the only place where events become spans.
//
// Usage:
//   looplab::event_index index;
//   index.reset(run.task_count(), looplab::default_event_log_cap);
//   index.ingest(run.events());                          // each frame: only the newly appended events are read
//   std::size_t done = index.finished_before(visible);    // finish-order prefix at an event cursor
//   index.for_each_span(3, visible, cursor_us, [](const looplab::visible_span& s) { draw(s.begin, s.end, s.state); });
#pragma once

#include "core/event.h"
#include "core/task_state.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace looplab {

// Events per run the index keeps spans for (24 MB of spans at most); past it the timeline says "truncated".
inline constexpr std::size_t default_event_log_cap = 1'000'000;

// "No span": the end of a task's span list.
inline constexpr std::uint32_t no_span = 0xFFFF'FFFFu;

// One state span of one task as stored: it starts at begin (caused by event begin_event) and lasts until the
// next span of the same task begins. A task woken late from a sleep (the loop was blocked) gets its ready span
// from the sleep's deadline on. Every blocking step and every wait opens a span of its own (time.sleep, time.sleep
// is a staircase of two blocking spans); the other states merge with a span of the same state before them.
struct span_record {
    virtual_time begin = 0;  // virtual µs
    std::uint32_t begin_event = 0;  // index in the run's event stream of the event that opened it
    std::uint32_t next = no_span;  // the task's next span, or no_span
    task_state state = task_state::ready;  // what the task does during the span
    wait_target waits_on = wait_target::unknown;  // a waiting span: on what
    std::uint32_t waits_on_task = 0;  // waits_on == wait_target::task: that task's number (row)
};

// One span as seen at an event cursor: [begin, end).
struct visible_span {
    virtual_time begin = 0;  // first instant, virtual µs
    virtual_time end = 0;  // end (exclusive): the next span's begin, or the cut time for the last one
    task_state state = task_state::ready;  // what the task does
    bool closed = false;  // the next span is visible too (false: the span lasts until the cut time)
    wait_target waits_on = wait_target::unknown;  // a waiting span: on what
    std::uint32_t waits_on_task = 0;  // waits_on == wait_target::task: that task's number (row)
};

// One finished task, in finishing order.
struct finish_record {
    std::uint32_t task = 0;  // task number (1-based)
    std::uint32_t event_index = 0;  // index of its "finished" event in the run's stream
    virtual_time time = 0;  // when it finished, virtual µs
};

// The index of one run. Memory: 16 bytes per task, 24 per span (~6 spans per task, plus one per blocking step or
// wait), 16 per finish.
class event_index {
public:
    void reset(std::uint32_t task_count, std::size_t event_cap);  // forgets everything; sizes for task_count
    void grow_tasks(std::uint32_t task_count);  // more tasks appeared (a script's): sizes for task_count
    void ingest(std::span<const event> events);  // reads events[ingested()..]; spans stop past the cap

    std::size_t ingested() const noexcept { return m_ingested; }  // events read so far
    virtual_time last_time() const noexcept { return m_last_time; }  // time of the last event read (0 if none)
    std::uint32_t task_count() const noexcept { return static_cast<std::uint32_t>(m_first.size()); }  // tasks
    bool truncated() const noexcept { return m_truncated; }  // the cap was reached
    std::size_t span_event_limit() const noexcept { return m_span_events; }  // events that have spans
    virtual_time truncated_at() const noexcept { return m_truncated_at; }  // time of the first unspanned event

    std::uint32_t first_span(std::uint32_t task) const noexcept;  // task's first span, or no_span
    const span_record& span_at(std::uint32_t s) const noexcept { return m_spans[s]; }  // a span by index
    std::size_t span_count() const noexcept { return m_spans.size(); }  // spans recorded

    std::span<const finish_record> finishes() const noexcept { return m_finishes; }  // in finishing order
    std::size_t finished_before(std::size_t visible_events) const noexcept;  // finishes with event_index < it
    std::size_t finished_by(virtual_time t) const noexcept;  // finishes with time <= t

    // The task's state once the first visible_events events happened (ready if nothing seen yet).
    task_state state_at(std::uint32_t task, std::size_t visible_events) const noexcept;
    // The deadline of the task's latest sleep (-1 if it never slept): a sleep that outlasts it was held up by a
    // blocking task, and from the deadline on the task is ready, queued behind the loop.
    virtual_time sleep_deadline(std::uint32_t task) const noexcept;

    // Calls f(const visible_span&) for each of task's spans opened among the first visible_events events, in time
    // order, the last one cut at `until`. An open sleep past its deadline ends at the deadline and is followed by
    // a ready span up to `until` (a blocking task holds the loop).
    template <class F>
    void for_each_span(std::uint32_t task, std::size_t visible_events, virtual_time until, F&& f) const;

private:
    std::vector<span_record> m_spans;
    std::vector<std::uint32_t> m_first;  // per task
    std::vector<std::uint32_t> m_last;  // per task
    std::vector<virtual_time> m_deadline;  // per task: latest sleep deadline
    std::vector<finish_record> m_finishes;
    std::size_t m_ingested = 0;
    std::size_t m_cap = default_event_log_cap;
    std::size_t m_span_events = 0;
    virtual_time m_last_time = 0;
    virtual_time m_truncated_at = 0;
    bool m_truncated = false;
};

template <class F>
void event_index::for_each_span(std::uint32_t task, std::size_t visible_events, virtual_time until, F&& f) const {
    for (std::uint32_t s = first_span(task); s != no_span; s = m_spans[s].next) {
        const span_record& span = m_spans[s];
        if (span.begin_event >= visible_events) break;
        const bool closed = span.next != no_span && m_spans[span.next].begin_event < visible_events;
        visible_span out{span.begin,    closed ? m_spans[span.next].begin : until,
                         span.state,    closed,
                         span.waits_on, span.waits_on_task};
        if (out.end < out.begin) out.end = out.begin;
        if (!closed && span.state == task_state::sleeping) {
            const virtual_time deadline = sleep_deadline(task);
            if (deadline >= span.begin && deadline < out.end) {
                const virtual_time cut = out.end;
                out.end = deadline;
                f(static_cast<const visible_span&>(out));
                f(static_cast<const visible_span&>(visible_span{deadline, cut, task_state::ready, false}));
                return;
            }
        }
        f(static_cast<const visible_span&>(out));
        if (!closed) return;
    }
}

}  // namespace looplab
