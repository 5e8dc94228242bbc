// The application: owns the window, the frame clock and every panel's state, and runs one frame at a time.
// Usage: app a; app_open(a); while (!a.window.quit_requested) app_frame(a, now_ms); app_close(a);
#pragma once
#include "app/frame_clock.h"
#include "app/platform_window.h"
#include "ui/skeleton_panel.h"

#include <string>

namespace looplab::app {

// Everything that lives across frames. Kept on the heap by the mains (the web main returns early).
struct app {
  platform_window window;           // SDL window + GL context + ImGui
  frame_clock clock;                // rAF timestamps -> clamped deltas
  ui::frame_info frame;             // this frame's timing, handed to the panels
  ui::skeleton_panel_state panel;   // placeholder panel's state
  double gl_lost_since_ms = -1.0;   // rAF time when the GL context was found lost (-1: not lost)
  bool gave_up_on_gl = false;       // the restore never came; the page shows a reload message
};

// How long the app waits for a lost WebGL context to come back before it offers a reload.
inline constexpr double k_gl_restore_patience_ms = 5000.0;

// Opens the window and ImGui. Returns false if the platform could not give us a GL context.
bool app_open(app& a);
// One frame: poll input, clamp the delta, advance, build the ImGui frame, render. now_ms: rAF or steady clock.
void app_frame(app& a, double now_ms);
// Releases the window and ImGui.
void app_close(app& a);
// The app's observable state as one JSON object (for tests and the page's hooks).
std::string app_state_json(const app& a);

}  // namespace looplab::app
