// timeline.h — turns an event stream into per-task state spans and the finish order up to a cursor
// time, so a UI can scrub back and forth deterministically without re-running anything.
//
// Usage:
//   looplab::timeline tl = looplab::build_timeline(lane.events(), lane.task_count(), cursor_us);
//   for (const looplab::state_span& s : tl.spans_of(3)) draw_bar(s.begin, s.end, s.state);
//   looplab::task_state now_state = tl.state_of(3);
//   // by event index instead of time: build_timeline(lane.events().first(k), n, lane.events()[k - 1].time)
#pragma once

#include "event.h"

#include <cstdint>
#include <span>
#include <vector>

namespace looplab {

// What a task is doing during a span.
enum class task_state : std::uint8_t {
    waiting,  // spawned, ready or waiting on a semaphore / another task: not running
    sleeping,  // suspended on a timer
    running_or_blocking,  // running (zero virtual time) or blocking the loop (block_for)
    done,  // finished
    cancelled,  // cancelled
};

// The lower-case name of a task state ("waiting", "sleeping", ...).
const char* to_string(task_state s) noexcept;

// One interval [begin, end) in which a task was in one state.
struct state_span {
    virtual_time begin = 0;  // first instant
    virtual_time end = 0;  // end (exclusive); the cursor for the open span
    task_state state = task_state::waiting;  // what the task was doing
    friend bool operator==(const state_span&, const state_span&) = default;  // field-wise equality
};

// Every task's spans (consecutive same-state spans merged, empty ones dropped, except that the last,
// open span is always kept so it shows the state at the cursor) and the finish order.
struct timeline {
    virtual_time cursor = 0;  // the time the timeline was cut at
    std::vector<state_span> spans;  // all spans, grouped by task, in time order
    std::vector<std::uint32_t> first_span;  // task id t's spans are [first_span[t-1], first_span[t])
    std::vector<std::uint32_t> finish_order;  // ids of the tasks finished by the cursor, in order

    std::span<const state_span> spans_of(std::uint32_t task_id) const noexcept;  // one task's spans
    task_state state_of(std::uint32_t task_id) const noexcept;  // state at the cursor (waiting if unseen)
};

// Builds the timeline of tasks 1..task_count from events with time <= cursor (others are ignored).
timeline build_timeline(std::span<const event> events, std::uint32_t task_count, virtual_time cursor);

// The task state an event puts its task in.
task_state state_after(event_kind kind) noexcept;

}  // namespace looplab
