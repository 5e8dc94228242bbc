// script_output.cpp — the Script view's output: the printed lines (each with its virtual time and the task that
// printed it) and the warnings up to the cursor, in one list in the order they happened; then the traceback, whose
// script lines are links that move the editor there.
#include "ui/panels.h"
#include "ui/script_panels.h"
#include "ui/timeline_draw.h"

#include <algorithm>
#include <charconv>
#include <string>
#include <vector>

namespace looplab::ui::panels {

namespace {

constexpr ImVec4 warning_text(1.0f, 0.65f, 0.4f, 1.0f);
constexpr ImVec4 error_text(1.0f, 0.5f, 0.45f, 1.0f);
constexpr ImVec4 link_text(0.55f, 0.75f, 1.0f, 1.0f);

// Printed lines [first, last), clipped to the visible part.
void draw_printed(const script_session& sc, std::size_t first, std::size_t last) {
    const auto lines = sc.script().printed();
    const run& r = sc.current();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(last - first));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const std::size_t k = first + static_cast<std::size_t>(i);
            const std::string_view text = r.printed().line(k);
            if (k < lines.size()) {
                const std::string when = ms_text(static_cast<double>(lines[k].time));
                const std::string who = sc.row_name(lines[k].task + 1);
                ImGui::TextDisabled("%10s %-9s", when.c_str(), who.c_str());
                ImGui::SameLine();
            }
            ImGui::TextUnformatted(text.data(), text.data() + text.size());
        }
    }
    clipper.End();
}

void draw_traceback(const python::run_error& e, view_state& view) {
    std::string_view rest = e.traceback;
    bool first_link = true;
    int n = 0;
    while (!rest.empty()) {
        const std::size_t nl = rest.find('\n');
        const std::string_view line = rest.substr(0, nl);
        rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
        const int target = traceback_script_line(line);
        ImGui::PushID(n++);
        if (target > 0) {
            ImGui::PushStyleColor(ImGuiCol_Text, link_text);
            const std::string label{line};
            if (ImGui::Selectable(label.c_str(), false)) {
                view.script.editor.goto_line = target;
                view.script.editor.shown_line = target;
                view.script.editor.goto_frames = 0;
                view.script.requested_pane = script_pane::editor;
                view.script.pane_request_pending = view.layout.kind == layout_kind::narrow;
            }
            ImGui::PopStyleColor();
            if (first_link) record_widget(view.script.widgets.traceback_line);
            first_link = false;
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show line %d in the editor", target);
        } else {
            ImGui::TextColored(error_text, "%.*s", static_cast<int>(line.size()), line.data());
        }
        ImGui::PopID();
    }
}

}  // namespace

int traceback_script_line(std::string_view line) {
    const std::size_t file = line.find("File \"");
    if (file == std::string_view::npos) return 0;
    const std::string_view named = line.substr(file + 6);
    if (!named.starts_with("script.py\"") && !named.starts_with("<script>\"")) return 0;
    const std::size_t at = line.find(", line ", file);
    if (at == std::string_view::npos) return 0;
    int number = 0;
    const char* begin = line.data() + at + 7;
    const auto [end, ec] = std::from_chars(begin, line.data() + line.size(), number);
    return ec == std::errc{} && end != begin && number > 0 ? number : 0;
}

void draw_script_output(const session& s, view_state& view, ImVec2 size) {
    const script_session& sc = s.script();
    ImGui::BeginChild("script_output", size, true, ImGuiWindowFlags_HorizontalScrollbar);
    if (!sc.has_run()) {
        ImGui::TextDisabled("Printed lines appear here, each with its virtual time and the task that printed it.");
        ImGui::EndChild();
        return;
    }
    const bool at_bottom = ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - 1.0f;
    const std::size_t shown = sc.printed_visible();
    // One list in the order things happened: runs of printed lines, each warning where it came.
    std::size_t printed_done = 0;
    const std::vector<output_warning> warnings = sc.warnings_visible();
    for (const output_warning& place : warnings) {
        draw_printed(sc, printed_done, place.printed_before);
        printed_done = place.printed_before;
        const python::run_warning& w = sc.script().warnings()[place.warning];
        ImGui::TextColored(warning_text, "%10s %s", ms_text(static_cast<double>(w.time)).c_str(), w.text.c_str());
    }
    draw_printed(sc, printed_done, shown);
    std::size_t extra = warnings.size();
    const python::run_error& e = sc.script().error();
    if (e.present && (sc.at_end() || !sc.still_running())) {
        draw_traceback(e, view);
        ++extra;
    }
    // Follow new lines like a terminal, unless the user scrolled up to read.
    if (shown + extra > view.script.shown_output_lines && at_bottom) ImGui::SetScrollHereY(1.0f);
    view.script.shown_output_lines = shown + extra;
    ImGui::EndChild();
}

}  // namespace looplab::ui::panels
