// The application frame: advance first, then build the ImGui frame from the state, then render (sokol's order).
#include "app/app.h"

#include "app/browser_bridge.h"

#include <cstdio>

namespace looplab::app {

namespace {
// A context that does not come back leaves a blank canvas: say so and offer a reload instead.
void watch_gl_context(app& a, double now_ms) {
  if (!a.window.gl_context_lost) {
    a.gl_lost_since_ms = -1.0;
    return;
  }
  if (a.gl_lost_since_ms < 0.0) a.gl_lost_since_ms = now_ms;
  if (!a.gave_up_on_gl && now_ms - a.gl_lost_since_ms > k_gl_restore_patience_ms) {
    a.gave_up_on_gl = true;
    browser_show_fatal("The graphics context (WebGL) was lost and did not come back. "
                       "Your settings are kept in the link: reload the page to continue.");
  }
}
}  // namespace

bool app_open(app& a) {
  return platform_window_open(a.window, "LoopLab", 1280, 720);
}

void app_frame(app& a, double now_ms) {
  platform_window_poll(a.window);
  a.frame.clamped_delta_ms = a.clock.tick(now_ms);
  a.frame.raf_ms = now_ms;
  ++a.frame.frame_count;

  watch_gl_context(a, now_ms);

  platform_window_begin_frame();
  ui::draw_skeleton_panel(a.panel, a.frame);
  platform_window_present(a.window);
}

void app_close(app& a) {
  platform_window_close(a.window);
}

std::string app_state_json(const app& a) {
  char buffer[512];
  const float* r = a.panel.button_rect;
  std::snprintf(buffer, sizeof buffer,
                "{\"frame_count\":%llu,\"raf_ms\":%.3f,\"delta_ms\":%.3f,\"clicks\":%d,"
                "\"button\":{\"x0\":%.1f,\"y0\":%.1f,\"x1\":%.1f,\"y1\":%.1f},\"device_pixel_ratio\":%.3f,"
                "\"gl_context_lost\":%s,\"gl_context_restores\":%d}",
                static_cast<unsigned long long>(a.frame.frame_count), a.frame.raf_ms, a.frame.clamped_delta_ms,
                a.panel.clicks, static_cast<double>(r[0]), static_cast<double>(r[1]), static_cast<double>(r[2]),
                static_cast<double>(r[3]), static_cast<double>(a.window.device_pixel_ratio),
                a.window.gl_context_lost ? "true" : "false", a.window.gl_context_restores);
  return buffer;
}

}  // namespace looplab::app
