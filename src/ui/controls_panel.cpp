// controls_panel.cpp — transport, results, notices and share buttons: they read the session and push commands.
#include "ui/panels.h"

#include "core/report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace looplab::ui::panels {

std::string ms_text(double us) { return format_ms(static_cast<virtual_duration>(std::floor(us))) + " ms"; }

void record_widget(widget_rect& w) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    w.rect = ui_rect{min.x, min.y, max.x - min.x, max.y - min.y};
    w.visible = true;
}

void draw_transport(const session& s, view_state& view) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float button_w =
        std::max(ImGui::GetFrameHeight() * 2.0f, (ImGui::GetContentRegionAvail().x - 4.0f * spacing) / 5.0f);
    if (ImGui::Button(s.playing() ? "Pause###play" : "Play###play", ImVec2(button_w, 0.0f)))
        view.commands.emplace_back(playback::toggle);
    record_widget(view.widgets.play_button);
    ImGui::SameLine();
    ImGui::BeginDisabled(!s.can_step_back());
    if (ImGui::Button("Back###step_back", ImVec2(button_w, 0.0f))) view.commands.emplace_back(playback::step_back);
    ImGui::EndDisabled();
    record_widget(view.widgets.step_back_button);
    ImGui::SameLine();
    if (ImGui::Button("Step###step", ImVec2(button_w, 0.0f))) view.commands.emplace_back(playback::step);
    record_widget(view.widgets.step_button);
    ImGui::SameLine();
    if (ImGui::Button("Restart###restart", ImVec2(button_w, 0.0f))) view.commands.emplace_back(playback::restart);
    record_widget(view.widgets.restart_button);
    ImGui::SameLine();
    if (ImGui::Button("End###end", ImVec2(button_w, 0.0f))) view.commands.emplace_back(playback::end);

    const double end_ms = static_cast<double>(s.end_us()) / 1000.0;
    double cursor_ms = s.cursor_us() / 1000.0;
    const double zero = 0.0;
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::SliderScalar("##scrub", ImGuiDataType_Double, &cursor_ms, &zero, &end_ms, "t = %.3f ms"))
        view.commands.emplace_back(scrub_to{cursor_ms * 1000.0});
    record_widget(view.widgets.scrub_slider);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Drag to scrub: replayed from the recorded event streams");
}

namespace {

void draw_results_lines(const session& s, bool compact) {
    const std::size_t seq_done = s.lane_run(lane_mode::sequential).finished();
    const std::size_t con_done = s.lane_run(lane_mode::concurrent).finished();
    const std::size_t n = s.plan().delays.size();
    if (!s.all_done_at_cursor()) {
        ImGui::Text("Done: sequential %zu/%zu, concurrent %zu/%zu", seq_done, n, con_done, n);
        if (!compact) ImGui::TextDisabled("Totals and the speedup appear when both lanes finish.");
        return;
    }
    const std::string sum_text = ms_text(static_cast<double>(s.sum_of_delays()));
    const std::string max_text = ms_text(static_cast<double>(s.max_delay()));
    const virtual_time concurrent_total = s.lane_run(lane_mode::concurrent).total_us();
    const std::string con_text = ms_text(static_cast<double>(concurrent_total));
    const double speedup = s.speedup();
    char speedup_text[48];
    if (std::isfinite(speedup))
        std::snprintf(speedup_text, sizeof speedup_text, "Speedup %.2fx", speedup);
    else
        std::snprintf(speedup_text, sizeof speedup_text, "Speedup: n/a (all delays 0)");
    const ImVec4 accent(1.0f, 0.82f, 0.35f, 1.0f);
    if (compact) {
        ImGui::TextColored(accent, "%s", speedup_text);
        ImGui::SameLine();
        ImGui::Text("sum %s vs %s", sum_text.c_str(), con_text.c_str());
        return;
    }
    ImGui::Text("Sequential total = sum of delays = %s", sum_text.c_str());
    const bool concurrent_is_max = concurrent_total == s.max_delay();
    ImGui::Text("Concurrent total = %s %s", con_text.c_str(), concurrent_is_max ? "= max delay" : "");
    if (!concurrent_is_max)
        ImGui::TextDisabled("(max delay is %s; a limit or a blocking call made it longer)", max_text.c_str());
    ImGui::SetWindowFontScale(1.8f);
    ImGui::TextColored(accent, "%s", speedup_text);
    ImGui::SetWindowFontScale(1.0f);
}

}  // namespace

void draw_results(const session& s, bool compact) {
    // The block keeps one height while a run plays and after it ends (three lines and the speedup at 1.8x, its
    // tallest), so nothing below it moves under the pointer.
    const float top = ImGui::GetCursorPosY();
    draw_results_lines(s, compact);
    if (compact) return;  // one line either way
    const float reserved = 3.0f * ImGui::GetTextLineHeightWithSpacing() + 1.8f * ImGui::GetTextLineHeight() +
                           ImGui::GetStyle().ItemSpacing.y;
    if (ImGui::GetCursorPosY() < top + reserved) ImGui::SetCursorPosY(top + reserved);
}

void draw_notices(const session& s, view_state& view) {
    if (!s.blocking_warning().empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.55f, 0.35f, 1.0f));
        ImGui::TextWrapped("WARNING:asyncio:%s", s.blocking_warning().c_str());
        ImGui::PopStyleColor();
    }
    const auto notices = s.notices();
    for (std::size_t i = 0; i < notices.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::SmallButton("x")) view.commands.emplace_back(dismiss_notice{i});
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.85f, 0.4f, 1.0f));
        ImGui::TextWrapped("%s", notices[i].c_str());
        ImGui::PopStyleColor();
        ImGui::PopID();
    }
}

void draw_share(const session& s, view_state& view) {
    (void)s;
    if (ImGui::Button("Copy link")) view.commands.emplace_back(export_report{report::link_to_clipboard});
    record_widget(view.widgets.copy_link_button);
    ImGui::SameLine();
    if (ImGui::Button("Download trace")) view.commands.emplace_back(export_report{report::trace_download});
    record_widget(view.widgets.download_trace_button);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Chrome Trace Event JSON: open it in ui.perfetto.dev or chrome://tracing");
}

}  // namespace looplab::ui::panels
