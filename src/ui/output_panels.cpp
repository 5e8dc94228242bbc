// output_panels.cpp — the console (the seed's printed output as it happens) and the Python script of the current
// run. Both draw only the visible lines (ImGuiListClipper), so 100,000-task runs cost nothing per frame.
#include "ui/panels.h"

#include "core/report.h"

#include <algorithm>
#include <cstdio>

namespace looplab::ui::panels {

namespace {

// Lines longer than this are shown cut (the Python script's delay list is one line of up to ~700 KB);
// "Copy" always copies everything.
constexpr std::size_t shown_line_chars = 240;

void build_python(playground& pg) {
    pg.python_script = format_python(playground_complete_result(pg));
    pg.python_lines.clear();
    pg.python_lines.push_back(0);
    for (std::size_t i = 0; i < pg.python_script.size(); ++i)
        if (pg.python_script[i] == '\n' && i + 1 < pg.python_script.size())
            pg.python_lines.push_back(static_cast<std::uint32_t>(i + 1));
    pg.python_ready = true;
}

}  // namespace

void draw_console(playground& pg, playground_host& host) {
    if (ImGui::Button("Copy output") && host.copy_to_clipboard) {
        host.copy_to_clipboard(format_seed_text(playground_complete_result(pg)));
        playground_announce(pg, "Console output copied to the clipboard");
    }
    record_widget(pg.widgets.copy_output_button);
    ImGui::SameLine();
    ImGui::TextDisabled("printed so far; Copy takes the whole run");
    const lane_view& sequential = pg.lanes[0];
    const lane_view& concurrent = pg.lanes[1];
    const std::size_t seq_n = sequential.index.finished_before(sequential.visible_events);
    const std::size_t con_n = concurrent.index.finished_before(concurrent.visible_events);
    ImGui::BeginChild("console", ImVec2(0.0f, 0.0f), true);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(seq_n + con_n + 2));
    while (clipper.Step()) {
        for (int line = clipper.DisplayStart; line < clipper.DisplayEnd; ++line) {
            const auto i = static_cast<std::size_t>(line);
            if (i == 0)
                ImGui::TextUnformatted("Synchronous:");
            else if (i <= seq_n)
                ImGui::Text("Task %u done", sequential.index.finishes()[i - 1].task);
            else if (i == seq_n + 1)
                ImGui::TextUnformatted("Asynchronous:");
            else
                ImGui::Text("Task %u done", concurrent.index.finishes()[i - seq_n - 2].task);
        }
    }
    ImGui::EndChild();
}

void draw_python(playground& pg, playground_host& host) {
    if (!pg.python_ready) build_python(pg);
    if (ImGui::Button("Copy script") && host.copy_to_clipboard) {
        host.copy_to_clipboard(pg.python_script);
        playground_announce(pg, "Python script copied to the clipboard");
    }
    record_widget(pg.widgets.copy_script_button);
    ImGui::SameLine();
    ImGui::TextDisabled("replays this run's exact delays with asyncio (Python 3.10+)");
    ImGui::BeginChild("python", ImVec2(0.0f, 0.0f), true, ImGuiWindowFlags_HorizontalScrollbar);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(pg.python_lines.size()));
    while (clipper.Step()) {
        for (int line = clipper.DisplayStart; line < clipper.DisplayEnd; ++line) {
            const auto i = static_cast<std::size_t>(line);
            const std::size_t begin = pg.python_lines[i];
            std::size_t end = i + 1 < pg.python_lines.size() ? pg.python_lines[i + 1] - 1 : pg.python_script.size();
            if (end > begin && pg.python_script[end - 1] == '\n') --end;
            const char* text = pg.python_script.data();
            if (end - begin > shown_line_chars) {
                ImGui::TextUnformatted(text + begin, text + begin + shown_line_chars);
                ImGui::SameLine(0.0f, 0.0f);
                ImGui::TextDisabled(" ... (%zu more characters; Copy script has them all)",
                                    end - begin - shown_line_chars);
            } else {
                ImGui::TextUnformatted(text + begin, text + end);
            }
        }
    }
    ImGui::EndChild();
}

}  // namespace looplab::ui::panels
