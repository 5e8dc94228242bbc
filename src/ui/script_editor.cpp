// script_editor.cpp — the Script view's editor: ImGui's multi-line text field at full height inside a scrolling
// child, with a gutter of line numbers and each task's line at the cursor; its text is drawn in colour over the field
// (script_editor_text.cpp). Tab indents by four spaces, Shift+Tab dedents, Enter keeps the indentation (plus four
// after a line ending in ':'), Ctrl+Enter runs.
#include "ui/panels.h"
#include "ui/script_panels.h"
#include "ui/script_syntax.h"
#include "ui/timeline_draw.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <vector>

namespace looplab::ui::panels {

namespace {

constexpr int indent_width = 4;
constexpr ImU32 error_colour = IM_COL32(255, 90, 80, 255);

// A loaded text: every line scanned.
void rescan_lines(script_editor_state& ed) {
    ed.lines = scan_syntax_lines(ed.text);
    ed.lines_text = ed.text;
    ed.starts_dirty = false;
}

// An edit: only the lines it changed are rescanned (and the later ones whose start state it changed).
void update_lines(script_editor_state& ed) {
    update_syntax_lines(ed.lines, ed.text, edit_between(ed.lines_text, ed.text));
    ed.lines_text = ed.text;
}

// The 1-based line of the byte at offset pos.
int line_at(const syntax_lines& lines, int pos) {
    return static_cast<int>(std::upper_bound(lines.starts.begin(), lines.starts.end(), pos) - lines.starts.begin());
}

// The start of the line holding byte offset pos in buf.
int line_start_of(const char* buf, int pos) {
    while (pos > 0 && buf[pos - 1] != '\n') --pos;
    return pos;
}

int leading_spaces(const char* buf, int len, int start) {
    int n = 0;
    while (start + n < len && buf[start + n] == ' ') ++n;
    return n;
}

// Enter: a newline plus the current line's indentation, four more after a ':' (comments and blanks ignored).
void insert_newline(ImGuiInputTextCallbackData* data) {
    if (data->HasSelection()) {
        const int a = std::min(data->SelectionStart, data->SelectionEnd);
        data->DeleteChars(a, std::abs(data->SelectionEnd - data->SelectionStart));
        data->CursorPos = a;
    }
    const int start = line_start_of(data->Buf, data->CursorPos);
    int indent = std::min(leading_spaces(data->Buf, data->CursorPos, start), data->CursorPos - start);
    int last = data->CursorPos;
    while (last > start && (data->Buf[last - 1] == ' ' || data->Buf[last - 1] == '\t')) --last;
    if (last > start && data->Buf[last - 1] == ':') indent += indent_width;
    std::string text = "\n" + std::string(static_cast<std::size_t>(indent), ' ');
    data->InsertChars(data->CursorPos, text.c_str());
    data->SelectionStart = data->SelectionEnd = data->CursorPos;
}

// Tab: spaces to the next multiple of four; with a selection over several lines, indents each of them.
// Shift+Tab: removes up to four leading spaces from the caret's line (or each selected line).
void indent_lines(ImGuiInputTextCallbackData* data, bool dedent) {
    const int sel_a = std::min(data->SelectionStart, data->SelectionEnd);
    const int sel_b = std::max(data->SelectionStart, data->SelectionEnd);
    const bool multi =
        data->HasSelection() && std::memchr(data->Buf + sel_a, '\n', static_cast<std::size_t>(sel_b - sel_a));
    if (!dedent && !multi) {
        if (data->HasSelection()) {
            data->DeleteChars(sel_a, sel_b - sel_a);
            data->CursorPos = sel_a;
        }
        const int col = data->CursorPos - line_start_of(data->Buf, data->CursorPos);
        const std::string spaces(static_cast<std::size_t>(indent_width - col % indent_width), ' ');
        data->InsertChars(data->CursorPos, spaces.c_str());
        data->SelectionStart = data->SelectionEnd = data->CursorPos;
        return;
    }
    // Line starts from the last selected line up to the first, so earlier offsets stay valid while editing.
    std::vector<int> starts;
    const int first = line_start_of(data->Buf, multi ? sel_a : data->CursorPos);
    const int end = multi ? sel_b : data->CursorPos;
    for (int p = first; p <= end && p <= data->BufTextLen;) {
        starts.push_back(p);
        const char* nl =
            static_cast<const char*>(std::memchr(data->Buf + p, '\n', static_cast<std::size_t>(data->BufTextLen - p)));
        if (nl == nullptr) break;
        p = static_cast<int>(nl - data->Buf) + 1;
        if (multi && p >= sel_b) break;
    }
    int cursor = data->CursorPos, a = sel_a, b = sel_b;
    for (auto it = starts.rbegin(); it != starts.rend(); ++it) {
        const int s = *it;
        const int delta =
            dedent ? -std::min(leading_spaces(data->Buf, data->BufTextLen, s), indent_width) : indent_width;
        if (delta > 0) data->InsertChars(s, std::string(static_cast<std::size_t>(delta), ' ').c_str());
        if (delta < 0) data->DeleteChars(s, -delta);
        const auto shift = [&](int& pos) { pos = pos > s ? std::max(s, pos + delta) : pos; };
        shift(cursor);
        shift(a);
        shift(b);
    }
    data->CursorPos = cursor;
    if (multi) {
        data->SelectionStart = a;
        data->SelectionEnd = b;
    } else {
        data->SelectionStart = data->SelectionEnd = cursor;
    }
}

int editor_callback(ImGuiInputTextCallbackData* data) {
    auto& ed = *static_cast<script_editor_state*>(data->UserData);
    switch (data->EventFlag) {
        case ImGuiInputTextFlags_CallbackResize:
            ed.text.resize(static_cast<std::size_t>(data->BufTextLen));
            data->Buf = ed.text.data();
            return 0;
        case ImGuiInputTextFlags_CallbackCharFilter:
            // Only the key's own character is held back: a pasted script's newlines and tabs go in as they are.
            if (data->EventChar == '\n' && ed.enter_pressed) {
                ed.enter_pressed = false;
                ed.newline_pending = true;
                return 1;
            }
            if (data->EventChar == '\t' && ed.tab_pressed) {
                ed.tab_pressed = false;
                ed.indent_pending = true;
                return 1;
            }
            return 0;
        case ImGuiInputTextFlags_CallbackAlways:
            if (ed.goto_line > 0) {
                const int line = std::min(ed.goto_line, static_cast<int>(ed.lines.starts.size()));
                const int pos = line >= 1 ? ed.lines.starts[static_cast<std::size_t>(line - 1)] : 0;
                data->CursorPos = std::min(pos, data->BufTextLen);
                data->SelectionStart = data->SelectionEnd = data->CursorPos;
                ed.goto_line = 0;
            }
            if (std::exchange(ed.newline_pending, false)) insert_newline(data);
            if (std::exchange(ed.indent_pending, false)) indent_lines(data, false);
            if (std::exchange(ed.dedent_pending, false)) indent_lines(data, true);
            ed.caret_byte = data->CursorPos;  // its line is looked up once the line table has this frame's edit
            ed.caret_seen = true;
            return 0;
        default:
            return 0;
    }
}

// The rows on each line at the cursor (the session knows where each task was at every event).
std::map<int, std::vector<std::uint32_t>> task_lines_at_cursor(const script_session& sc) {
    std::map<int, std::vector<std::uint32_t>> out;
    for (const row_line& r : sc.lines_at_cursor()) out[r.line].push_back(r.row);
    return out;
}

void draw_gutter(const session& s, script_editor_state& ed, ImVec2 text_origin, float gutter_x, float gutter_w,
                 float line_h) {
    const script_session& sc = s.script();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float scroll = ImGui::GetScrollY();
    const float view_h = ImGui::GetWindowHeight();
    const int lines = static_cast<int>(ed.lines.starts.size());
    const int first = std::max(0, static_cast<int>((scroll - 8.0f) / line_h));
    const int last = std::min(lines, first + static_cast<int>(view_h / line_h) + 2);
    if (ed.shown_line > 0 && ed.shown_line <= lines) {  // the line a traceback click moved the editor to
        const float y = text_origin.y + static_cast<float>(ed.shown_line - 1) * line_h;
        draw->AddRectFilled(ImVec2(gutter_x, y), ImVec2(gutter_x + ImGui::GetWindowWidth(), y + line_h),
                            IM_COL32(90, 120, 200, 70));
    }
    const int error_line = sc.has_run() && sc.script().error().present ? sc.script().error().line : 0;
    const auto tasks = task_lines_at_cursor(sc);
    const float marker_w = line_h * 0.6f;
    const ImU32 number_colour = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    for (int i = first; i < last; ++i) {
        const int line = i + 1;
        const float y = text_origin.y + static_cast<float>(i) * line_h;
        char number[16];
        std::snprintf(number, sizeof number, "%d", line);
        const float nw = ImGui::CalcTextSize(number).x;
        draw->AddText(ImVec2(gutter_x + gutter_w - nw - 6.0f, y), line == error_line ? error_colour : number_colour,
                      number);
        const auto it = tasks.find(line);
        if (it == tasks.end()) continue;
        const ImVec2 a(gutter_x + 2.0f, y + line_h * 0.2f);
        const ImVec2 b(a.x + marker_w, y + line_h * 0.8f);
        draw->AddTriangleFilled(a, ImVec2(b.x, (a.y + b.y) * 0.5f), ImVec2(a.x, b.y),
                                state_colour(task_state::running));
        if (it->second.size() > 1) {
            char count[8];
            std::snprintf(count, sizeof count, "%zu", it->second.size());
            draw->AddText(ImVec2(b.x + 1.0f, y), state_colour(task_state::running), count);
        }
        if (ImGui::IsMouseHoveringRect(ImVec2(gutter_x, y), ImVec2(gutter_x + gutter_w, y + line_h))) {
            std::string names;
            for (std::size_t k = 0; k < it->second.size() && k < 12; ++k)
                names += (k ? ", " : "") + sc.row_name(it->second[k]);
            if (it->second.size() > 12) names += ", ...";
            ImGui::SetTooltip("Line %d: %s", line, names.c_str());
        }
    }
}

}  // namespace

void draw_script_editor(const session& s, view_state& view, ImVec2 size) {
    script_editor_state& ed = view.script.editor;
    const script_session& sc = s.script();
    const bool reloaded = sc.text() != ed.synced;  // an example, a link or the hook loaded another script
    if (reloaded) {
        ed.text = sc.text();
        ed.synced = sc.text();
        ed.starts_dirty = true;
        ed.shown_line = 0;
    }
    if (ed.starts_dirty) rescan_lines(ed);

    const float line_h = ImGui::GetFontSize();
    const ImVec2 pad = ImGui::GetStyle().FramePadding;
    char widest[16];
    std::snprintf(widest, sizeof widest, "%zu", std::max<std::size_t>(ed.lines.starts.size(), 99));
    const float gutter_w = ImGui::CalcTextSize(widest).x + line_h + 10.0f;

    ImGui::BeginChild("editor", size, true, ImGuiWindowFlags_HorizontalScrollbar);
    const ImGuiID field_id = ImGui::GetID("##script_text");  // inside the child, as InputTextMultiline sees it
    if (reloaded && ImGui::GetActiveID() == field_id) ImGui::ClearActiveID();  // else ImGui keeps its own copy
    const ImGuiIO& io = ImGui::GetIO();
    const bool active = ImGui::GetActiveID() == field_id;
    ed.enter_pressed =
        active && !io.KeyCtrl && (ImGui::IsKeyPressed(ImGuiKey_Enter) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter));
    ed.tab_pressed = active && !io.KeyCtrl && !io.KeyShift && ImGui::IsKeyPressed(ImGuiKey_Tab);
    if (active && io.KeyShift && !io.KeyCtrl && ImGui::IsKeyPressed(ImGuiKey_Tab)) ed.dedent_pending = true;
    if (active && io.KeyCtrl &&
        (ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false)))
        load_and_run(s, view, ed.text);

    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float field_h = std::max(static_cast<float>(ed.lines.starts.size() + 1) * line_h + 2.0f * pad.y,
                                   ImGui::GetContentRegionAvail().y);
    const float field_w = std::max(ImGui::GetContentRegionAvail().x - gutter_w, 100.0f);
    if (ed.goto_line > 0 && ++ed.goto_frames > 4) ed.goto_line = 0;  // the field never took the keyboard
    if (ed.goto_line > 0) {
        ImGui::SetScrollY(
            std::max(0.0f, static_cast<float>(ed.goto_line - 1) * line_h - ImGui::GetWindowHeight() / 3.0f));
        if (!active) ImGui::SetKeyboardFocusHere(0);
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x + gutter_w, origin.y));
    ImGui::PushStyleColor(ImGuiCol_FrameBg, IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0, 0, 0, 0));  // draw_script_editor_text draws it in colour
    const int caret_before = ed.caret_line;
    const bool changed =
        ImGui::InputTextMultiline("##script_text", ed.text.data(), ed.text.capacity() + 1, ImVec2(field_w, field_h),
                                  ImGuiInputTextFlags_AllowTabInput | ImGuiInputTextFlags_CallbackResize |
                                      ImGuiInputTextFlags_CallbackCharFilter | ImGuiInputTextFlags_CallbackAlways,
                                  editor_callback, &ed);
    ImGui::PopStyleColor(2);
    record_widget(view.script.widgets.editor);
    // The widget's rectangle as tests see it: the visible part only.
    widget_rect& w = view.script.widgets.editor;
    const ImVec2 win = ImGui::GetWindowPos();
    w.rect.y = std::max(w.rect.y, win.y);
    w.rect.h = std::min(w.rect.h, ImGui::GetWindowHeight());
    if (changed) {
        update_lines(ed);
        ed.shown_line = 0;
    }
    if (std::exchange(ed.caret_seen, false)) ed.caret_line = line_at(ed.lines, ed.caret_byte);
    draw_script_editor_text(s, ed, field_id);
    ed.active = ImGui::IsItemActive();
    if (ed.active && ed.caret_line != caret_before) {  // keep the caret in view while typing
        const float caret_y = pad.y + static_cast<float>(ed.caret_line - 1) * line_h;
        const float top = ImGui::GetScrollY();
        const float visible = ImGui::GetWindowHeight() - 2.0f * line_h;
        if (caret_y < top) ImGui::SetScrollY(caret_y);
        if (caret_y + line_h > top + visible) ImGui::SetScrollY(caret_y + line_h - visible);
    }
    draw_gutter(s, ed, ImVec2(origin.x + gutter_w + pad.x, origin.y + pad.y), origin.x, gutter_w, line_h);
    ImGui::EndChild();
}

}  // namespace looplab::ui::panels
