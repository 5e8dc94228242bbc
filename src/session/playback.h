// playback.h — the playback verbs and the scrub command, shared by the experiment's lanes and the Script view.
//
// Usage:
//   s.apply(looplab::playback::step);                 // session or script_session
//   s.apply(looplab::scrub_to{.t_us = 1500.0});
#pragma once

#include <cstdint>

namespace looplab {

// Playback verbs.
enum class playback : std::uint8_t {
    play,  // plays (from t = 0 if the run is over)
    pause,  // stops virtual time
    toggle,  // play or pause
    step,  // reveals the next scheduler event (the earlier of the runs' next events) and pauses
    step_back,  // undoes the last step exactly (or hides the latest visible event) and pauses
    restart,  // replays from t = 0 and plays
    end,  // moves the cursor to the end of the run and pauses
};
// Moves the cursor to t_us (clamped to the run) and pauses.
struct scrub_to {
    double t_us = 0.0;  // virtual µs
};

}  // namespace looplab
