// step_text.h — one scheduler event as a line a person reads: "t = 1.000 ms: Task 3 wakes up (its 1 ms sleep
// ended)", "t = 2.000 ms: Task 2 done". What Step shows and the aria-live mirror says.
//
// Usage: const std::string line = looplab::describe_event(r.source().events(), r.visible_events - 1);
#pragma once

#include "core/event.h"

#include <cstddef>
#include <span>
#include <string>

namespace looplab {

// The line for events[index] (the stream before it tells how long a sleep that ended was). Empty if out of range.
std::string describe_event(std::span<const event> events, std::size_t index);

}  // namespace looplab
