// script_timeline.cpp — the Script view's timeline: one row per task in creation order ("<module>", "Task-1", ...)
// with its spans in the lanes' colours, the warnings as markers at their moment, the now-cursor; rows are clipped
// with ImGuiListClipper, so 100,000 tasks cost only the visible ones.
#include "ui/overview_band.h"
#include "ui/panels.h"
#include "ui/script_panels.h"
#include "ui/timeline_draw.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace looplab::ui::panels {

namespace {

// The warnings (time, first line) as markers on the axis row, each with its whole text as a tooltip.
void draw_warning_markers(const script_session& sc, const plot_geometry& g, float y, float h, float rows_bottom) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (const python::run_warning& w : sc.script().warnings()) {
        if (static_cast<double>(w.time) > sc.cursor_us()) continue;  // not happened yet at the cursor
        const float x = g.x_of(static_cast<double>(w.time));
        draw->AddTriangleFilled(ImVec2(x - 5.0f, y), ImVec2(x + 5.0f, y), ImVec2(x, y + h * 0.6f), warning_colour);
        for (float yy = y + h * 0.6f; yy < rows_bottom; yy += 6.0f)
            draw->AddLine(ImVec2(x, yy), ImVec2(x, std::min(yy + 3.0f, rows_bottom)), warning_colour);
        if (ImGui::IsMouseHoveringRect(ImVec2(x - 6.0f, y), ImVec2(x + 6.0f, y + h)))
            ImGui::SetTooltip("At %s:\n%s", ms_text(static_cast<double>(w.time)).c_str(), w.text.c_str());
    }
}

// What the row's task does at the cursor, and on what it waits ("waiting on Queue.get", "waiting on Task-3").
void show_row_tooltip(const script_session& sc, std::uint32_t row, const std::string& name) {
    const run& r = sc.current();
    std::string what = to_string(r.index().state_at(row, r.visible_events));
    r.index().for_each_span(row, r.visible_events, static_cast<virtual_time>(sc.cursor_us()),
                            [&](const visible_span& span) {
                                if (span.closed || span.state != task_state::waiting) return;
                                if (span.waits_on == wait_target::task)
                                    what = "waiting on " + sc.row_name(span.waits_on_task);
                                else if (span.waits_on != wait_target::unknown)
                                    what = std::string{"waiting on "} + to_string(span.waits_on);
                            });
    ImGui::SetTooltip("%s: %s at the cursor", name.c_str(), what.c_str());
}

void draw_rows(const script_session& sc, const plot_geometry& g, float label_w) {
    const run& r = sc.current();
    const event_index& index = r.index();
    const auto cursor_t = static_cast<virtual_time>(std::floor(sc.cursor_us()));
    const float row_h = ImGui::GetTextLineHeight() + 4.0f;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 0.0f));
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(r.task_count()), row_h);
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const auto row = static_cast<std::uint32_t>(i + 1);
            const ImVec2 p = ImGui::GetCursorScreenPos();
            const std::string name = sc.row_name(row);
            const ImVec4 clip(p.x, p.y, p.x + label_w, p.y + row_h);
            draw->AddText(nullptr, 0.0f, ImVec2(p.x, p.y + 2.0f), ImGui::GetColorU32(ImGuiCol_Text), name.c_str(),
                          nullptr, 0.0f, &clip);
            const float mid = p.y + row_h * 0.5f;
            index.for_each_span(row, r.visible_events, cursor_t,
                                [&](const visible_span& span) { draw_span(draw, g, span, mid, row_h); });
            ImGui::Dummy(ImVec2(label_w + g.width, row_h));
            if (ImGui::IsItemHovered()) show_row_tooltip(sc, row, name);
        }
    }
    ImGui::PopStyleVar();
    const float cx = g.x_of(sc.cursor_us());
    const ImVec2 top = ImGui::GetWindowPos();
    draw->AddLine(ImVec2(cx, top.y), ImVec2(cx, top.y + ImGui::GetWindowHeight()), cursor_colour, 1.5f);
}

}  // namespace

void draw_script_timeline(const session& s, view_state& view, ImVec2 size) {
    const script_session& sc = s.script();
    ImGui::BeginChild("script_timeline", size, false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    if (!sc.has_run()) {
        ImGui::TextWrapped(
            "Pick an example above, or write a script in the editor and press Run: every asyncio "
            "task gets a row here, with its state over virtual time.");
        ImGui::EndChild();
        return;
    }
    const run& r = sc.current();
    ImGui::Text("%u rows: <module> (code outside any task; its time.sleep holds the loop) and each asyncio Task",
                r.task_count());
    draw_state_legend(view);
    const float label_w = std::min(ImGui::CalcTextSize("Task-100000 ").x, ImGui::GetContentRegionAvail().x * 0.3f);
    plot_geometry g;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    g.x0 = origin.x + label_w + 6.0f;
    g.width =
        std::max(ImGui::GetContentRegionAvail().x - label_w - 6.0f - ImGui::GetStyle().ScrollbarSize - 4.0f, 10.0f);
    g.end_us = std::max(1000.0, static_cast<double>(sc.now_us()));  // at least 1 ms: a 0 ms run keeps a readable axis
    ImGui::SetCursorScreenPos(ImVec2(g.x0, origin.y));
    // More tasks than rows fit: the lanes' overview band shows all of them over time, and scrubs when clicked.
    const float row_h = ImGui::GetTextLineHeight() + 4.0f;
    const float avail_h = ImGui::GetContentRegionAvail().y;
    if (static_cast<float>(r.task_count()) * row_h > avail_h - 2.0f * row_h) {
        const float band_h = std::clamp(avail_h * 0.2f, ImGui::GetTextLineHeight(), ImGui::GetTextLineHeight() * 3.0f);
        if (const auto t =
                draw_overview_band("script_overview", r.counts(), g.end_us, sc.cursor_us(), ImVec2(g.width, band_h)))
            push_script(view, scrub_to{*t});
        record_widget(view.script.widgets.overview_band);
        ImGui::SetCursorScreenPos(ImVec2(g.x0, ImGui::GetCursorScreenPos().y));
    }
    const float axis_y = ImGui::GetCursorScreenPos().y;
    draw_time_axis(g, sc.cursor_us(), origin.x);
    const float axis_h = ImGui::GetCursorScreenPos().y - axis_y;
    ImGui::SetCursorScreenPos(ImVec2(origin.x, ImGui::GetCursorScreenPos().y));
    const float rows_top = ImGui::GetCursorScreenPos().y;
    ImGui::BeginChild("script_rows", ImVec2(0.0f, 0.0f), false);
    draw_rows(sc, g, label_w);
    ImGui::EndChild();
    const float rows_bottom = ImGui::GetItemRectMax().y;
    (void)rows_top;
    draw_warning_markers(sc, g, axis_y, axis_h, rows_bottom);
    ImGui::EndChild();
}

}  // namespace looplab::ui::panels
