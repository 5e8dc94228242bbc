// timeline_draw.cpp — the state colours, legend and time axis every timeline draws with.
#include "ui/timeline_draw.h"

#include "ui/text_fit.h"

#include <cmath>
#include <cstdio>

namespace looplab::ui::panels {

namespace {

constexpr ImU32 ready_colour = IM_COL32(175, 178, 190, 255);
constexpr ImU32 waiting_colour = IM_COL32(125, 128, 140, 255);
constexpr ImU32 sleeping_colour = IM_COL32(80, 145, 235, 255);
constexpr ImU32 running_colour = IM_COL32(245, 140, 55, 255);
constexpr ImU32 blocking_colour = IM_COL32(235, 85, 40, 255);
constexpr ImU32 done_colour = IM_COL32(95, 195, 115, 255);
constexpr ImU32 cancelled_colour = IM_COL32(220, 70, 70, 255);
constexpr ImU32 failed_colour = IM_COL32(200, 60, 170, 255);

// Thin bars: the task is not doing anything on the loop.
bool thin_bar(task_state s) {
    return s == task_state::ready || s == task_state::waiting || s == task_state::done || s == task_state::cancelled ||
           s == task_state::failed;
}

double nice_step(double raw) {
    const double decade = std::pow(10.0, std::floor(std::log10(std::max(raw, 1e-9))));
    for (const double m : {1.0, 2.0, 5.0})
        if (m * decade >= raw) return m * decade;
    return 10.0 * decade;
}

}  // namespace

ImU32 state_colour(task_state s) {
    switch (s) {
        case task_state::ready:
            return ready_colour;
        case task_state::waiting:
            return waiting_colour;
        case task_state::sleeping:
            return sleeping_colour;
        case task_state::running:
            return running_colour;
        case task_state::blocking:
            return blocking_colour;
        case task_state::done:
            return done_colour;
        case task_state::cancelled:
            return cancelled_colour;
        case task_state::failed:
            return failed_colour;
    }
    return waiting_colour;
}

void draw_state_legend(view_state& view) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float box = ImGui::GetFontSize() * 0.7f;
    const struct {
        ImU32 colour;
        const char* label;
    } items[] = {{ready_colour, "ready"},     {waiting_colour, "waiting"},   {sleeping_colour, "sleeping"},
                 {running_colour, "running"}, {blocking_colour, "blocking"}, {done_colour, "done"},
                 {cursor_colour, "now"}};
    bool first = true;
    for (const auto& item : items) {
        // Wrap on narrow screens instead of running off the edge.
        const float item_w = box + 4.0f + ImGui::CalcTextSize(item.label).x;
        if (!first) {
            ImGui::SameLine();
            if (ImGui::GetContentRegionAvail().x < item_w) ImGui::NewLine();
        }
        first = false;
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float y = p.y + (ImGui::GetTextLineHeight() - box) * 0.5f;
        draw->AddRectFilled(ImVec2(p.x, y), ImVec2(p.x + box, y + box), item.colour);
        ImGui::Dummy(ImVec2(box, ImGui::GetTextLineHeight()));
        ImGui::SameLine(0.0f, 4.0f);
        text(view, item.label);
    }
}

void draw_time_axis(const plot_geometry& g, double cursor_us, float unit_x) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight() + 6.0f;
    const double end_ms = g.end_us / 1000.0;
    // Ticks far enough apart for labels like "12.5" at the current font size.
    const double tick_px = ImGui::CalcTextSize("00.00").x * 1.5;
    const double step = nice_step(end_ms / std::max(1.0, static_cast<double>(g.width) / tick_px));
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    for (int i = 0; i <= 200; ++i) {
        const double t_ms = step * i;
        if (t_ms > end_ms * 1.0001) break;
        const float x = g.x_of(t_ms * 1000.0);
        draw->AddLine(ImVec2(x, p.y + h - 5.0f), ImVec2(x, p.y + h), text);
        char label[32];
        std::snprintf(label, sizeof label, "%g", t_ms);
        const float w = ImGui::CalcTextSize(label).x;
        draw->AddText(ImVec2(std::min(x - w * 0.5f, g.x0 + g.width - w), p.y), text, label);
    }
    draw->AddText(ImVec2(unit_x, p.y), text, "ms");
    const float cx = g.x_of(cursor_us);
    draw->AddTriangleFilled(ImVec2(cx - 4.0f, p.y + h - 6.0f), ImVec2(cx + 4.0f, p.y + h - 6.0f), ImVec2(cx, p.y + h),
                            cursor_colour);
    ImGui::Dummy(ImVec2(g.width, h));
}

void draw_span(ImDrawList* draw, const plot_geometry& g, const visible_span& span, float mid, float row_h) {
    const float x1 = g.x_of(static_cast<double>(span.begin));
    float x2 = g.x_of(static_cast<double>(span.end));
    float half = row_h * 0.35f;
    if (thin_bar(span.state)) half = row_h * 0.12f;
    // Zero-length running steps stay visible while they are the current state (stepping at t = 0).
    if (span.state == task_state::running && (x2 - x1 < 2.0f) && !span.closed) x2 = x1 + 2.0f;
    if (x2 - x1 < 1.0f && (span.state == task_state::sleeping || span.state == task_state::blocking)) x2 = x1 + 1.0f;
    if (x2 > x1) draw->AddRectFilled(ImVec2(x1, mid - half), ImVec2(x2, mid + half), state_colour(span.state));
    // Each blocking step is a span of its own: a dark edge where one starts, so back-to-back time.sleep calls read
    // as a staircase of steps rather than one bar.
    if (span.state == task_state::blocking && x2 - x1 >= 4.0f)
        draw->AddLine(ImVec2(x1 + 0.5f, mid - half), ImVec2(x1 + 0.5f, mid + half), IM_COL32(20, 20, 24, 255), 2.0f);
    if (span.state == task_state::done)
        draw->AddRectFilled(ImVec2(x1 - 1.0f, mid - row_h * 0.35f), ImVec2(x1 + 1.0f, mid + row_h * 0.35f),
                            state_colour(task_state::done));
}

}  // namespace looplab::ui::panels
