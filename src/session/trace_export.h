// trace_export.h — Chrome Trace Event JSON (Perfetto / chrome://tracing) from runs' event indexes, so the trace
// shows exactly the spans the timeline draws. The page's "Download trace" and `looplab --trace` both call it.
//
// Usage:
//   const looplab::trace_run runs[] = {{"Sequential", &sequential_index}, {"Concurrent", &concurrent_index}};
//   std::string json = looplab::chrome_trace_json(runs);   // one pid per run, one tid per task
//   // a script's rows keep asyncio's names: {"Script", &index, names} with names = {"<module>", "Task-1", ...}
#pragma once

#include "session/event_index.h"

#include <span>
#include <string>
#include <string_view>

namespace looplab {

// One run to export.
struct trace_run {
    std::string_view name;  // process name shown in the viewer ("Sequential lane")
    const event_index* index = nullptr;  // its index: every ingested event is exported
    std::span<const std::string> task_names = {};  // task k's track is task_names[k - 1]; past its end "Task k"
};

// The trace: metadata naming every process and track, an "X" complete event for each sleeping and running /
// blocking span (cut at the last ingested event if the run is unfinished), and an "i" instant event for each
// finish. ts and dur are virtual µs. Past the index's event cap the spans stop; the finishes are all there.
std::string chrome_trace_json(std::span<const trace_run> runs);

}  // namespace looplab
