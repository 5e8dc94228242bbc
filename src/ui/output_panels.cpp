// output_panels.cpp — the console (the runs' printed lines as they happen) and the Python script of the current
// run. Both draw only the visible lines (ImGuiListClipper), so 100,000-task runs cost nothing per frame.
#include "ui/panels.h"
#include "ui/text_fit.h"

#include <algorithm>
#include <cstdio>

namespace looplab::ui::panels {

namespace {

// Lines longer than this are shown cut (the Python script's delay list is one line of up to ~700 KB);
// "Copy" always copies everything.
constexpr std::size_t shown_line_chars = 240;

}  // namespace

void draw_console(const session& s, view_state& view) {
    if (button(view, "Copy output")) view.commands.emplace_back(export_report{report::console_to_clipboard});
    record_widget(view.widgets.copy_output_button);
    constexpr std::string_view note = "printed so far; Copy takes the whole run";
    same_line_if_fits(ImGui::CalcTextSize(note.data(), note.data() + note.size()).x);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    text_wrapped(view, note);
    ImGui::PopStyleColor();
    // Each run: its header line, then the lines it printed up to the cursor.
    std::size_t total = 0;
    for (const run& r : s.runs()) total += 1 + r.printed_before_cursor();
    ImGui::BeginChild("console", ImVec2(0.0f, 0.0f), true);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(total));
    while (clipper.Step()) {
        for (int line = clipper.DisplayStart; line < clipper.DisplayEnd; ++line) {
            std::size_t i = static_cast<std::size_t>(line);
            for (const run& r : s.runs()) {
                const std::size_t lines = 1 + r.printed_before_cursor();
                if (i >= lines) {
                    i -= lines;
                    continue;
                }
                const std::string_view text = i == 0 ? r.source().labels().console_header : r.printed().line(i - 1);
                ImGui::TextUnformatted(text.data(), text.data() + text.size());
                break;
            }
        }
    }
    ImGui::EndChild();
}

void draw_python(const session& s, view_state& view) {
    if (button(view, "Copy script")) view.commands.emplace_back(export_report{report::python_to_clipboard});
    record_widget(view.widgets.copy_script_button);
    same_line_if_fits(ImGui::CalcTextSize("Open in editor").x + ImGui::GetStyle().FramePadding.x * 2.0f);
    if (button(view, "Open in editor")) view.commands.emplace_back(open_in_editor{});
    record_widget(view.widgets.open_in_editor_button);
    constexpr std::string_view note = "replays this run's exact delays with asyncio (Python 3.10+)";
    same_line_if_fits(ImGui::CalcTextSize(note.data(), note.data() + note.size()).x);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    text_wrapped(view, note);
    ImGui::PopStyleColor();
    const python_script* script = s.python();
    if (!script) {  // the session writes it when this frame's commands are applied
        view.commands.emplace_back(prepare_python{});
        ImGui::TextDisabled("Writing the script...");
        return;
    }
    const std::string& text = script->text;
    const auto starts = s.python_line_starts();
    ImGui::BeginChild("python", ImVec2(0.0f, 0.0f), true, ImGuiWindowFlags_HorizontalScrollbar);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(starts.size()));
    while (clipper.Step()) {
        for (int line = clipper.DisplayStart; line < clipper.DisplayEnd; ++line) {
            const auto i = static_cast<std::size_t>(line);
            const std::size_t begin = starts[i];
            std::size_t end = i + 1 < starts.size() ? starts[i + 1] - 1 : text.size();
            if (end > begin && text[end - 1] == '\n') --end;
            if (end - begin > shown_line_chars) {
                ImGui::TextUnformatted(text.data() + begin, text.data() + begin + shown_line_chars);
                ImGui::SameLine(0.0f, 0.0f);
                ImGui::TextDisabled(" ... (%zu more characters; Copy script has them all)",
                                    end - begin - shown_line_chars);
            } else {
                ImGui::TextUnformatted(text.data() + begin, text.data() + end);
            }
        }
    }
    ImGui::EndChild();
}

}  // namespace looplab::ui::panels
