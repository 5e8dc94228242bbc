// playground_draw.cpp — draw_playground: keyboard shortcuts, the layout (windows placed from the display size
// every frame, so they never overlap), the windows themselves, and the aria-live flush.
#include "ui/panels.h"

#include "core/report.h"

#include <algorithm>
#include <cstdio>

namespace looplab::ui {

namespace {

// NoNavInputs (unless pg.keyboard_navigation): Space and the arrows are the playground's own keys (play/pause,
// step); with keyboard navigation on, they would also move the nav focus and press whatever widget it landed on.
constexpr ImGuiWindowFlags fixed_window = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                          ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings;

// Keys: Space plays/pauses, Right steps, R restarts; never while a text field has focus (or with Ctrl: Ctrl+R reloads).
void handle_keys(playground& pg) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || ImGui::IsAnyItemActive() || io.KeyCtrl || io.KeySuper) return;
    if (ImGui::IsKeyPressed(ImGuiKey_Space, false)) playground_command(pg, "toggle");
    // No key repeat: one press is one step (ImGui's repeat runs on its own clock, which a slow frame rate or a
    // test's held key would turn into several steps).
    if (ImGui::IsKeyPressed(ImGuiKey_RightArrow, false)) playground_step(pg);
    if (ImGui::IsKeyPressed(ImGuiKey_R, false)) playground_restart(pg);
}

// The line of the blocking time.sleep in the generated script, so the warning points where Python's would.
int blocking_python_line(playground& pg) {
    if (pg.blocking_python_line == 0) {
        experiment_result shape;  // the script's lines depend on the plan and config only, not on the totals
        shape.config = pg.settings.experiment;
        shape.plan = pg.plan;
        const std::string script = format_python(shape);
        const std::size_t at = script.find("# blocks the loop");
        pg.blocking_python_line =
            at == std::string::npos ? -1
                                    : 1 + static_cast<int>(std::count(
                                              script.begin(), script.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
    }
    return pg.blocking_python_line;
}

// asyncio's debug-mode slow-callback warning, once a blocking step of the concurrent lane is visible. The task
// names follow asyncio.run: the main coroutine is Task-1, so task_coro(n) runs as Task-(n + 1).
void update_blocking_warning(playground& pg) {
    pg.blocking_warning.clear();
    const lane_view& v = pg.lanes[1];
    std::size_t checked = 0;
    for (const std::uint32_t task : pg.settings.experiment.blocking_tasks) {
        if (++checked > 16) break;
        for (std::uint32_t s = v.index.first_span(task); s != no_span; s = v.index.span_at(s).next) {
            const span_record& span = v.index.span_at(s);
            if (span.begin_event >= v.visible_events || span.next == no_span) break;
            const span_record& after = v.index.span_at(span.next);
            if (span.state != task_state::running_or_blocking || after.begin_event >= v.visible_events) continue;
            const virtual_duration held = after.begin - span.begin;
            if (held <= 0) continue;
            char text[200];
            std::snprintf(
                text, sizeof text,
                "Executing <Task pending name='Task-%u' coro=<task_coro() running at looplab.py:%d>> took %.3f seconds",
                task + 1, blocking_python_line(pg), static_cast<double>(held) / 1e6);
            pg.blocking_warning = text;
            return;
        }
    }
}

void begin_window(playground& pg, const char* name, const ui_rect& r, ImGuiWindowFlags extra) {
    ImGui::SetNextWindowPos(ImVec2(r.x, r.y), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(r.w, r.h), ImGuiCond_Always);
    ImGui::Begin(
        name, nullptr,
        fixed_window | extra | (pg.keyboard_navigation ? ImGuiWindowFlags_None : ImGuiWindowFlags_NoNavInputs));
    if (pg.window_count < pg.windows.size()) {
        const ImVec2 pos = ImGui::GetWindowPos();
        const ImVec2 size = ImGui::GetWindowSize();
        pg.windows[pg.window_count++] = window_record{name, ui_rect{pos.x, pos.y, size.x, size.y}};
    }
}

// Tabs get narrower side padding than the touch-sized buttons, so five tabs fit a 390 px phone. ImGui sizes
// tabs in BeginTabBar and EndTabBar and draws them in BeginTabItem: all three must see the same padding.
void push_tab_padding() {
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                        ImVec2(std::min(ImGui::GetStyle().FramePadding.x, 4.0f), ImGui::GetStyle().FramePadding.y));
}

bool begin_tab(playground& pg, const char* label, playground_tab tab) {
    const ImGuiTabItemFlags flags =
        pg.tab_request_pending && pg.requested_tab == tab ? ImGuiTabItemFlags_SetSelected : ImGuiTabItemFlags_None;
    push_tab_padding();
    const bool open = ImGui::BeginTabItem(label, nullptr, flags);
    ImGui::PopStyleVar();
    return open;
}

void draw_output_tabs(playground& pg, playground_host& host, bool with_lanes_and_settings) {
    push_tab_padding();
    const bool bar_open = ImGui::BeginTabBar("tabs");
    ImGui::PopStyleVar();
    if (!bar_open) return;
    if (with_lanes_and_settings) {
        const bool lanes_open = begin_tab(pg, "Lanes", playground_tab::lanes);
        panels::record_widget(pg.widgets.lanes_tab);
        if (lanes_open) {
            pg.current_tab = playground_tab::lanes;
            const ImVec2 avail = ImGui::GetContentRegionAvail();
            const float h = std::max((avail.y - ImGui::GetStyle().ItemSpacing.y) * 0.5f, 40.0f);
            panels::draw_lane(pg, lane_id::sequential, ImVec2(avail.x, h));
            panels::draw_lane(pg, lane_id::concurrent, ImVec2(avail.x, h));
            ImGui::EndTabItem();
        }
        const bool settings_open = begin_tab(pg, "Settings", playground_tab::settings);
        panels::record_widget(pg.widgets.settings_tab);
        if (settings_open) {
            pg.current_tab = playground_tab::settings;
            panels::draw_settings(pg);
            ImGui::Separator();
            panels::draw_share(pg, host);
            ImGui::Separator();
            panels::draw_notices(pg);
            ImGui::TextDisabled("Keys: Space play/pause, Right step, R restart");
            ImGui::EndTabItem();
        }
    }
    if (begin_tab(pg, "Console", playground_tab::console)) {
        pg.current_tab = playground_tab::console;
        panels::draw_console(pg, host);
        ImGui::EndTabItem();
    }
    if (begin_tab(pg, "Python", playground_tab::python)) {
        pg.current_tab = playground_tab::python;
        panels::draw_python(pg, host);
        ImGui::EndTabItem();
    }
    if (begin_tab(pg, "Monte Carlo", playground_tab::monte_carlo)) {
        pg.current_tab = playground_tab::monte_carlo;
        panels::draw_monte_carlo(pg);
        ImGui::EndTabItem();
    }
    push_tab_padding();
    ImGui::EndTabBar();
    ImGui::PopStyleVar();
}

void draw_wide(playground& pg, playground_host& host) {
    const playground_layout& l = pg.layout;
    begin_window(pg, "LoopLab: sequential vs asyncio###controls", l.controls, ImGuiWindowFlags_None);
    panels::draw_transport(pg);
    panels::draw_results(pg, false);
    panels::draw_notices(pg);
    ImGui::SeparatorText("Settings");
    panels::draw_settings(pg);
    ImGui::SeparatorText("Share");
    panels::draw_share(pg, host);
    ImGui::TextDisabled("Keys: Space play/pause, Right step, R restart");
    ImGui::End();

    begin_window(pg, "Sequential lane", l.sequential, ImGuiWindowFlags_NoTitleBar);
    panels::draw_lane(pg, lane_id::sequential, ImGui::GetContentRegionAvail());
    ImGui::End();
    begin_window(pg, "Concurrent lane", l.concurrent, ImGuiWindowFlags_NoTitleBar);
    panels::draw_lane(pg, lane_id::concurrent, ImGui::GetContentRegionAvail());
    ImGui::End();

    begin_window(pg, "Output", l.output, ImGuiWindowFlags_NoTitleBar);
    draw_output_tabs(pg, host, false);
    ImGui::End();
}

void draw_narrow(playground& pg, playground_host& host) {
    const playground_layout& l = pg.layout;
    begin_window(pg, "Transport", l.transport, ImGuiWindowFlags_NoTitleBar);
    panels::draw_transport(pg);
    panels::draw_results(pg, true);
    if (!pg.blocking_warning.empty())
        ImGui::TextColored(ImVec4(1.0f, 0.55f, 0.35f, 1.0f), "Blocking call stalled the loop (see Settings)");
    else if (!pg.notices.empty())
        ImGui::TextColored(ImVec4(1.0f, 0.85f, 0.4f, 1.0f), "%zu notice(s) in Settings", pg.notices.size());
    ImGui::End();

    begin_window(pg, "LoopLab", l.tabs, ImGuiWindowFlags_NoTitleBar);
    draw_output_tabs(pg, host, true);
    ImGui::End();
}

}  // namespace

void draw_playground(playground& pg, playground_host& host, float display_w, float display_h) {
    if (!pg.started) playground_apply(pg, playground_settings{});
    handle_keys(pg);
    update_blocking_warning(pg);
    pg.widgets = playground_widgets{};
    pg.window_count = 0;

    const bool narrow = display_w < narrow_layout_below;
    // Touch-friendly sizes on phones: bigger hit targets and gaps.
    if (narrow) {
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(12.0f, 10.0f));
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(10.0f, 10.0f));
        ImGui::PushStyleVar(ImGuiStyleVar_GrabMinSize, 28.0f);
        ImGui::PushStyleVar(ImGuiStyleVar_ScrollbarSize, 20.0f);
    }
    pg.layout = compute_layout(display_w, display_h, ImGui::GetFrameHeightWithSpacing());
    if (pg.layout.kind == layout_kind::wide)
        draw_wide(pg, host);
    else
        draw_narrow(pg, host);
    if (narrow) ImGui::PopStyleVar(4);
    pg.tab_request_pending = false;

    if (host.announce)
        for (const std::string& line : pg.announcements) host.announce(line);
    pg.announcements.clear();
}

}  // namespace looplab::ui
