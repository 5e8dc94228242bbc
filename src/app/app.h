// The application: owns the window, the frame clock, the session and the view, and runs one frame at a time.
// Usage: app a; app_open(a); while (!a.window.quit_requested) app_frame(a, now_ms); app_close(a);
#pragma once
#include "app/code_link.h"
#include "app/frame_clock.h"
#include "app/glyph_fallback.h"
#include "app/page_input.h"
#include "app/platform_window.h"
#include "session/host.h"
#include "session/session.h"
#include "ui/playground.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace looplab::app {

// The session's budgets in the app: the Script view's slice is also bounded by the steady clock (app.cpp).
session_options page_session_options();

// Everything that lives across frames. Kept on the heap by the mains (the web main returns early).
struct app {
    platform_window window;  // SDL window + GL context + ImGui
    frame_clock clock;  // rAF timestamps -> clamped deltas
    session model{session_settings{}, page_session_options()};  // the playground's model (settings, runs, cursor,
        // derived facts, the Script view's script)
    ui::view_state view;  // what the UI keeps between frames (edit buffers, tabs, widget rectangles, text size)
    session_host host;  // clipboard, download, aria-live, share URL
    page_input_state input;  // the page's keys, text and clipboard on their way into ImGui
    std::uint64_t frame_count = 0;  // frames drawn so far
    double raf_ms = 0.0;  // this frame's rAF (or steady clock) timestamp
    double delta_ms = 0.0;  // this frame's clamped delta
    double frame_work_ms = 0.0;  // CPU time of the last frame's advance + UI build + render submit
    std::uint64_t seen_settings_version = 0;  // settings version last written to the URL hash
    std::string last_hash;  // the hash as the app last wrote or read it
    int seen_text_percent = 100;  // text size last written to the URL hash
    bool hash_read = false;  // app_apply_hash ran at least once
    unsigned int history_gesture_id = 0;  // the ImGui item whose ongoing drag made the newest history entry (0: none)
    glyph_fallback_state glyphs;  // codepoints the main font lacks, and the fallback font's fetch
    code_link_state code_link;  // the Script view's `#code=` link in the hash, if any
    double gl_lost_since_ms = -1.0;  // rAF time when the GL context was found lost (-1: not lost)
    bool gave_up_on_gl = false;  // the restore never came; the page shows a reload message
};

// How long the app waits for a lost WebGL context to come back before it offers a reload.
inline constexpr double gl_restore_patience_ms = 5000.0;

// Opens the window and ImGui, wires the host, and applies the settings in the URL hash.
bool app_open(app& a);
// One frame: poll input, clamp the delta, advance, build the ImGui frame, render. now_ms: rAF or steady clock.
void app_frame(app& a, double now_ms);
// Releases the window and ImGui.
void app_close(app& a);
// Re-reads the URL hash (page load, hashchange) and applies it if it differs from the current settings.
void app_apply_hash(app& a);
// The tab became visible again: the next frame hands on no time, so nothing jumps.
void app_on_visible(app& a);
// The app's observable state as one JSON object (for tests and the page's hooks).
std::string app_state_json(const app& a);

}  // namespace looplab::app
