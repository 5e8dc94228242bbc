// overview_band.h — a run's tasks per state over time as stacked columns, one per time bucket of a state_counts
// (waiting, sleeping, running/blocking, done), with the now-cursor; a click or drag on it scrubs. It draws
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

inline constexpr ImU32 waiting_colour = IM_COL32(125, 128, 140, 255);  // a task waiting to run
inline constexpr ImU32 sleeping_colour = IM_COL32(80, 145, 235, 255);  // a task sleeping on a timer
inline constexpr ImU32 running_colour = IM_COL32(245, 140, 55, 255);  // running or blocking the loop
inline constexpr ImU32 done_colour = IM_COL32(95, 195, 115, 255);  // finished
inline constexpr ImU32 cancelled_colour = IM_COL32(220, 70, 70, 255);  // cancelled
inline constexpr ImU32 cursor_colour = IM_COL32(255, 235, 120, 255);  // the now-cursor

// The colour of a state in timelines, legends and the band.
ImU32 task_state_colour(task_state s) noexcept;

// Draws the band as an item of `size` at the cursor, time 0..axis_end_us across its width (buckets past it are
// left out); the part after cursor_us is dimmed. Returns the time under the pointer while it is pressed on the
// band (a scrub), else nothing. Hovering shows the counts under the pointer.
std::optional<double> draw_overview_band(const char* id, const state_counts& counts, double axis_end_us,
                                         double cursor_us, ImVec2 size);

}  // namespace looplab::ui
