// script_view_state.h — what the Script view keeps between frames (view state only): the editor's buffer and its
// key handling, the phone layout's pane, a traceback click's line, and the widget rectangles tests click.
#pragma once

#include "ui/layout.h"
#include "ui/script_syntax.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace looplab::ui {

// Which half of the page is shown.
enum class page_mode : std::uint8_t { experiment, script };

// The phone layout's tabs of the Script view.
enum class script_pane : std::uint8_t { editor, timeline, output };

// Examples shown as buttons (script_examples() has this many).
inline constexpr std::size_t script_example_buttons = 10;

// The rectangles browser tests click and type into.
struct script_widgets {
    widget_rect experiment_tab;  // mode bar: "Experiment"
    widget_rect script_tab;  // mode bar: "Script"
    widget_rect editor;  // the editor's text area
    widget_rect run_button;  // "Run"
    widget_rect stop_button;  // "Stop" (only while the script runs)
    widget_rect play_button;  // play / pause
    widget_rect step_button;  // step one event
    widget_rect step_back_button;  // step one event back
    widget_rect restart_button;  // restart the playback at t = 0
    widget_rect end_button;  // move to the end
    widget_rect scrub_slider;  // the time slider
    widget_rect overview_band;  // the timeline's overview band (only when the rows do not fit)
    widget_rect file_menu_button;  // narrow: "File", the menu of Open file and the three below
    widget_rect open_file_button;  // "Open file..." (the browser's file picker)
    widget_rect copy_link_button;  // "Copy link" (a `#code=` link)
    widget_rect download_script_button;  // "Download script" (script.py)
    widget_rect download_trace_button;  // "Download trace" (Chrome trace JSON)
    widget_rect examples_combo;  // narrow: the examples menu
    std::array<widget_rect, script_example_buttons> examples{};  // wide: one button per example
    widget_rect traceback_line;  // the output's first clickable `File "…", line N` of the script
    widget_rect editor_pane_tab;  // narrow: Editor
    widget_rect timeline_pane_tab;  // narrow: Timeline
    widget_rect output_pane_tab;  // narrow: Output
};

// Where the editor drew its text last frame, in screen units (for tests: glyph cells of line l, column c start at
// x + c * char_advance, y + (l - 1) * line_height for the built-in font's ASCII).
struct editor_text_geometry {
    float x = 0.0f;  // line 1's first glyph (after the horizontal scroll)
    float y = 0.0f;  // line 1's top
    float line_height = 0.0f;  // one line
    float char_advance = 0.0f;  // a space's width
    float scroll_x = 0.0f;  // how far ImGui scrolled the text left while editing a long line
};

// The editor's state across frames.
struct script_editor_state {
    std::string text;  // the buffer being edited (Run hands it to the session)
    std::string synced;  // the session's script text the buffer was last filled from
    syntax_lines lines;  // where each line of lines_text starts and the colouring state it starts in
    std::string lines_text;  // the text `lines` describes (an edit is found by comparing it with text)
    bool starts_dirty = true;  // lines is stale: rescan the whole text
    int caret_byte = 0;  // the caret's byte offset in text, as the field's callback last saw it
    bool caret_seen = false;  // the field's callback set caret_byte this frame (caret_line follows it)
    editor_text_geometry geometry;  // where the text was drawn last frame
    int caret_line = 1;  // the caret's line (1-based) last frame
    int goto_line = 0;  // a traceback click: put the caret on this line and scroll to it (0: none)
    int shown_line = 0;  // the line a traceback click moved the editor to (highlighted until the next edit or Run)
    int goto_frames = 0;  // frames goto_line has waited for the editor to take the keyboard (given up after a few)
    bool enter_pressed = false;  // this frame's Enter key (not a pasted newline): auto-indent
    bool tab_pressed = false;  // this frame's Tab key (not a pasted tab): four spaces
    bool newline_pending = false;  // the Enter's '\n' was held back: insert it with the indentation
    bool indent_pending = false;  // the Tab was held back: insert spaces
    bool dedent_pending = false;  // Shift+Tab: remove up to four leading spaces
    bool active = false;  // the editor had the keyboard last frame
};

// Everything the Script view keeps.
struct script_view_state {
    script_editor_state editor;  // the editor
    script_pane pane = script_pane::editor;  // narrow: the pane shown last frame
    script_pane requested_pane = script_pane::editor;  // a pane to select on the next frame
    bool pane_request_pending = false;  // requested_pane is to be applied
    std::size_t shown_output_lines = 0;  // output lines shown last frame (follow new lines)
    script_widgets widgets;  // rectangles of the last frame
};

}  // namespace looplab::ui
