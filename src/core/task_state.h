// task_state.h — what a task is doing between two of its events, and which state each event kind puts it in.
// The spans themselves are derived in one place, src/session/event_index.h.
//
// Usage:
//   looplab::task_state s = looplab::state_after(e.kind);   // running and blocking: running_or_blocking
//   std::puts(looplab::to_string(s));                        // "running_or_blocking"
#pragma once

#include "event.h"

#include <cstdint>

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

// The task state an event puts its task in.
task_state state_after(event_kind kind) noexcept;

}  // namespace looplab
