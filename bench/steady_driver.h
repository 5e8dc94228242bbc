// steady_driver.h — runs an event_loop against the real std::chrono::steady_clock instead of its virtual clock:
// virtual µs = real µs since the driver started. The loop stays pure (it never reads a clock); this driver
// is the caller that pumps it, as the app's frame loop is.
//
// Usage:
//   looplab::event_loop loop{{.record_events = false}};
//   loop.spawn(work());
//   looplab::bench::run_on_steady_clock(loop);   // returns when the loop is idle
//
// Design: pump everything due at the real "now" (run_until(now)); if the next event lies in the future,
// wait for it: natively sleep the thread until spin_margin before the deadline (the kernel wakes us
// ~50-100 µs late), then busy-wait the rest; under node (no blocking sleep without Asyncify) busy-wait all
// of it. Timers fire stamped with their own deadlines (the loop's rule), so a late pump never reorders them.
#pragma once

#include "core/event_loop.h"

#include <chrono>
#ifndef __EMSCRIPTEN__
#include <thread>
#endif

namespace looplab::bench {

// Options of run_on_steady_clock.
struct steady_driver_options {
    virtual_duration spin_margin = 200;  // µs before a deadline at which sleeping stops and spinning starts
};

// Pumps loop on the real clock until it is idle.
inline void run_on_steady_clock(event_loop& loop, steady_driver_options options = {}) {
    using clock = std::chrono::steady_clock;
    const clock::time_point origin = clock::now() - std::chrono::microseconds(loop.now());
    const auto real_now = [origin] {
        return static_cast<virtual_time>(
            std::chrono::duration_cast<std::chrono::microseconds>(clock::now() - origin).count());
    };
    for (;;) {
        const std::optional<virtual_time> next = loop.next_event_time();
        if (!next) return;
        virtual_time now = real_now();
        if (*next > now) {
#ifndef __EMSCRIPTEN__
            if (*next - now > options.spin_margin)
                std::this_thread::sleep_until(origin + std::chrono::microseconds(*next - options.spin_margin));
#else
            (void)options;
#endif
            while ((now = real_now()) < *next) {
            }
        }
        loop.run_until(now);
    }
}

}  // namespace looplab::bench
