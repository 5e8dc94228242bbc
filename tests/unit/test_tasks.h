// test_tasks.h — small coroutines and a counting type shared by the unit tests.
#pragma once

#include "core/awaitables.h"
#include "core/event_loop.h"

#include <string>
#include <vector>

namespace looplab::testing {

// Counts live instances, to prove frames (and everything in them) are destroyed exactly once.
struct counted {
    static inline int live = 0;  // instances alive now
    static inline int destroyed = 0;  // instances destroyed so far
    counted() { ++live; }
    counted(const counted&) { ++live; }
    counted& operator=(const counted&) = default;
    ~counted() {
        --live;
        ++destroyed;
    }
    static void reset() { live = destroyed = 0; }
};

// Appends "<name>@<time>" to a log.
inline void note(std::vector<std::string>& log, const event_loop& loop, const std::string& name) {
    log.push_back(name + "@" + std::to_string(loop.now()));
}

// Sleeps d, then notes its name.
inline task<void> sleeper(event_loop& loop, std::vector<std::string>& log, std::string name, virtual_duration d) {
    co_await sleep_for(d);
    note(log, loop, name);
}

// Sleeps d while holding a counted local.
inline task<int> counted_sleeper(virtual_duration d) {
    counted guard;
    co_await sleep_for(d);
    co_return 7;
}

}  // namespace looplab::testing
