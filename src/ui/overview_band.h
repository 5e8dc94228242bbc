// overview_band.h — a run's tasks per state over time as stacked columns, one per time bucket of a state_counts
// (one colour per task state, as the rows have), with the now-cursor; a click or drag on it scrubs. It draws
// O(buckets) whatever the task count, and takes the counts and the cursor only, so any timeline can use it.
//
// Usage (inside an ImGui window, at the cursor):
//   if (auto t = looplab::ui::draw_overview_band("overview", run.counts(), axis_end_us, cursor_us, size))
//       view.commands.emplace_back(looplab::scrub_to{*t});
#pragma once

#include "core/task_state.h"
#include "session/state_counts.h"

#include <imgui.h>

#include <optional>

namespace looplab::ui {

// Draws the band as an item of `size` at the cursor, time 0..axis_end_us across its width (buckets past it are
// left out); the part after cursor_us is dimmed. Returns the time under the pointer while it is pressed on the
// band (a scrub), else nothing. Hovering shows the counts under the pointer.
std::optional<double> draw_overview_band(const char* id, const state_counts& counts, double axis_end_us,
                                         double cursor_us, ImVec2 size);

}  // namespace looplab::ui
