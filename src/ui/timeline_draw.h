// timeline_draw.h — drawing shared by every Gantt timeline (the lanes and the Script view's): one colour per task
// state (the one mapping to extend when states are added), the legend, the time geometry and the time axis.
//
// Usage (inside an ImGui window):
//   looplab::ui::panels::draw_state_legend(view);
//   looplab::ui::panels::plot_geometry g{.x0 = left, .width = w, .end_us = end};
//   looplab::ui::panels::draw_time_axis(g, cursor_us, unit_x);
//   draw->AddRectFilled(a, b, looplab::ui::panels::state_colour(span.state));
#pragma once

#include "core/event.h"
#include "session/event_index.h"
#include "ui/playground.h"

#include <imgui.h>

#include <algorithm>

namespace looplab::ui::panels {

inline constexpr ImU32 cursor_colour = IM_COL32(255, 235, 120, 255);  // the now-cursor
inline constexpr ImU32 truncated_colour = IM_COL32(160, 160, 160, 60);  // past the event log cap
inline constexpr ImU32 warning_colour = IM_COL32(255, 140, 90, 255);  // a warning's marker

// The colour of a task state on every timeline and legend.
ImU32 state_colour(task_state s);

// The legend of the state colours (and the now-cursor), wrapped to the window's width.
void draw_state_legend(view_state& view);

// Maps virtual time to screen x over the axis.
struct plot_geometry {
    float x0 = 0.0f;  // screen x of t = 0
    float width = 1.0f;  // pixels for the axis
    double end_us = 1.0;  // virtual time at the right edge
    float x_of(double t_us) const { return x0 + static_cast<float>(std::clamp(t_us / end_us, 0.0, 1.0)) * width; }
    double t_of(float x) const { return std::clamp(static_cast<double>((x - x0) / width), 0.0, 1.0) * end_us; }
};

// The time axis in ms (ticks at 1-2-5 steps) with the cursor's triangle; unit_x: where "ms" goes.
void draw_time_axis(const plot_geometry& g, double cursor_us, float unit_x);

}  // namespace looplab::ui::panels

namespace looplab::ui::panels {

// One span of a task's row, centred on mid: thick for running / sleeping, thin for waiting / done / cancelled, a
// tick where the task finished; a zero-length step that is still current stays visible.
void draw_span(ImDrawList* draw, const plot_geometry& g, const visible_span& span, float mid, float row_h);

}  // namespace looplab::ui::panels
