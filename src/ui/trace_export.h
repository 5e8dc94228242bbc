// trace_export.h — Chrome Trace Event JSON (Perfetto / chrome://tracing) from lanes' event streams (ImGui-free).
//
// Usage:
//   const looplab::ui::trace_lane lanes[] = {{"Sequential", seq.events(), seq.task_count()},
//                                            {"Concurrent", con.events(), con.task_count()}};
//   std::string json = looplab::ui::chrome_trace_json(lanes);   // one pid per lane, one tid per task
#pragma once

#include "core/event.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace looplab::ui {

// One lane to export.
struct trace_lane {
    std::string_view name;  // process name shown in the viewer ("Sequential lane")
    std::span<const event> events;  // the lane's event stream, in time order
    std::uint32_t task_count = 0;  // tasks 1..task_count each get a track
};

// The trace: metadata naming every process and track, "X" complete events for each sleeping and
// running/blocking span, and an "i" instant event for each finish. ts and dur are virtual µs.
std::string chrome_trace_json(std::span<const trace_lane> lanes);

}  // namespace looplab::ui
