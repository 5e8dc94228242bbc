// playground.h — the LoopLab playground's ImGui view: a mode bar (Experiment | Script); the twin lanes' Gantt
// timelines, controls, scrubbing, console / Python / Monte Carlo panels; the Script view (editor, toolbar, timeline,
// output). It reads a session and pushes session_commands; it keeps only view state.
//
// Usage (once per frame, inside an ImGui frame):
//   looplab::ui::view_state view;                                    // the app owns it; no statics anywhere
//   looplab::ui::draw_playground(s, view, display_w, display_h);     // reads the session only
//   for (const looplab::session_command& c : view.take_commands()) s.apply(c);
#pragma once

#include "session/session.h"
#include "ui/layout.h"
#include "ui/script_view_state.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace looplab::ui {

// The rectangles browser tests click and type into.
struct playground_widgets {
    widget_rect task_count_input;  // typed task count
    widget_rect delays_input;  // typed explicit delays
    widget_rect task_count_slider;  // task count slider
    widget_rect limit_slider;  // concurrency limit slider
    widget_rect play_button;  // play / pause
    widget_rect step_button;  // step one event
    widget_rect step_back_button;  // step one event back
    widget_rect restart_button;  // restart at t = 0
    widget_rect download_trace_button;  // "Download trace"
    widget_rect copy_link_button;  // "Copy link"
    widget_rect scrub_slider;  // the time slider
    widget_rect copy_output_button;  // console: "Copy output"
    widget_rect copy_script_button;  // Python: "Copy script"
    widget_rect open_in_editor_button;  // Python: "Open in editor"
    widget_rect fit_scale_button;  // "Fit run to 5 s"
    widget_rect settings_tab;  // narrow layout: the Settings tab
    widget_rect lanes_tab;  // narrow layout: the Lanes tab
    widget_rect sequential_overview;  // the sequential lane's overview band (shown when its rows do not all fit)
    widget_rect concurrent_overview;  // the concurrent lane's overview band
    widget_rect sequential_rows;  // the sequential lane's scrolling rows (the window, not its content)
    widget_rect help_button;  // the introduction's "?"
    widget_rect help_window;  // the help that "?" opens (visible while it is open)
};

// One label as drawn in the last frame: where it starts, the size it needs, and where it would be cut.
struct drawn_text {
    std::string text;  // what was drawn
    ui_rect rect;  // x, y: where it starts; w, h: the width and line height it needs
    float available_w = 0.0f;  // width from rect.x to where its item or window cuts it off
    float available_bottom = 0.0f;  // y below which its window cuts it off (1e9: the window scrolls)
};

// One window as placed in the last frame.
struct window_record {
    const char* name = "";  // window title
    ui_rect rect;  // position and size read back from ImGui after Begin
};

// Tabs of the narrow layout and of the wide layout's output window.
enum class playground_tab : std::uint8_t { lanes, settings, console, python, monte_carlo };

// The text fields' edit buffers, refilled from the session's settings whenever its runs are rebuilt.
struct edit_buffers {
    std::array<char, 24> task_count{};  // typed task count
    std::array<char, 24> seed{};  // typed seed
    std::array<char, 128> blocking{};  // typed blocking task numbers ("3" or "3,7")
    std::string delays;  // typed explicit delays in ms ("1,0,2")
    std::uint64_t generation = ~std::uint64_t{0};  // the session generation they were filled from
};

// Tab across windows (tab_order.h): where last frame's Tab started, and the window the focus goes on to.
struct tab_across_windows {
    const char* from_window = nullptr;  // the window a Tab was pressed in last frame (nullptr: none)
    unsigned int from_id = 0;  // the control that had the focus then
    ui_rect from_rect;  // its rectangle, relative to the window's content (w, h unused)
    int dir = 1;  // +1 Tab, -1 Shift+Tab
    const char* redirect_window = nullptr;  // the window whose first (dir > 0) or last control gets the focus
    int redirects_left = 0;  // windows still to try when one has no control
};

// Everything the view keeps between frames. None of it is model state.
struct view_state {
    edit_buffers edits;  // the text fields
    int sweep_seed_choice = 1;  // Monte Carlo: 0: 100 seeds, 1: 1,000, 2: 10,000
    playground_tab requested_tab = playground_tab::lanes;  // a tab to select on the next frame
    bool tab_request_pending = false;  // requested_tab is to be applied
    playground_tab current_tab = playground_tab::lanes;  // narrow layout: the tab shown last frame
    int text_percent = 100;  // the page's text size (`text=` in the hash, 100..250 %): a view setting, not a run's
    bool keyboard_navigation = false;  // Tab/arrows navigate the windows (the web page routes the conflicting keys)
    std::vector<float> lane_header_heights;  // per run: the lane header's height last frame (narrow lanes scroll)
    std::vector<std::size_t> shown_finishes;  // per run: finish lines the list showed last frame (auto-scroll)
    page_mode mode = page_mode::experiment;  // the half of the page shown (the mode bar switches it)
    page_mode requested_mode = page_mode::experiment;  // a mode to select on the next frame
    bool mode_request_pending = false;  // requested_mode is to be applied
    script_view_state script;  // the Script view's editor, pane and widgets
    tab_across_windows tab_across;  // Tab and Shift+Tab from one window to the next

    // What the last frame drew (for tests and the state JSON).
    playground_layout layout;  // window rectangles computed from the display size
    std::array<window_record, 6> windows{};  // windows actually drawn, read back from ImGui
    std::size_t window_count = 0;  // entries of windows in use
    playground_widgets widgets;  // key widget rectangles
    bool help_open = false;  // the help that "?" opens was drawn
    float transport_content_h = 0.0f;  // narrow layout: the transport bar's content height in the last frame
    float sequential_row_height = 0.0f;  // the sequential lane's row height (rows grow to fill the lane)
    std::vector<drawn_text> drawn_texts;  // every label the panels drew (text_fit.h)

    std::vector<session_command> commands;  // emitted by the last draw, in order
    std::vector<session_command> take_commands() { return std::exchange(commands, {}); }  // and forget them
    void request_mode(page_mode m) {  // selects Experiment or Script (drawn so from the next frame)
        mode = m;
        requested_mode = m;
        mode_request_pending = true;
    }
    void request_tab(playground_tab tab) {  // selects a tab on the next frame
        requested_tab = tab;
        tab_request_pending = true;
    }
};

// Seeds of the Monte Carlo choices in view_state::sweep_seed_choice.
inline constexpr std::array<std::uint32_t, 3> sweep_seed_choices = {100, 1000, 10000};

// The seeds of a choice (clamped to the list).
inline std::uint32_t sweep_seeds_of(int choice) {
    const int last = static_cast<int>(sweep_seed_choices.size()) - 1;
    return sweep_seed_choices[static_cast<std::size_t>(choice < 0 ? 0 : choice > last ? last : choice)];
}

// Builds the whole UI into the current ImGui frame, sized to the display; keys and widgets push commands.
void draw_playground(const session& s, view_state& view, float display_w, float display_h);

// The observable state as one JSON object: the session's members plus layout, widget and window rectangles.
std::string playground_state_json(const session& s, const view_state& view);

}  // namespace looplab::ui
