// layout.cpp — window rectangles from the display size; recomputed every frame, so resizing just works.
#include "ui/layout.h"

#include <algorithm>

namespace looplab::ui {

bool rects_overlap(const ui_rect& a, const ui_rect& b) noexcept {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

bool is_narrow(float display_w, float text_scale) noexcept {
    return display_w < narrow_layout_below * std::max(text_scale, 1.0f);
}

namespace {
constexpr float gap = 4.0f;

// The experiment's windows in the area below the mode bar (origin at its top left).
playground_layout compute_below_bar(float w, float h, float row_height, float k, float transport_h_measured) noexcept {
    playground_layout l;
    if (is_narrow(w, k)) {
        l.kind = layout_kind::narrow;
        // Transport: buttons, scrub slider and the results line, as tall as it was drawn (no blank band below).
        const float estimate = row_height * 3.0f + 16.0f;
        const float transport_h = std::min(h * 0.45f, transport_h_measured > 0.0f ? transport_h_measured : estimate);
        l.transport = ui_rect{0.0f, 0.0f, w, transport_h};
        l.tabs = ui_rect{0.0f, transport_h + gap, w, std::max(h - transport_h - gap, 1.0f)};
        return l;
    }
    l.kind = layout_kind::wide;
    const float controls_w = std::min(std::clamp(w * 0.27f, 290.0f * k, 400.0f * k), w * 0.45f);
    const float right_x = controls_w + gap;
    const float right_w = w - right_x;
    const float output_h = std::min(std::clamp(h * 0.25f, 150.0f, 320.0f), h * 0.4f);
    const float lane_h = std::max((h - output_h - 2.0f * gap) * 0.5f, 1.0f);
    l.controls = ui_rect{0.0f, 0.0f, controls_w, h};
    l.sequential = ui_rect{right_x, 0.0f, right_w, lane_h};
    l.concurrent = ui_rect{right_x, lane_h + gap, right_w, lane_h};
    l.output = ui_rect{right_x, 2.0f * (lane_h + gap), right_w, std::max(h - 2.0f * (lane_h + gap), 1.0f)};
    return l;
}
}  // namespace

playground_layout compute_layout(float display_w, float display_h, float row_height, float text_scale,
                                 float transport_h_measured) noexcept {
    const float w = std::max(display_w, 1.0f);
    const float h = std::max(display_h, 1.0f);
    const float k = std::max(text_scale, 1.0f);
    const float bar_h = std::min(mode_bar_height(row_height), h * 0.2f);
    const float top = bar_h + gap;
    playground_layout l = compute_below_bar(w, std::max(h - top, 1.0f), row_height, k, transport_h_measured);
    for (ui_rect* r : {&l.controls, &l.sequential, &l.concurrent, &l.output, &l.transport, &l.tabs})
        if (r->w > 0.0f) r->y += top;
    l.mode_bar = ui_rect{0.0f, 0.0f, w, bar_h};
    compute_script_layout(l, w, std::max(h - top, 1.0f), top, row_height);
    return l;
}

}  // namespace looplab::ui
