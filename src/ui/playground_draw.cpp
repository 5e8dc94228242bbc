// playground_draw.cpp — draw_playground: keyboard shortcuts, the layout (windows placed from the display size
// every frame, so they never overlap) and the windows themselves.
#include "ui/panels.h"
#include "ui/script_panels.h"
#include "ui/tab_order.h"
#include "ui/text_fit.h"
#include "ui/timeline_draw.h"

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

// The keyboard shortcuts, wrapped to the window's width (wide layout only: a phone has no keyboard to hint at).
void draw_keys_hint(view_state& view) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    panels::text_wrapped(view, "Keys: Space play/pause, Right step, Left step back, R restart");
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
    tab_order_window_begun(view, name);
}

// Tabs get narrower side padding than the touch-sized buttons, so five tabs fit a 390 px phone. ImGui sizes
// tabs in BeginTabBar and EndTabBar and draws them in BeginTabItem: all three must see the same padding.
void push_tab_padding() {
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                        ImVec2(std::min(ImGui::GetStyle().FramePadding.x, 4.0f), ImGui::GetStyle().FramePadding.y));
}

bool begin_tab(view_state& view, const char* label, playground_tab tab) {
    const ImGuiTabItemFlags flags =
        view.tab_request_pending && view.requested_tab == tab ? ImGuiTabItemFlags_SetSelected : ImGuiTabItemFlags_None;
    push_tab_padding();
    const bool open = ImGui::BeginTabItem(label, nullptr, flags);
    panels::note_inside(view, label);
    ImGui::PopStyleVar();
    return open;
}

void draw_output_tabs(const session& s, view_state& view) {
    push_tab_padding();
    const bool bar_open = ImGui::BeginTabBar("tabs");
    ImGui::PopStyleVar();
    if (!bar_open) return;
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

// The narrow layout's views as a row of buttons that wraps onto a second row where it must (a tab bar would shrink
// its tabs and cut their labels on a phone at a large text size).
void draw_view_buttons(view_state& view) {
    if (view.tab_request_pending) view.current_tab = view.requested_tab;
    const struct {
        const char* label;
        playground_tab tab;
        widget_rect* rect;
    } views[] = {{"Lanes", playground_tab::lanes, &view.widgets.lanes_tab},
                 {"Settings", playground_tab::settings, &view.widgets.settings_tab},
                 {"Console", playground_tab::console, nullptr},
                 {"Python", playground_tab::python, nullptr},
                 {"Monte Carlo", playground_tab::monte_carlo, nullptr}};
    bool first = true;
    for (const auto& v : views) {
        if (!first) panels::same_line_if_fits(ImGui::CalcTextSize(v.label).x + 2.0f * ImGui::GetStyle().FramePadding.x);
        first = false;
        const bool selected = view.current_tab == v.tab;
        if (selected) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (panels::button(view, v.label)) view.current_tab = v.tab;
        if (selected) ImGui::PopStyleColor();
        if (v.rect) panels::record_widget(*v.rect);
    }
    ImGui::Separator();
}

void draw_narrow_view(const session& s, view_state& view) {
    switch (view.current_tab) {
        case playground_tab::lanes: {
            panels::draw_intro(view);
            // Each lane gets half the height, but never less than its header and a few rows: the view scrolls.
            const ImVec2 avail = ImGui::GetContentRegionAvail();
            const float h = std::max((avail.y - ImGui::GetStyle().ItemSpacing.y) * 0.5f, panels::lane_min_height(view));
            panels::draw_lane(s, view, 0, ImVec2(avail.x, h), false);
            panels::draw_lane(s, view, 1, ImVec2(avail.x, h), false);
            // One legend for both lanes, under them: at a large text size it wraps onto two lines, which each
            // lane's header would otherwise take from its rows.
            panels::draw_state_legend(view);
            break;
        }
        case playground_tab::settings:
            panels::draw_settings(s, view);
            ImGui::Separator();
            panels::draw_share(s, view);
            ImGui::Separator();
            panels::draw_notices(s, view);
            break;
        case playground_tab::console:
            panels::draw_console(s, view);
            break;
        case playground_tab::python:
            panels::draw_python(s, view);
            break;
        case playground_tab::monte_carlo:
            panels::draw_monte_carlo(s, view);
            break;
    }
}

void draw_wide(const session& s, view_state& view) {
    const playground_layout& l = view.layout;
    begin_window(view, "LoopLab: sequential vs asyncio###controls", l.controls, ImGuiWindowFlags_None);
    panels::draw_intro(view);
    panels::draw_transport(s, view);
    panels::draw_results(s, view, false);
    ImGui::SeparatorText("Settings");
    panels::draw_settings(s, view);
    ImGui::SeparatorText("Share");
    panels::draw_share(s, view);
    // Notices and the blocking warning come after every control, so their coming and going moves none of them.
    panels::draw_notices(s, view);
    draw_keys_hint(view);
    ImGui::End();

    begin_window(view, "Sequential lane", l.sequential, ImGuiWindowFlags_NoTitleBar);
    panels::draw_lane(s, view, 0, ImGui::GetContentRegionAvail());
    ImGui::End();
    begin_window(view, "Concurrent lane", l.concurrent, ImGuiWindowFlags_NoTitleBar);
    panels::draw_lane(s, view, 1, ImGui::GetContentRegionAvail());
    ImGui::End();

    begin_window(view, "Output", l.output, ImGuiWindowFlags_NoTitleBar);
    draw_output_tabs(s, view);
    ImGui::End();
}

void draw_narrow(const session& s, view_state& view) {
    const playground_layout& l = view.layout;
    begin_window(view, "Transport", l.transport, ImGuiWindowFlags_NoTitleBar);
    panels::draw_transport(s, view);
    panels::draw_results(s, view, true);
    if (!s.blocking_warning().empty())
        panels::text_wrapped(view, "A blocking call stalled the loop (see Settings)", ImVec4(1.0f, 0.55f, 0.35f, 1.0f));
    else if (!s.notices().empty())
        panels::text_wrapped(view, panels::format_text("%zu notice(s) in Settings", s.notices().size()),
                             ImVec4(1.0f, 0.85f, 0.4f, 1.0f));
    // The bar is as tall as what it drew (the next frame's layout uses this), so no blank band is left under it.
    view.transport_content_h =
        ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y + ImGui::GetStyle().WindowPadding.y;
    ImGui::End();

    begin_window(view, "LoopLab", l.tabs, ImGuiWindowFlags_NoTitleBar);
    draw_view_buttons(view);
    draw_narrow_view(s, view);
    ImGui::End();
}

}  // namespace

void draw_playground(const session& s, view_state& view, float display_w, float display_h) {
    handle_keys(view);
    tab_order_begin_frame(view);  // before view.windows is refilled: it names last frame's windows in order
    view.widgets = playground_widgets{};
    view.help_open = false;
    view.drawn_texts.clear();
    view.window_count = 0;

    const float text_scale = static_cast<float>(view.text_percent) / 100.0f;
    const bool narrow = is_narrow(display_w, text_scale);
    // Touch-friendly sizes on phones: bigger hit targets and gaps.
    if (narrow) {
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(12.0f, 10.0f));
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(10.0f, 10.0f));
        ImGui::PushStyleVar(ImGuiStyleVar_GrabMinSize, 28.0f);
        ImGui::PushStyleVar(ImGuiStyleVar_ScrollbarSize, 20.0f);
    }
    view.layout =
        compute_layout(display_w, display_h, ImGui::GetFrameHeightWithSpacing(), text_scale, view.transport_content_h);
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
