// report.h — an experiment's result as text: the seed blog's output format, a deterministic JSON
// document (integer microseconds, byte-identical on every platform) and a runnable asyncio script.
//
// Usage:
//   looplab::experiment_result r = looplab::run_experiment({});
//   std::fputs(looplab::format_seed_text(r).c_str(), stdout);  // Synchronous: / Task N done / Asynchronous: ...
//   std::string json = looplab::format_json(r);                // --json
//   std::string script = looplab::format_python(r);            // --python
#pragma once

#include "event.h"
#include "experiment.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace looplab {

// The blog's output: "Synchronous:", "Task N done" in sequential finish order, "Asynchronous:", then
// "Task N done" in concurrent finish order; one per line, each ending in '\n'.
std::string format_seed_text(const experiment_result& r);

// The whole result, events included (if recorded), as one JSON document ending in '\n'. Times are
// integer microseconds; the speedup is a fixed 3-decimal number computed with integer math.
std::string format_json(const experiment_result& r);

// A Python 3.10+ script (asyncio.run, create_task, gather) replaying this run with its exact delays;
// it prints the same lines as format_seed_text (the asynchronous order matches as long as the delays
// differ by more than the real loop's scheduling jitter, about tens of microseconds).
std::string format_python(const experiment_result& r);

// A generated script and the line of its blocking time.sleep.
struct python_script {
    std::string text;  // what format_python returns
    int blocking_sleep_line = 0;  // 1-based line of the time.sleep that blocks the loop; 0: no task blocks
};

// format_python's script, and where in it a blocking task holds the loop (asyncio's slow-callback warning names
// that line). The lines depend on the config and plan only, not on the lanes' results.
python_script make_python_script(const experiment_result& r);

// Microseconds as milliseconds with exactly three decimals ("1.000", "-0.250"), integer math only.
std::string format_ms(virtual_duration us);

// A thousandth-scaled integer as a decimal with three places ("3000" -> "3.000").
std::string format_milli(std::int64_t milli);

// 64-bit FNV-1a hash of a byte string (golden checks of the JSON across platforms).
std::uint64_t fnv1a64(std::string_view bytes) noexcept;

}  // namespace looplab
