// script_panels.h — the Script view's panels (internal to src/ui): the mode bar, the toolbar, the editor, the
// timeline and the output. Each draws into the current ImGui window from a const session and pushes
// script_view_commands into view.commands.
//
// Usage (inside draw_playground):
//   looplab::ui::panels::draw_mode_bar(view);                  // "Experiment | Script", in its own window
//   if (view.mode == looplab::ui::page_mode::script) looplab::ui::panels::draw_script_view(s, view);
#pragma once

#include "ui/playground.h"

#include <imgui.h>

#include <string>
#include <string_view>

namespace looplab::ui::panels {

// Pushes a command for the Script view.
void push_script(view_state& view, script_command command);
// Run: the page's seed, then the text (which runs from t = 0).
void load_and_run(const session& s, view_state& view, std::string text);
// The mode switch across the top of the page (both layouts), in its own window.
void draw_mode_bar(view_state& view, ImGuiWindowFlags window_flags);
// The Script view's windows (wide: toolbar, editor, timeline, output; narrow: toolbar and tabbed panes).
void draw_script_view(const session& s, view_state& view, ImGuiWindowFlags window_flags);
// Examples, Run / Stop, playback buttons, scrub slider and status line.
void draw_script_toolbar(const session& s, view_state& view);
// The editor with its gutter (line numbers, the tasks' current lines, the error line); fills size.
void draw_script_editor(const session& s, view_state& view, ImVec2 size);
// The editor's text over its field (whose own text is transparent): coloured spans at ImGui's glyph positions, the
// caret and the error line's wavy underline; field_id is the field's item id. Call right after the field.
void draw_script_editor_text(const session& s, script_editor_state& ed, ImGuiID field_id);
// One row per task in creation order with its spans, warnings as markers, the now-cursor; fills size.
void draw_script_timeline(const session& s, view_state& view, ImVec2 size);
// Printed lines up to the cursor (time, task), warnings, the traceback with clickable script lines; fills size.
void draw_script_output(const session& s, view_state& view, ImVec2 size);
// The script line a traceback line names (`  File "script.py", line 12, in main` -> 12), or 0.
int traceback_script_line(std::string_view line);

}  // namespace looplab::ui::panels
