// controls_panel.cpp — transport, results, notices and share buttons: they read the session and push commands.
#include "ui/panels.h"
#include "ui/text_fit.h"

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

void record_widget_window(widget_rect& w) {
    const ImVec2 pos = ImGui::GetWindowPos();
    const ImVec2 size = ImGui::GetWindowSize();
    w.rect = ui_rect{pos.x, pos.y, size.x, size.y};
    w.visible = true;
}

void draw_transport(const session& s, view_state& view) {
    const ImGuiStyle& style = ImGui::GetStyle();
    // Five equal buttons across the row; where their labels do not fit (a phone at a large text size), each is as
    // wide as "Restart" and they flow onto a second row.
    const float widest_w = ImGui::CalcTextSize("Restart").x + 2.0f * style.FramePadding.x;
    const float button_w = std::max(widest_w, (ImGui::GetContentRegionAvail().x - 4.0f * style.ItemSpacing.x) / 5.0f);
    if (button(view, s.playing() ? "Pause###play" : "Play###play", ImVec2(button_w, 0.0f)))
        view.commands.emplace_back(playback::toggle);
    record_widget(view.widgets.play_button);
    same_line_if_fits(button_w);
    ImGui::BeginDisabled(!s.can_step_back());
    if (button(view, "Back###step_back", ImVec2(button_w, 0.0f))) view.commands.emplace_back(playback::step_back);
    ImGui::EndDisabled();
    record_widget(view.widgets.step_back_button);
    same_line_if_fits(button_w);
    if (button(view, "Step###step", ImVec2(button_w, 0.0f))) view.commands.emplace_back(playback::step);
    record_widget(view.widgets.step_button);
    same_line_if_fits(button_w);
    if (button(view, "Restart###restart", ImVec2(button_w, 0.0f))) view.commands.emplace_back(playback::restart);
    record_widget(view.widgets.restart_button);
    same_line_if_fits(button_w);
    if (button(view, "End###end", ImVec2(button_w, 0.0f))) view.commands.emplace_back(playback::end);

    const double end_ms = static_cast<double>(s.end_us()) / 1000.0;
    double cursor_ms = s.cursor_us() / 1000.0;
    const double zero = 0.0;
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::SliderScalar("##scrub", ImGuiDataType_Double, &cursor_ms, &zero, &end_ms, "t = %.3f ms"))
        view.commands.emplace_back(scrub_to{cursor_ms * 1000.0});
    record_widget(view.widgets.scrub_slider);
    note_labeled(view, "##scrub", format_text("t = %.3f ms", cursor_ms));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Drag to scrub: replayed from the recorded event streams");
}

namespace {

void draw_results_lines(const session& s, view_state& view, bool compact) {
    const std::size_t seq_done = s.lane_run(lane_mode::sequential).finished();
    const std::size_t con_done = s.lane_run(lane_mode::concurrent).finished();
    const std::size_t n = s.plan().delays.size();
    if (!s.all_done_at_cursor()) {
        const std::string seq_text = format_text("Sequential %zu/%zu done", seq_done, n);
        const std::string con_text = format_text("concurrent %zu/%zu", con_done, n);
        text(view, seq_text);
        if (compact) {
            same_line_if_fits(ImGui::CalcTextSize(con_text.c_str()).x);
            text(view, con_text);
            return;
        }
        text(view, format_text("Concurrent %zu/%zu done", con_done, n));
        text_disabled(view, "The speedup shows at the end.");
        return;
    }
    const std::string sum_text = ms_text(static_cast<double>(s.sum_of_delays()));
    const std::string max_text = ms_text(static_cast<double>(s.max_delay()));
    const virtual_time concurrent_total = s.lane_run(lane_mode::concurrent).total_us();
    const std::string con_text = ms_text(static_cast<double>(concurrent_total));
    const double speedup = s.speedup();
    const std::string speedup_text =
        std::isfinite(speedup) ? format_text("Speedup %.2fx", speedup) : std::string("Speedup n/a (no delays)");
    const ImVec4 accent(1.0f, 0.82f, 0.35f, 1.0f);
    if (compact) {
        text(view, speedup_text, accent);
        // Two pieces that wrap between them, never inside a number.
        const std::string sum_part = "sum " + sum_text;
        const std::string con_part = "vs " + con_text;
        same_line_if_fits(ImGui::CalcTextSize(sum_part.c_str()).x);
        text(view, sum_part);
        same_line_if_fits(ImGui::CalcTextSize(con_part.c_str()).x);
        text(view, con_part);
        return;
    }
    text(view, "Sequential " + sum_text + " = sum");
    const bool concurrent_is_max = concurrent_total == s.max_delay();
    text(view, "Concurrent " + con_text + (concurrent_is_max ? " = max" : ""));
    if (!concurrent_is_max) text_disabled(view, "(max " + max_text + "; a limit or block)");
    ImGui::SetWindowFontScale(1.8f);
    text(view, speedup_text, accent);
    ImGui::SetWindowFontScale(1.0f);
}

}  // namespace

void draw_results(const session& s, view_state& view, bool compact) {
    // The block keeps one height while a run plays and after it ends (three lines and the speedup at 1.8x, its
    // tallest), so nothing below it moves under the pointer.
    const float top = ImGui::GetCursorPosY();
    draw_results_lines(s, view, compact);
    if (compact) return;  // one line either way
    const float reserved = 3.0f * ImGui::GetTextLineHeightWithSpacing() + 1.8f * ImGui::GetTextLineHeight() +
                           ImGui::GetStyle().ItemSpacing.y;
    if (ImGui::GetCursorPosY() < top + reserved) ImGui::SetCursorPosY(top + reserved);
}

void draw_notices(const session& s, view_state& view) {
    if (!s.blocking_warning().empty()) {
        text_wrapped(view, "WARNING:asyncio:" + s.blocking_warning(), ImVec4(1.0f, 0.55f, 0.35f, 1.0f));
    }
    const auto notices = s.notices();
    for (std::size_t i = 0; i < notices.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        if (small_button(view, "x")) view.commands.emplace_back(dismiss_notice{i});
        ImGui::SameLine();
        text_wrapped(view, notices[i], ImVec4(1.0f, 0.85f, 0.4f, 1.0f));
        ImGui::PopID();
    }
}

void draw_share(const session& s, view_state& view) {
    (void)s;
    if (button(view, "Copy link")) view.commands.emplace_back(export_report{report::link_to_clipboard});
    record_widget(view.widgets.copy_link_button);
    same_line_if_fits(ImGui::CalcTextSize("Download trace").x + 2.0f * ImGui::GetStyle().FramePadding.x);
    if (button(view, "Download trace")) view.commands.emplace_back(export_report{report::trace_download});
    record_widget(view.widgets.download_trace_button);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Chrome Trace Event JSON: open it in ui.perfetto.dev or chrome://tracing");
}

}  // namespace looplab::ui::panels
