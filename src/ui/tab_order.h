// tab_order.h — Tab and Shift+Tab across the page's windows: ImGui's tabbing wraps inside one window; when it
// wraps, the focus goes on to the first control of the next window (Shift+Tab: the last of the previous one).
//
// Usage (draw_playground):
//   tab_order_begin_frame(view);                 // before any window: was last frame's Tab a wrap?
//   ImGui::Begin(name, ...); tab_order_window_begun(view, name);   // right after each Begin
#pragma once

#include "ui/playground.h"

namespace looplab::ui {

// Checks the last frame's Tab: if ImGui wrapped inside its window, picks the next (or previous) window.
void tab_order_begin_frame(view_state& view);
// In the window picked by tab_order_begin_frame, asks ImGui to focus its first (or last) control.
void tab_order_window_begun(view_state& view, const char* name);

}  // namespace looplab::ui
