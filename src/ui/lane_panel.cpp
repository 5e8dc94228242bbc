// lane_panel.cpp — one run: a Gantt timeline (row per task, clipped with ImGuiListClipper, so 100,000 rows cost
// only the visible ones), legend, time axis, now-cursor, and the finish order as it happens.
#include "ui/overview_band.h"
#include "ui/panels.h"
#include "ui/text_fit.h"
#include "ui/timeline_draw.h"

#include "core/params.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace looplab::ui::panels {

namespace {

// Rows grow (up to 2.5 lines) to fill the lane when few tasks leave room. numbers_only: "3" instead of "Task 3".
float draw_rows(const session& s, std::size_t run_index, const plot_geometry& g, float label_w, bool numbers_only) {
    const run& r = s.runs()[run_index];
    const event_index& index = r.index();
    const auto cursor_t = static_cast<virtual_time>(std::floor(s.cursor_us()));
    const bool cut = r.truncated_at_cursor();
    const virtual_time drawn_until = cut ? std::min(cursor_t, index.truncated_at()) : cursor_t;
    const float base_row_h = ImGui::GetTextLineHeight() + 4.0f;
    const float fill_h = ImGui::GetContentRegionAvail().y / static_cast<float>(std::max(r.task_count(), 1u));
    const float row_h = std::floor(std::clamp(fill_h, base_row_h, base_row_h * 2.5f));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 0.0f));
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(r.task_count()), row_h);
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const auto task = static_cast<std::uint32_t>(row + 1);
            const ImVec2 p = ImGui::GetCursorScreenPos();
            char label[24];
            std::snprintf(label, sizeof label, numbers_only ? "%u" : "Task %u", task);
            const float lw = ImGui::CalcTextSize(label).x;
            draw->AddText(ImVec2(p.x + label_w - lw, p.y + (row_h - ImGui::GetTextLineHeight()) * 0.5f),
                          ImGui::GetColorU32(ImGuiCol_Text), label);
            const float mid = p.y + row_h * 0.5f;
            index.for_each_span(task, r.visible_events, drawn_until,
                                [&](const visible_span& span) { draw_span(draw, g, span, mid, row_h); });
            if (cut)
                draw->AddRectFilled(ImVec2(g.x_of(static_cast<double>(index.truncated_at())), p.y),
                                    ImVec2(g.x_of(static_cast<double>(cursor_t)), p.y + row_h), truncated_colour);
            ImGui::Dummy(ImVec2(label_w + g.width, row_h));
        }
    }
    ImGui::PopStyleVar();
    // The now-cursor over the visible part of the rows.
    const float cx = g.x_of(s.cursor_us());
    const ImVec2 top = ImGui::GetWindowPos();
    draw->AddLine(ImVec2(cx, top.y), ImVec2(cx, top.y + ImGui::GetWindowHeight()), cursor_colour, 1.5f);
    return row_h;
}

// short_form: "3" instead of "Task 3 done" (a narrow lane).
void draw_finish_order(const session& s, view_state& view, std::size_t run_index, bool short_form) {
    const run& r = s.runs()[run_index];
    const std::size_t shown = r.finished();
    const auto finishes = r.index().finishes();
    const bool at_bottom = ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - 1.0f;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(shown));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const finish_record& f = finishes[static_cast<std::size_t>(i)];
            text(view, short_form ? std::to_string(f.task) : format_text("Task %u done", f.task));
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("at %s", ms_text(static_cast<double>(f.time)).c_str());
        }
    }
    clipper.End();
    // Follow new lines like a terminal, unless the user scrolled up to read.
    if (view.shown_finishes.size() < s.runs().size()) view.shown_finishes.resize(s.runs().size(), 0);
    std::size_t& last_shown = view.shown_finishes[run_index];
    if (shown > last_shown && at_bottom) ImGui::SetScrollHereY(1.0f);
    last_shown = shown;
}

}  // namespace

float lane_min_height(const view_state& view) {
    float header = 0.0f;
    for (const float h : view.lane_header_heights) header = std::max(header, h);
    const ImGuiStyle& style = ImGui::GetStyle();
    // Header, time axis, four rows, window padding.
    return header + ImGui::GetTextLineHeight() + 6.0f + 4.0f * (ImGui::GetTextLineHeight() + 4.0f) +
           2.0f * style.WindowPadding.y + style.ItemSpacing.y;
}

void draw_lane(const session& s, view_state& view, std::size_t run_index, ImVec2 size, bool with_legend) {
    const run& r = s.runs()[run_index];
    const run_labels labels = r.source().labels();
    const bool first = run_index == 0;
    ImGui::PushID(static_cast<int>(run_index));
    ImGui::BeginChild("lane", size, false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);

    const std::size_t done = r.finished();
    const float header_top = ImGui::GetCursorPosY();
    text_wrapped(view, labels.heading, first ? ImVec4(1.0f, 0.7f, 0.45f, 1.0f) : ImVec4(0.55f, 0.75f, 1.0f, 1.0f));
    // What the last step revealed in this run, beside the heading if it fits, else wrapped below it.
    const std::string_view step = s.step_line();
    if (step.size() > labels.title.size() + 2 && step.substr(0, labels.title.size()) == labels.title) {
        const std::string_view what = step.substr(labels.title.size() + 2);
        ImGui::SameLine();
        if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(what.data(), what.data() + what.size()).x)
            ImGui::NewLine();
        text_wrapped(view, what);
    }
    const std::string cursor_text = ms_text(s.cursor_us());
    const std::string progress = done == r.task_count()
                                     ? format_text("t = %s  %zu/%u done  total %s", cursor_text.c_str(), done,
                                                   r.task_count(), ms_text(static_cast<double>(r.total_us())).c_str())
                                     : format_text("t = %s  %zu/%u done", cursor_text.c_str(), done, r.task_count());
    text_wrapped(view, progress);
    if (with_legend) draw_state_legend(view);
    const virtual_time axis_end = s.axis_end_us(run_index);
    if (axis_end < s.end_us()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        text_wrapped(view, format_text("own time axis (0-%s): the sequential lane's is %.0fx longer",
                                       ms_text(static_cast<double>(axis_end)).c_str(),
                                       static_cast<double>(s.end_us()) / static_cast<double>(axis_end)));
        ImGui::PopStyleColor();
    }
    if (r.truncated_at_cursor())
        text_wrapped(
            view,
            format_text("Timeline truncated: the event log cap (%zu events) was reached at %s",
                        r.index().span_event_limit(), ms_text(static_cast<double>(r.index().truncated_at())).c_str()),
            ImVec4(1.0f, 0.6f, 0.3f, 1.0f));

    if (view.lane_header_heights.size() < s.runs().size()) view.lane_header_heights.resize(s.runs().size(), 0.0f);
    view.lane_header_heights[run_index] = ImGui::GetCursorPosY() - header_top;

    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    // The finish list is as wide as its widest line; on a narrow lane its lines shorten to the task number.
    const float list_chrome = 2.0f * ImGui::GetStyle().WindowPadding.x + ImGui::GetStyle().ScrollbarSize;
    const float long_finish_w =
        ImGui::CalcTextSize(format_text("Task %u done", r.task_count()).c_str()).x + list_chrome;
    const bool short_finishes = long_finish_w > avail.x * 0.34f;
    const float finish_w =
        short_finishes ? ImGui::CalcTextSize(std::to_string(r.task_count()).c_str()).x + list_chrome : long_finish_w;
    const float gantt_w = std::max(avail.x - finish_w - spacing, 40.0f);
    // Row labels shorten to the number where "Task N" would take more than a third of the timeline.
    const bool numbers_only = ImGui::CalcTextSize(format_text("Task %u", r.task_count()).c_str()).x > gantt_w / 3.0f;
    const float label_w = ImGui::CalcTextSize(format_text(numbers_only ? "%u" : "Task %u", r.task_count()).c_str()).x;

    ImGui::BeginChild("gantt", ImVec2(gantt_w, avail.y), false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    plot_geometry g;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    g.x0 = origin.x + label_w + 6.0f;
    g.width = std::max(gantt_w - label_w - 6.0f - ImGui::GetStyle().ScrollbarSize - 4.0f, 10.0f);
    g.end_us = static_cast<double>(axis_end);
    // More tasks than rows fit: the band above the rows shows all of them over time, and scrubs when clicked.
    const float axis_h = ImGui::GetTextLineHeight() + 6.0f;
    if (static_cast<float>(r.task_count()) * (ImGui::GetTextLineHeight() + 4.0f) > avail.y - axis_h) {
        ImGui::SetCursorScreenPos(ImVec2(g.x0, ImGui::GetCursorScreenPos().y));
        const float band_h = std::clamp(avail.y * 0.2f, ImGui::GetTextLineHeight(), ImGui::GetTextLineHeight() * 3.0f);
        if (const auto t = draw_overview_band("overview", r.counts(), g.end_us, s.cursor_us(), ImVec2(g.width, band_h)))
            view.commands.emplace_back(scrub_to{*t});
        record_widget(first ? view.widgets.sequential_overview : view.widgets.concurrent_overview);
    }
    ImGui::SetCursorScreenPos(ImVec2(g.x0, ImGui::GetCursorScreenPos().y));
    draw_time_axis(g, s.cursor_us(), origin.x);
    ImGui::SetCursorScreenPos(ImVec2(origin.x, ImGui::GetCursorScreenPos().y));
    ImGui::BeginChild("rows", ImVec2(0.0f, 0.0f), false);
    const float row_h = draw_rows(s, run_index, g, label_w, numbers_only);
    if (first) {
        record_widget_window(view.widgets.sequential_rows);
        view.sequential_row_height = row_h;
    }
    ImGui::EndChild();
    ImGui::EndChild();

    ImGui::SameLine();
    ImGui::BeginChild("finish_order", ImVec2(finish_w, avail.y), true);
    draw_finish_order(s, view, run_index, short_finishes);
    ImGui::EndChild();

    ImGui::EndChild();
    ImGui::PopID();
}

}  // namespace looplab::ui::panels
