// Turns raw frame timestamps (rAF or a steady clock) into clamped frame deltas for the virtual clock.
// Usage: frame_clock clock; double dt_ms = clock.tick(now_ms);  // dt_ms is in [0, max_delta_ms]
#pragma once

namespace looplab::app {

// Frame-delta clamp: a hidden tab or a debugger pause must not make virtual time jump ("prevent death-spiral").
struct frame_clock {
    double max_delta_ms = 100.0;  // the largest delta one frame may hand on
    double last_ms = 0.0;  // the previous frame's timestamp
    bool started = false;  // false until the first tick

    // Returns the clamped delta since the previous tick; the first tick returns 0.
    double tick(double now_ms) {
        if (!started) {
            started = true;
            last_ms = now_ms;
            return 0.0;
        }
        double delta_ms = now_ms - last_ms;
        last_ms = now_ms;
        if (!(delta_ms > 0.0)) return 0.0;  // also catches NaN and clocks that step backwards
        return delta_ms > max_delta_ms ? max_delta_ms : delta_ms;
    }
};

}  // namespace looplab::app
