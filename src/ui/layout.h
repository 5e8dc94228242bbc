// layout.h — where the playground's windows go for a given display size (ImGui-free, so it is unit-testable):
// side by side on wide screens, a transport bar over one tabbed window on narrow (phone) screens.
//
// Usage:
//   looplab::ui::playground_layout l = looplab::ui::compute_layout(1280, 720, 19.0f);
//   if (l.kind == looplab::ui::layout_kind::wide) place(l.controls); ...
#pragma once

#include <cstdint>

namespace looplab::ui {

// An axis-aligned rectangle in ImGui (display) coordinates.
struct ui_rect {
    float x = 0.0f;  // left
    float y = 0.0f;  // top
    float w = 0.0f;  // width
    float h = 0.0f;  // height
};

// A widget's last drawn rectangle in ImGui coordinates (for browser tests).
struct widget_rect {
    ui_rect rect;  // where it was
    bool visible = false;  // drawn in the last frame (false: e.g. on a tab that is not selected)
};

// True if the two rectangles share interior area (touching edges do not count).
bool rects_overlap(const ui_rect& a, const ui_rect& b) noexcept;

// Which arrangement is used.
enum class layout_kind : std::uint8_t {
    wide,  // controls column | (sequential lane / concurrent lane / output tabs)
    narrow,  // transport bar on top, everything else in one tabbed window below
};

// Displays narrower than this (in ImGui units at text scale 1; scaled with the text) get the narrow layout.
inline constexpr float narrow_layout_below = 760.0f;

// The window rectangles for one frame.
struct playground_layout {
    layout_kind kind = layout_kind::wide;  // arrangement
    ui_rect mode_bar;  // both: the "Experiment | Script" switch across the top; everything else is below it
    ui_rect controls;  // wide: settings, transport and results
    ui_rect sequential;  // wide: the sequential lane
    ui_rect concurrent;  // wide: the concurrent lane
    ui_rect output;  // wide: console / Python / Monte Carlo tabs
    ui_rect transport;  // narrow: play/step/restart, scrub, results
    ui_rect tabs;  // narrow: lanes / settings / console / Python / Monte Carlo tabs
    // The Script view (script_layout.cpp), below the mode bar too.
    ui_rect script_toolbar;  // both: examples, Run / Stop, playback, scrub, status
    ui_rect script_editor;  // wide: the editor (left)
    ui_rect script_timeline;  // wide: the tasks' timeline (right, top)
    ui_rect script_output;  // wide: printed lines, warnings, traceback (right, bottom)
    ui_rect script_panes;  // narrow: Editor / Timeline / Output tabs
};

// Fills l's script_* rectangles for a w x h area whose top is at y = top.
void compute_script_layout(playground_layout& l, float w, float h, float top, float row_height) noexcept;

// Height of the mode bar for a row height (a tab row plus window padding).
inline constexpr float mode_bar_height(float row_height) noexcept { return row_height + 14.0f; }

// True if a display this wide gets the narrow layout at this text scale (1 = 100 %).
bool is_narrow(float display_w, float text_scale = 1.0f) noexcept;

// Computes the layout. row_height: the height of one row of controls (frame height plus spacing); text_scale: the
// page's text size (1 = 100 %), which widens the controls column; transport_h: the narrow transport bar's content
// height as measured in the last frame (0: not yet measured, estimated from row_height).
playground_layout compute_layout(float display_w, float display_h, float row_height, float text_scale = 1.0f,
                                 float transport_h = 0.0f) noexcept;

}  // namespace looplab::ui
