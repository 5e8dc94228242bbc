// panels.h — the playground's panels, each drawn into the current ImGui window from a const session; widgets
// push session_commands into view.commands (internal to src/ui).
//
// Usage (inside draw_playground, between ImGui::Begin and ImGui::End):
//   looplab::ui::panels::draw_transport(s, view);
//   looplab::ui::panels::draw_lane(s, view, 0, ImGui::GetContentRegionAvail());
#pragma once

#include "ui/playground.h"

#include <imgui.h>

#include <cstddef>
#include <string>

namespace looplab::ui::panels {

// Stores the last item's rectangle into w and marks it visible.
void record_widget(widget_rect& w);
// Stores the current window's rectangle into w and marks it visible.
void record_widget_window(widget_rect& w);
// A virtual time as "1.250 ms" (core's format_ms of the whole µs).
std::string ms_text(double us);
// Play/pause, step back, step, restart, end, and the scrub slider.
void draw_transport(const session& s, view_state& view);
// Totals, Σ vs max and the speedup; compact: one line (phone).
void draw_results(const session& s, view_state& view, bool compact);
// The notices, each with a dismiss button, and the blocking warning.
void draw_notices(const session& s, view_state& view);
// The one-line introduction with its "?" button, and the help that the button opens.
void draw_intro(view_state& view);
// Scenario menu and every setting.
void draw_settings(const session& s, view_state& view);
// "Copy link" and "Download trace".
void draw_share(const session& s, view_state& view);
// One run: header, Gantt timeline with legend (unless the caller draws one for both lanes) and time axis, finish
// order; fills size.
void draw_lane(const session& s, view_state& view, std::size_t run_index, ImVec2 size, bool with_legend = true);
// The height a lane needs to show its header (as drawn last frame), time axis and four rows.
float lane_min_height(const view_state& view);
// The runs' printed lines up to the cursor, with a copy button.
void draw_console(const session& s, view_state& view);
// The Python script of the current run, with a copy button.
void draw_python(const session& s, view_state& view);
// The Monte Carlo sweep and its plot.
void draw_monte_carlo(const session& s, view_state& view);

}  // namespace looplab::ui::panels
