// task_state.h — what a task is doing between two of its events, which state each event kind puts it in, and
// what a waiting task waits on (encoded in the waiting event's arg). The spans are derived in one place,
// src/session/event_index.h.
//
// Usage:
//   looplab::task_state s = looplab::state_after(e.kind);   // spawned/ready/yielded -> ready, blocking -> blocking
//   std::puts(looplab::to_string(s));                        // "ready"
//   e.arg = looplab::wait_arg(looplab::wait_target::queue_get);          // a waiting event on Queue.get
//   looplab::wait_target w = looplab::wait_target_of(e.arg);             // queue_get (task: a task id in arg)
#pragma once

#include "event.h"

#include <cstdint>

namespace looplab {

// What a task is doing during a span.
enum class task_state : std::uint8_t {
    ready,  // spawned, woken or yielded: queued on the loop, not running yet
    waiting,  // suspended on something (another task, a future, a lock, a queue, ...): see wait_target
    sleeping,  // suspended on a timer
    running,  // running its step (costs no virtual time)
    blocking,  // holding the loop without yielding (time.sleep, block_for): one span per blocking step
    done,  // returned
    cancelled,  // cancelled
    failed,  // ended with an uncaught exception (a Python task)
};

// Number of task states.
inline constexpr int task_state_count = 8;

// The lower-case name of a task state ("ready", "waiting", ...).
const char* to_string(task_state s) noexcept;

// The task state an event puts its task in.
task_state state_after(event_kind kind) noexcept;

// What a waiting task waits on. A waiting event's arg is a task id (> 0: wait_target::task) or -wait_target.
enum class wait_target : std::uint8_t {
    unknown = 0,  // not said (arg 0: core's semaphores and multi-waits before they said so)
    task,  // another task: the event's arg is its id
    future,  // a bare Future (loop.create_future, shield, ...)
    lock,  // Lock.acquire
    semaphore,  // Semaphore.acquire (BoundedSemaphore too)
    event,  // Event.wait
    condition,  // Condition.wait / wait_for
    queue_get,  // Queue.get (Lifo/Priority too)
    queue_put,  // Queue.put on a full queue
    queue_join,  // Queue.join
    gather,  // asyncio.gather / several tasks at once
    wait,  // asyncio.wait
    wait_for,  // asyncio.wait_for
    task_group,  // TaskGroup's exit, waiting for its tasks
    as_completed,  // asyncio.as_completed's next result
};

// Number of wait targets.
inline constexpr int wait_target_count = 15;

// The waiting event arg that says "waits on w" (not for wait_target::task: its arg is the task id).
constexpr std::int64_t wait_arg(wait_target w) noexcept { return -static_cast<std::int64_t>(w); }

// What a waiting event's arg says the task waits on.
constexpr wait_target wait_target_of(std::int64_t arg) noexcept {
    if (arg > 0) return wait_target::task;
    return -arg < wait_target_count ? static_cast<wait_target>(-arg) : wait_target::unknown;
}

// How the timeline names a wait target ("Queue.get", "Lock.acquire", "gather", "task", ...).
const char* to_string(wait_target w) noexcept;

}  // namespace looplab
