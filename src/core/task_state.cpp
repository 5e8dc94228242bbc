// task_state.cpp — task state and wait target names, and the event kind -> task state mapping.
#include "task_state.h"

namespace looplab {

const char* to_string(task_state s) noexcept {
    constexpr const char* names[task_state_count] = {"ready",    "waiting", "sleeping",  "running",
                                                     "blocking", "done",    "cancelled", "failed"};
    const auto index = static_cast<unsigned>(s);
    return index < task_state_count ? names[index] : "unknown";
}

task_state state_after(event_kind kind) noexcept {
    switch (kind) {
        case event_kind::running:
            return task_state::running;
        case event_kind::blocking:
            return task_state::blocking;
        case event_kind::sleeping:
            return task_state::sleeping;
        case event_kind::waiting:
            return task_state::waiting;
        case event_kind::finished:
            return task_state::done;
        case event_kind::failed:
            return task_state::failed;
        case event_kind::cancelled:
            return task_state::cancelled;
        case event_kind::spawned:
        case event_kind::ready:
        case event_kind::yielded:
            break;
    }
    return task_state::ready;
}

const char* to_string(wait_target w) noexcept {
    constexpr const char* names[wait_target_count] = {
        "unknown",    "task",           "Future",    "Lock.acquire", "Semaphore.acquire",
        "Event.wait", "Condition.wait", "Queue.get", "Queue.put",    "Queue.join",
        "gather",     "wait",           "wait_for",  "TaskGroup",    "as_completed"};
    const auto index = static_cast<unsigned>(w);
    return index < wait_target_count ? names[index] : "unknown";
}

}  // namespace looplab
