// monte_carlo_panel.cpp — the Monte Carlo panel: starts a sweep (the session runs a slice per frame)
// and plots mean Σ and mean max against N on log-log axes with ImDrawList.
#include "ui/panels.h"
#include "ui/text_fit.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>

namespace looplab::ui::panels {

namespace {

constexpr ImU32 sum_colour = IM_COL32(245, 140, 55, 255);
constexpr ImU32 max_colour = IM_COL32(80, 145, 235, 255);

void draw_plot(view_state& view, const monte_carlo& sweep, ImVec2 size) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("plot", ImVec2(std::max(size.x, 60.0f), std::max(size.y, 60.0f)));
    const ImVec2 p1 = ImGui::GetItemRectMax();
    const float left = ImGui::CalcTextSize("1000 ms").x + 8.0f;
    const float bottom = ImGui::GetTextLineHeight() + 6.0f;
    const ImVec2 a(p0.x + left, p0.y + 4.0f);
    const ImVec2 b(p1.x - 8.0f, p1.y - bottom);
    draw->AddRect(a, b, ImGui::GetColorU32(ImGuiCol_Border));

    double lo = 1e300, hi = 0.0;
    std::uint32_t n_max = 1;
    for (const monte_carlo_point& pt : sweep.points()) {
        n_max = std::max(n_max, pt.tasks);
        if (pt.runs == 0) continue;
        for (const double v : {pt.mean_sum_ms(), pt.mean_max_ms()})
            if (v > 0.0) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
    }
    if (hi <= 0.0) {
        lo = 0.1;
        hi = 1000.0;
    }
    const double y_lo = std::floor(std::log10(lo)), y_hi = std::max(std::ceil(std::log10(hi)), y_lo + 1.0);
    const double x_hi = std::max(std::log10(static_cast<double>(n_max)), 1.0);
    const auto px = [&](double n) { return a.x + static_cast<float>(std::log10(n) / x_hi) * (b.x - a.x); };
    const auto py = [&](double ms) {
        const double f = (std::log10(std::max(ms, std::pow(10.0, y_lo))) - y_lo) / (y_hi - y_lo);
        return b.y - static_cast<float>(f) * (b.y - a.y);
    };
    const ImU32 grid = ImGui::GetColorU32(ImGuiCol_TextDisabled, 0.35f);
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    char label[32];
    for (double e = y_lo; e <= y_hi; e += 1.0) {
        const float y = py(std::pow(10.0, e));
        draw->AddLine(ImVec2(a.x, y), ImVec2(b.x, y), grid);
        std::snprintf(label, sizeof label, "%g ms", std::pow(10.0, e));
        draw->AddText(ImVec2(p0.x, y - ImGui::GetTextLineHeight() * 0.5f), text, label);
        note_drawn(view, label, p0.x, y, a.x);
    }
    for (double n = 1.0; n <= n_max; n *= 10.0) {
        const float x = px(n);
        draw->AddLine(ImVec2(x, a.y), ImVec2(x, b.y), grid);
        std::snprintf(label, sizeof label, "N=%g", n);
        draw->AddText(ImVec2(std::min(x, b.x - ImGui::CalcTextSize(label).x), b.y + 3.0f), text, label);
    }
    for (int series = 0; series < 2; ++series) {
        ImVec2 previous;
        bool have_previous = false;
        for (const monte_carlo_point& pt : sweep.points()) {
            if (pt.runs == 0) continue;
            const ImVec2 q(px(pt.tasks), py(series == 0 ? pt.mean_sum_ms() : pt.mean_max_ms()));
            if (have_previous) draw->AddLine(previous, q, series == 0 ? sum_colour : max_colour, 2.0f);
            draw->AddCircleFilled(q, 2.5f, series == 0 ? sum_colour : max_colour);
            previous = q;
            have_previous = true;
        }
    }
    // Speedup labels at each decade: the gap between the two curves, which is the blog post's lesson.
    for (const monte_carlo_point& pt : sweep.points()) {
        const double decade = std::log10(static_cast<double>(pt.tasks));
        if (pt.runs == 0 || std::abs(decade - std::round(decade)) > 1e-9 || pt.speedup() <= 0.0) continue;
        std::snprintf(label, sizeof label, "x%.0f", pt.speedup());
        draw->AddText(ImVec2(px(pt.tasks) + 3.0f, py(pt.mean_sum_ms()) - ImGui::GetTextLineHeight() - 2.0f), sum_colour,
                      label);
    }
    // The key, in the plot's top left corner, shortened where the plot is narrow.
    const bool roomy = ImGui::CalcTextSize("mean concurrent total (max delay)").x + 12.0f < b.x - a.x;
    const char* sum_key = roomy ? "mean sum of delays (sequential total)" : "mean sum";
    const char* max_key = roomy ? "mean concurrent total (max delay)" : "mean max";
    draw->AddText(ImVec2(a.x + 6.0f, a.y + 4.0f), sum_colour, sum_key);
    note_drawn(view, sum_key, a.x + 6.0f, a.y + 4.0f, b.x);
    draw->AddText(ImVec2(a.x + 6.0f, a.y + 6.0f + ImGui::GetTextLineHeight()), max_colour, max_key);
    note_drawn(view, max_key, a.x + 6.0f, a.y + 6.0f + ImGui::GetTextLineHeight(), b.x);
}

}  // namespace

void draw_monte_carlo(const session& s, view_state& view) {
    const monte_carlo& sweep = s.sweep();
    const char* labels[] = {"100 seeds", "1,000 seeds", "10,000 seeds"};
    ImGui::SetNextItemWidth(ImGui::CalcTextSize("10,000 seeds").x + ImGui::GetFrameHeight() * 2.0f);
    static_assert(std::size(labels) == sweep_seed_choices.size());
    ImGui::Combo("##seeds", &view.sweep_seed_choice, labels, static_cast<int>(sweep_seed_choices.size()));
    note_labeled(view, "##seeds", labels[std::clamp(view.sweep_seed_choice, 0, 2)], ImGui::GetFrameHeight());
    same_line_if_fits(ImGui::CalcTextSize("Run sweep").x + 2.0f * ImGui::GetStyle().FramePadding.x);
    if (sweep.running()) {
        if (button(view, "Cancel")) view.commands.emplace_back(cancel_sweep{});
    } else if (button(view, "Run sweep")) {
        view.commands.emplace_back(start_sweep{sweep_seeds_of(view.sweep_seed_choice)});
    }
    same_line_if_fits(ImGui::CalcTextSize("100%").x * 2.0f);
    char overlay[48];
    std::snprintf(overlay, sizeof overlay, "%.0f%%", sweep.progress() * 100.0);
    ImGui::ProgressBar(static_cast<float>(sweep.progress()), ImVec2(-1.0f, 0.0f), overlay);
    if (sweep.points().empty()) {
        text_wrapped(view,
                     "Runs the experiment for many seeds (no animation) for N = 1 .. 1,000 tasks, with the current "
                     "distribution and limit, and plots the mean total of each lane. A slice runs each frame.");
        return;
    }
    const monte_carlo_point& last = sweep.points().back();
    text_wrapped(view, format_text("%s, limit %u: N = %u: mean sum %.2f ms, mean concurrent %.3f ms, speedup x%.1f",
                                   std::string{to_string(sweep.config().distribution)}.c_str(), sweep.config().limit,
                                   last.tasks, last.mean_sum_ms(), last.mean_max_ms(), last.speedup()));
    draw_plot(view, sweep, ImGui::GetContentRegionAvail());
}

}  // namespace looplab::ui::panels
