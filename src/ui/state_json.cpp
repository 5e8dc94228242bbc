// state_json.cpp — playground_state_json: the session's state plus the view's layout, widget and window rectangles,
// for the page's hooks and the tests; built on demand only (never per frame by the UI itself).
#include "session/json_text.h"
#include "ui/playground.h"

#include <utility>

namespace looplab::ui {

namespace {

void append_rect_object(std::string& out, const widget_rect& w) {
    out += "{\"x\":";
    append_json_number(out, w.rect.x);
    out += ",\"y\":";
    append_json_number(out, w.rect.y);
    out += ",\"w\":";
    append_json_number(out, w.rect.w);
    out += ",\"h\":";
    append_json_number(out, w.rect.h);
    out += ",\"visible\":";
    out += w.visible ? "true" : "false";
    out += '}';
}

void append_rect(std::string& out, const char* name, const widget_rect& w) {
    out += '"';
    out += name;
    out += "\":";
    append_rect_object(out, w);
}

const char* pane_name(script_pane p) {
    switch (p) {
        case script_pane::editor:
            return "editor";
        case script_pane::timeline:
            return "timeline";
        case script_pane::output:
            return "output";
    }
    return "editor";
}

// The Script view's widgets, its pane and the editor's buffer and caret line.
void append_script_view(std::string& out, const script_view_state& sv) {
    const script_widgets& w = sv.widgets;
    out += ",\"script_view\":{\"pane\":";
    append_json_string(out, pane_name(sv.pane));
    out += ",\"editor_text\":";
    append_json_string(out, sv.editor.text);
    out += ",\"caret_line\":";
    append_json_int(out, sv.editor.caret_line);
    out += ",\"shown_line\":";
    append_json_int(out, sv.editor.shown_line);
    out += ",\"editor_active\":";
    out += sv.editor.active ? "true" : "false";
    const editor_text_geometry& g = sv.editor.geometry;
    out += ",\"editor_glyphs\":{\"x\":";
    append_json_number(out, g.x);
    out += ",\"y\":";
    append_json_number(out, g.y);
    out += ",\"line_height\":";
    append_json_number(out, g.line_height);
    out += ",\"char_advance\":";
    append_json_number(out, g.char_advance);
    out += ",\"scroll_x\":";
    append_json_number(out, g.scroll_x);
    out += '}';
    out += ",\"widgets\":{";
    const std::pair<const char*, const widget_rect*> rects[] = {
        {"experiment_tab", &w.experiment_tab},
        {"script_tab", &w.script_tab},
        {"editor", &w.editor},
        {"run_button", &w.run_button},
        {"stop_button", &w.stop_button},
        {"play_button", &w.play_button},
        {"step_button", &w.step_button},
        {"step_back_button", &w.step_back_button},
        {"restart_button", &w.restart_button},
        {"end_button", &w.end_button},
        {"scrub_slider", &w.scrub_slider},
        {"overview_band", &w.overview_band},
        {"file_menu_button", &w.file_menu_button},
        {"open_file_button", &w.open_file_button},
        {"copy_link_button", &w.copy_link_button},
        {"download_script_button", &w.download_script_button},
        {"download_trace_button", &w.download_trace_button},
        {"examples_combo", &w.examples_combo},
        {"traceback_line", &w.traceback_line},
        {"editor_pane_tab", &w.editor_pane_tab},
        {"timeline_pane_tab", &w.timeline_pane_tab},
        {"output_pane_tab", &w.output_pane_tab},
    };
    for (const auto& [name, rect] : rects) {
        append_rect(out, name, *rect);
        out += ',';
    }
    out += "\"examples\":[";
    for (std::size_t i = 0; i < w.examples.size(); ++i) {
        if (i) out += ',';
        append_rect_object(out, w.examples[i]);
    }
    out += "]}}";
}

}  // namespace

std::string playground_state_json(const session& s, const view_state& view) {
    std::string out = "{" + session_state_json_members(s);
    out += ",\"layout\":";
    append_json_string(out, view.layout.kind == layout_kind::wide ? "wide" : "narrow");
    out += ",\"widgets\":{";
    const playground_widgets& w = view.widgets;
    append_rect(out, "task_count_input", w.task_count_input);
    out += ',';
    append_rect(out, "delays_input", w.delays_input);
    out += ',';
    append_rect(out, "task_count_slider", w.task_count_slider);
    out += ',';
    append_rect(out, "limit_slider", w.limit_slider);
    out += ',';
    append_rect(out, "play_button", w.play_button);
    out += ',';
    append_rect(out, "step_button", w.step_button);
    out += ',';
    append_rect(out, "step_back_button", w.step_back_button);
    out += ',';
    append_rect(out, "restart_button", w.restart_button);
    out += ',';
    append_rect(out, "download_trace_button", w.download_trace_button);
    out += ',';
    append_rect(out, "copy_link_button", w.copy_link_button);
    out += ',';
    append_rect(out, "scrub_slider", w.scrub_slider);
    out += ',';
    append_rect(out, "copy_output_button", w.copy_output_button);
    out += ',';
    append_rect(out, "copy_script_button", w.copy_script_button);
    out += ',';
    append_rect(out, "open_in_editor_button", w.open_in_editor_button);
    out += ',';
    append_rect(out, "settings_tab", w.settings_tab);
    out += ',';
    append_rect(out, "lanes_tab", w.lanes_tab);
    out += ',';
    append_rect(out, "sequential_rows", w.sequential_rows);
    out += ',';
    append_rect(out, "sequential_overview", w.sequential_overview);
    out += ',';
    append_rect(out, "concurrent_overview", w.concurrent_overview);
    out += ',';
    append_rect(out, "help_button", w.help_button);
    out += ',';
    append_rect(out, "help_window", w.help_window);
    out += "},\"help_open\":";
    out += view.help_open ? "true" : "false";
    out += ",\"sequential_row_height\":";
    append_json_number(out, view.sequential_row_height);
    out += ",\"mode\":";
    append_json_string(out, view.mode == page_mode::script ? "script" : "experiment");
    append_script_view(out, view.script);
    out += ",\"windows\":[";
    for (std::size_t i = 0; i < view.window_count; ++i) {
        const ui_rect& r = view.windows[i].rect;
        out += i ? ",{\"name\":" : "{\"name\":";
        append_json_string(out, view.windows[i].name);
        out += ",\"x\":";
        append_json_number(out, r.x);
        out += ",\"y\":";
        append_json_number(out, r.y);
        out += ",\"w\":";
        append_json_number(out, r.w);
        out += ",\"h\":";
        append_json_number(out, r.h);
        out += '}';
    }
    out += "],\"drawn_texts\":[";
    for (std::size_t i = 0; i < view.drawn_texts.size(); ++i) {
        const drawn_text& d = view.drawn_texts[i];
        out += i ? ",{\"text\":" : "{\"text\":";
        append_json_string(out, d.text);
        for (const auto& [name, value] :
             {std::pair{",\"x\":", d.rect.x}, std::pair{",\"y\":", d.rect.y}, std::pair{",\"w\":", d.rect.w},
              std::pair{",\"h\":", d.rect.h}, std::pair{",\"available_w\":", d.available_w},
              std::pair{",\"available_bottom\":", d.available_bottom}}) {
            out += name;
            append_json_number(out, value);
        }
        out += '}';
    }
    out += "]}";
    return out;
}

}  // namespace looplab::ui
