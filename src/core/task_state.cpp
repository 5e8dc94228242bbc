// task_state.cpp — task state names and the event kind -> task state mapping.
#include "task_state.h"

namespace looplab {

const char* to_string(task_state s) noexcept {
    switch (s) {
        case task_state::waiting:
            return "waiting";
        case task_state::sleeping:
            return "sleeping";
        case task_state::running_or_blocking:
            return "running_or_blocking";
        case task_state::done:
            return "done";
        case task_state::cancelled:
            return "cancelled";
    }
    return "unknown";
}

task_state state_after(event_kind kind) noexcept {
    switch (kind) {
        case event_kind::running:
        case event_kind::blocking:
            return task_state::running_or_blocking;
        case event_kind::sleeping:
            return task_state::sleeping;
        case event_kind::finished:
        case event_kind::failed:  // a Python task's uncaught exception: it ended
            return task_state::done;
        case event_kind::cancelled:
            return task_state::cancelled;
        case event_kind::spawned:
        case event_kind::ready:
        case event_kind::yielded:
        case event_kind::waiting:
            break;
    }
    return task_state::waiting;
}

}  // namespace looplab
