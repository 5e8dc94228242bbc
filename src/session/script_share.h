// script_share.h — what the Script view hands to the host: the script for a `#code=` link, the script as a file,
// and its run's tasks as a Chrome trace (trace_export.h, with the rows named as the Script view names them).
//
// Usage:
//   s.apply(looplab::export_script{looplab::script_report::trace_download});   // queues the request
//   for (const looplab::host_request& r : s.take_host_requests()) ...;           // deliver() in host.h
#pragma once

#include "session/script_session.h"

#include <string>

namespace looplab {

inline constexpr const char* script_filename = "script.py";  // Download script saves this file
inline constexpr const char* script_trace_filename = "looplab-script-trace.json";  // Download trace (Script view)

// The Chrome trace of the script's run so far: one process "Script", one track per row ("<module>", "Task-1", ...).
// A run still going is cut at its last ingested event; without a run the trace has no events.
std::string script_trace_json(const script_session& s);

// The host request for a report of the script.
host_request script_report_request(const script_session& s, script_report what);

}  // namespace looplab
