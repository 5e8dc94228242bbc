// script_layout.cpp — the Script view's window rectangles: toolbar on top, then editor | (timeline / output) on
// wide screens, or one tabbed window (Editor / Timeline / Output) on phones. ImGui-free.
#include "ui/layout.h"

#include <algorithm>

namespace looplab::ui {

void compute_script_layout(playground_layout& l, float w, float h, float top, float row_height) noexcept {
    constexpr float gap = 4.0f;
    // Wide: examples (up to two rows), transport row, scrub + status row; narrow: examples + Run, transport,
    // scrub, status. Plus window padding.
    const float toolbar_h = std::min(h * 0.45f, row_height * 4.0f + 16.0f);
    l.script_toolbar = ui_rect{0.0f, top, w, toolbar_h};
    const float body_y = top + toolbar_h + gap;
    const float body_h = std::max(h - toolbar_h - gap, 1.0f);
    if (l.kind == layout_kind::narrow) {
        l.script_panes = ui_rect{0.0f, body_y, w, body_h};
        return;
    }
    const float editor_w = std::clamp(w * 0.45f, 300.0f, w * 0.6f);
    const float right_x = editor_w + gap;
    const float right_w = std::max(w - right_x, 1.0f);
    const float timeline_h = std::max((body_h - gap) * 0.55f, 1.0f);
    l.script_editor = ui_rect{0.0f, body_y, editor_w, body_h};
    l.script_timeline = ui_rect{right_x, body_y, right_w, timeline_h};
    l.script_output = ui_rect{right_x, body_y + timeline_h + gap, right_w, std::max(body_h - timeline_h - gap, 1.0f)};
}

}  // namespace looplab::ui
