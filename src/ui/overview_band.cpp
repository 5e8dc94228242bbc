// overview_band.cpp — stacked per-state columns from state_counts buckets: done at the bottom, then running,
// sleeping and waiting, each column's height the share of the run's tasks; at most state_count_buckets columns.
#include "ui/overview_band.h"

#include "ui/timeline_draw.h"

#include <algorithm>
#include <array>
#include <cstdio>

namespace looplab::ui {

namespace {

// Bottom to top: what is over first, what is still to come last.
constexpr std::array<task_state, task_state_slots> stack_order = {
    task_state::done,     task_state::failed,   task_state::cancelled, task_state::running,
    task_state::blocking, task_state::sleeping, task_state::waiting,   task_state::ready};

ImU32 dimmed(ImU32 colour) { return (colour & ~IM_COL32_A_MASK) | IM_COL32(0, 0, 0, 90); }

void show_counts_tooltip(const state_counts& counts, std::size_t b) {
    const state_tally& t = counts.bucket(b);
    const double end_ms = static_cast<double>((static_cast<virtual_time>(b) + 1) * counts.bucket_width()) / 1000.0;
    ImGui::SetTooltip(
        "until t = %.3f ms: %u ready, %u waiting, %u sleeping, %u running, %u blocking, %u done, "
        "%u cancelled, %u failed",
        end_ms, t[state_slot(task_state::ready)], t[state_slot(task_state::waiting)],
        t[state_slot(task_state::sleeping)], t[state_slot(task_state::running)], t[state_slot(task_state::blocking)],
        t[state_slot(task_state::done)], t[state_slot(task_state::cancelled)], t[state_slot(task_state::failed)]);
}

}  // namespace

std::optional<double> draw_overview_band(const char* id, const state_counts& counts, double axis_end_us,
                                         double cursor_us, ImVec2 size) {
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton(id, ImVec2(std::max(size.x, 1.0f), std::max(size.y, 1.0f)));
    const ImVec2 p1 = ImGui::GetItemRectMax();
    const float w = p1.x - p0.x;
    const float h = p1.y - p0.y;
    const double end = std::max(axis_end_us, 1.0);
    const auto x_of = [&](double t_us) { return p0.x + static_cast<float>(std::clamp(t_us / end, 0.0, 1.0)) * w; };
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(p0, p1, ImGui::GetColorU32(ImGuiCol_FrameBg));
    const float tasks = static_cast<float>(std::max(counts.task_count(), 1u));
    const double width_us = static_cast<double>(counts.bucket_width());
    // Neighbouring buckets with the same tally (a run's quiet stretches) are drawn as one column.
    for (std::size_t b = 0; b < counts.bucket_count();) {
        const double begin_us = static_cast<double>(b) * width_us;
        if (begin_us >= end) break;
        const bool future = begin_us > cursor_us;
        const state_tally& tally = counts.bucket(b);
        std::size_t next = b + 1;
        while (next < counts.bucket_count() && counts.bucket(next) == tally &&
               (static_cast<double>(next) * width_us > cursor_us) == future)
            ++next;
        const float x1 = x_of(begin_us);
        const float x2 = std::max(x_of(static_cast<double>(next) * width_us), x1 + 1.0f);
        b = next;
        float y = p1.y;
        for (const task_state s : stack_order) {
            const float part = static_cast<float>(tally[state_slot(s)]) / tasks * h;
            if (part <= 0.0f) continue;
            const ImU32 colour = panels::state_colour(s);
            draw->AddRectFilled(ImVec2(x1, y - part), ImVec2(x2, y), future ? dimmed(colour) : colour);
            y -= part;
        }
    }
    const float cx = x_of(cursor_us);
    draw->AddLine(ImVec2(cx, p0.y), ImVec2(cx, p1.y), panels::cursor_colour, 2.0f);
    const float mouse_x = ImGui::GetIO().MousePos.x;
    const double t_us = std::clamp(static_cast<double>(mouse_x - p0.x) / std::max(w, 1.0f), 0.0, 1.0) * end;
    if (ImGui::IsItemHovered() && counts.bucket_count() > 0) {
        const auto b = static_cast<std::size_t>(t_us / width_us);
        show_counts_tooltip(counts, std::min(b, counts.bucket_count() - 1));
    }
    if (ImGui::IsItemActive() && ImGui::IsMouseDown(ImGuiMouseButton_Left)) return t_us;
    return std::nullopt;
}

}  // namespace looplab::ui
