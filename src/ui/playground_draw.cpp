// playground_draw.cpp — draw_playground: keyboard shortcuts, the layout (windows placed from the display size
// every frame, so they never overlap) and the windows themselves.
#include "ui/panels.h"
#include "ui/script_panels.h"

#include <algorithm>
#include <cstdio>

namespace looplab::ui {

namespace {

// NoNavInputs (unless view.keyboard_navigation): Space and the arrows are the playground's own keys (play/pause,
// step); with keyboard navigation on, they would also move the nav focus and press whatever widget it landed on.
constexpr ImGuiWindowFlags fixed_window = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                          ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings;

// Keys: Space plays/pauses, Right steps, Left steps back, R restarts; never while a text field has focus (or with
// Ctrl: Ctrl+R reloads).
void handle_keys(view_state& view) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || ImGui::IsAnyItemActive() || io.KeyCtrl || io.KeySuper) return;
    // The keys drive the view that is shown: the lanes, or the Script view's playback.
    const auto verb = [&](playback p) {
        if (view.mode == page_mode::script)
            panels::push_script(view, p);
        else
            view.commands.emplace_back(p);
    };
    if (ImGui::IsKeyPressed(ImGuiKey_Space, false)) verb(playback::toggle);
    // No key repeat: one press is one step (ImGui's repeat runs on its own clock, which a slow frame rate or a
    // test's held key would turn into several steps).
    if (ImGui::IsKeyPressed(ImGuiKey_RightArrow, false)) verb(playback::step);
    if (ImGui::IsKeyPressed(ImGuiKey_LeftArrow, false)) verb(playback::step_back);
    if (ImGui::IsKeyPressed(ImGuiKey_R, false)) verb(playback::restart);
}

// The keyboard shortcuts, wrapped to the window's width.
void draw_keys_hint() {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("Keys: Space play/pause, Right step, Left step back, R restart");
    ImGui::PopStyleColor();
}

void begin_window(view_state& view, const char* name, const ui_rect& r, ImGuiWindowFlags extra) {
    ImGui::SetNextWindowPos(ImVec2(r.x, r.y), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(r.w, r.h), ImGuiCond_Always);
    ImGui::Begin(
        name, nullptr,
        fixed_window | extra | (view.keyboard_navigation ? ImGuiWindowFlags_None : ImGuiWindowFlags_NoNavInputs));
    if (view.window_count < view.windows.size()) {
        const ImVec2 pos = ImGui::GetWindowPos();
        const ImVec2 size = ImGui::GetWindowSize();
        view.windows[view.window_count++] = window_record{name, ui_rect{pos.x, pos.y, size.x, size.y}};
    }
}

// Tabs get narrower side padding than the touch-sized buttons, so five tabs fit a 390 px phone. ImGui sizes
// tabs in BeginTabBar and EndTabBar and draws them in BeginTabItem: all three must see the same padding.
void push_tab_padding() {
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                        ImVec2(std::min(ImGui::GetStyle().FramePadding.x, 4.0f), ImGui::GetStyle().FramePadding.y));
}

bool begin_tab(const view_state& view, const char* label, playground_tab tab) {
    const ImGuiTabItemFlags flags =
        view.tab_request_pending && view.requested_tab == tab ? ImGuiTabItemFlags_SetSelected : ImGuiTabItemFlags_None;
    push_tab_padding();
    const bool open = ImGui::BeginTabItem(label, nullptr, flags);
    ImGui::PopStyleVar();
    return open;
}

void draw_output_tabs(const session& s, view_state& view, bool with_lanes_and_settings) {
    push_tab_padding();
    const bool bar_open = ImGui::BeginTabBar("tabs");
    ImGui::PopStyleVar();
    if (!bar_open) return;
    if (with_lanes_and_settings) {
        const bool lanes_open = begin_tab(view, "Lanes", playground_tab::lanes);
        panels::record_widget(view.widgets.lanes_tab);
        if (lanes_open) {
            view.current_tab = playground_tab::lanes;
            const ImVec2 avail = ImGui::GetContentRegionAvail();
            const float h = std::max((avail.y - ImGui::GetStyle().ItemSpacing.y) * 0.5f, 40.0f);
            panels::draw_lane(s, view, 0, ImVec2(avail.x, h));
            panels::draw_lane(s, view, 1, ImVec2(avail.x, h));
            ImGui::EndTabItem();
        }
        const bool settings_open = begin_tab(view, "Settings", playground_tab::settings);
        panels::record_widget(view.widgets.settings_tab);
        if (settings_open) {
            view.current_tab = playground_tab::settings;
            panels::draw_settings(s, view);
            ImGui::Separator();
            panels::draw_share(s, view);
            ImGui::Separator();
            panels::draw_notices(s, view);
            draw_keys_hint();
            ImGui::EndTabItem();
        }
    }
    if (begin_tab(view, "Console", playground_tab::console)) {
        view.current_tab = playground_tab::console;
        panels::draw_console(s, view);
        ImGui::EndTabItem();
    }
    if (begin_tab(view, "Python", playground_tab::python)) {
        view.current_tab = playground_tab::python;
        panels::draw_python(s, view);
        ImGui::EndTabItem();
    }
    if (begin_tab(view, "Monte Carlo", playground_tab::monte_carlo)) {
        view.current_tab = playground_tab::monte_carlo;
        panels::draw_monte_carlo(s, view);
        ImGui::EndTabItem();
    }
    push_tab_padding();
    ImGui::EndTabBar();
    ImGui::PopStyleVar();
}

void draw_wide(const session& s, view_state& view) {
    const playground_layout& l = view.layout;
    begin_window(view, "LoopLab: sequential vs asyncio###controls", l.controls, ImGuiWindowFlags_None);
    panels::draw_transport(s, view);
    panels::draw_results(s, false);
    ImGui::SeparatorText("Settings");
    panels::draw_settings(s, view);
    ImGui::SeparatorText("Share");
    panels::draw_share(s, view);
    // Notices and the blocking warning come after every control, so their coming and going moves none of them.
    panels::draw_notices(s, view);
    draw_keys_hint();
    ImGui::End();

    begin_window(view, "Sequential lane", l.sequential, ImGuiWindowFlags_NoTitleBar);
    panels::draw_lane(s, view, 0, ImGui::GetContentRegionAvail());
    ImGui::End();
    begin_window(view, "Concurrent lane", l.concurrent, ImGuiWindowFlags_NoTitleBar);
    panels::draw_lane(s, view, 1, ImGui::GetContentRegionAvail());
    ImGui::End();

    begin_window(view, "Output", l.output, ImGuiWindowFlags_NoTitleBar);
    draw_output_tabs(s, view, false);
    ImGui::End();
}

void draw_narrow(const session& s, view_state& view) {
    const playground_layout& l = view.layout;
    begin_window(view, "Transport", l.transport, ImGuiWindowFlags_NoTitleBar);
    panels::draw_transport(s, view);
    panels::draw_results(s, true);
    if (!s.blocking_warning().empty())
        ImGui::TextColored(ImVec4(1.0f, 0.55f, 0.35f, 1.0f), "Blocking call stalled the loop (see Settings)");
    else if (!s.notices().empty())
        ImGui::TextColored(ImVec4(1.0f, 0.85f, 0.4f, 1.0f), "%zu notice(s) in Settings", s.notices().size());
    ImGui::End();

    begin_window(view, "LoopLab", l.tabs, ImGuiWindowFlags_NoTitleBar);
    draw_output_tabs(s, view, true);
    ImGui::End();
}

}  // namespace

void draw_playground(const session& s, view_state& view, float display_w, float display_h) {
    handle_keys(view);
    view.widgets = playground_widgets{};
    view.window_count = 0;

    const bool narrow = display_w < narrow_layout_below;
    // Touch-friendly sizes on phones: bigger hit targets and gaps.
    if (narrow) {
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(12.0f, 10.0f));
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(10.0f, 10.0f));
        ImGui::PushStyleVar(ImGuiStyleVar_GrabMinSize, 28.0f);
        ImGui::PushStyleVar(ImGuiStyleVar_ScrollbarSize, 20.0f);
    }
    view.layout = compute_layout(display_w, display_h, ImGui::GetFrameHeightWithSpacing());
    view.script.widgets = script_widgets{};
    const ImGuiWindowFlags nav = view.keyboard_navigation ? ImGuiWindowFlags_None : ImGuiWindowFlags_NoNavInputs;
    if (view.mode == page_mode::script)
        panels::draw_script_view(s, view, nav);
    else if (view.layout.kind == layout_kind::wide)
        draw_wide(s, view);
    else
        draw_narrow(s, view);
    // Last, so windows[0] stays the view's first window (the one the first Tab press navigates in).
    panels::draw_mode_bar(view, nav);
    if (narrow) ImGui::PopStyleVar(4);
    view.tab_request_pending = false;
}

}  // namespace looplab::ui
