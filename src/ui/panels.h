// panels.h — the playground's panels, each drawn into the current ImGui window (internal to src/ui).
//
// Usage (inside draw_playground, between ImGui::Begin and ImGui::End):
//   looplab::ui::panels::draw_transport(pg, host);
//   looplab::ui::panels::draw_lane(pg, looplab::ui::lane_id::sequential, ImGui::GetContentRegionAvail());
#pragma once

#include "ui/playground.h"

#include <imgui.h>

#include <string_view>

namespace looplab::ui::panels {

// Stores the last item's rectangle into w and marks it visible.
void record_widget(widget_rect& w);
// Play/pause, step, restart, end, and the scrub slider.
void draw_transport(playground& pg);
// Totals, Σ vs max and the speedup; compact: one line (phone).
void draw_results(playground& pg, bool compact);
// The notices, each with a dismiss button, and the blocking warning.
void draw_notices(playground& pg);
// Scenario menu and every setting.
void draw_settings(playground& pg);
// "Copy link" and "Download trace".
void draw_share(playground& pg, playground_host& host);
// One lane: header, Gantt timeline with legend and time axis, finish order; fills size.
void draw_lane(playground& pg, lane_id which, ImVec2 size);
// The seed's printed output for the current run, with a copy button.
void draw_console(playground& pg, playground_host& host);
// The Python script of the current run, with a copy button.
void draw_python(playground& pg, playground_host& host);
// The Monte Carlo sweep and its plot.
void draw_monte_carlo(playground& pg);
// Text for a virtual time: "1.250 ms".
void format_ms(char* out, std::size_t size, double us);

}  // namespace looplab::ui::panels
