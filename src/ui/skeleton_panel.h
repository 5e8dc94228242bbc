// The foundation's placeholder panel: shows the rAF clock and frame count, and a button with a visible effect.
// Usage: skeleton_panel_state state; ... each frame, inside an ImGui frame: draw_skeleton_panel(state, info);
#pragma once
#include <cstdint>

namespace looplab::ui {

// What the app tells the panel about the current frame (read-only for the panel).
struct frame_info {
  double raf_ms = 0.0;            // the rAF (or steady clock) timestamp of this frame, in ms
  double clamped_delta_ms = 0.0;  // the frame delta after clamping, in ms
  std::uint64_t frame_count = 0;  // frames drawn so far, this one included
};

// Panel state, owned by the app (no static locals).
struct skeleton_panel_state {
  int clicks = 0;                  // how often the button was pressed
  float button_rect[4] = {};       // last frame's button rectangle (x0, y0, x1, y1) in ImGui coordinates, for tests
};

// Draws the panel into the current ImGui frame.
void draw_skeleton_panel(skeleton_panel_state& state, const frame_info& info);

}  // namespace looplab::ui
