// event.h — virtual time types and the scheduler's event stream record.
//
// Usage:
//   looplab::event_loop loop;                 // records events by default
//   ... run ...
//   for (const looplab::event& e : loop.events())
//       std::printf("%lld %u %s\n", (long long)e.time, e.task, looplab::to_string(e.kind).data());
#pragma once

#include <cstdint>
#include <string_view>

namespace looplab {

// Virtual time since the loop started, in integer microseconds (exact and identical on every platform).
using virtual_time = std::int64_t;
// A span of virtual time, in integer microseconds.
using virtual_duration = std::int64_t;

// One microsecond, one millisecond and one second of virtual time.
inline constexpr virtual_duration microseconds = 1;
inline constexpr virtual_duration milliseconds = 1000;
inline constexpr virtual_duration seconds = 1000 * 1000;

// What happened to a task. The meaning of event::arg is given per kind.
enum class event_kind : std::uint8_t {
    spawned = 0,  // the task was created and queued as ready; arg = 0
    ready = 1,  // a timer fired or a wait completed, the task is queued; arg = 0
    running = 2,  // the loop resumed the task; arg = 0
    sleeping = 3,  // the task suspended on a timer; arg = the deadline (virtual_time)
    yielded = 4,  // sleep(0) / yield_now(): requeued behind everything ready now; arg = 0
    waiting = 5,  // the task waits: on another task (arg = its id > 0) or on -arg, a wait_target (task_state.h)
    blocking = 6,  // the task holds the loop without yielding; arg = the duration
    finished = 7,  // the task returned; arg = 0
    cancelled = 8,  // the task was cancelled and its frame destroyed; arg = 0
    failed = 9,  // the task ended with an uncaught error (a Python task's exception); arg = 0
};

// Number of event kinds.
inline constexpr int event_kind_count = 10;

// One record of the event stream: 24 bytes, trivially copyable.
struct event {
    virtual_time time = 0;  // when it happened
    std::int64_t arg = 0;  // kind-specific value, see event_kind
    std::uint32_t task = 0;  // task id (1, 2, ... in spawn order)
    event_kind kind = event_kind::spawned;  // what happened
    friend bool operator==(const event&, const event&) = default;  // field-wise equality
};

// The lower-case name of an event kind ("spawned", "sleeping", ...).
constexpr std::string_view to_string(event_kind kind) noexcept {
    constexpr std::string_view names[event_kind_count] = {"spawned", "ready",    "running",  "sleeping",  "yielded",
                                                          "waiting", "blocking", "finished", "cancelled", "failed"};
    const auto index = static_cast<unsigned>(kind);
    return index < event_kind_count ? names[index] : std::string_view{"unknown"};
}

}  // namespace looplab
