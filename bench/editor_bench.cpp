// editor_bench.cpp — the Script view's editor with a large script, natively (ImGui's null backend, no renderer):
// the frame time of typing one character (and of a Backspace) into the middle of the text, and of a frame with the
// editor active and no edit (ImGui's own per-frame work over the text). Prints one JSON line.
// Usage: looplab_editor_bench [--bytes B] [--edits E]
#include "session/session.h"
#include "ui/playground.h"
#include "ui/script_syntax.h"

#include "headless_imgui.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

using steady = std::chrono::steady_clock;

// About `bytes` of Python: functions with docstrings, comments, strings and numbers, then a short main.
std::string large_script(std::size_t bytes) {
    std::string text = "import asyncio\n\n";
    for (int i = 0; text.size() < bytes; ++i) {
        const std::string n = std::to_string(i);
        text += "async def work_" + n + "(n):\n    \"\"\"Work item " + n + ".\"\"\"\n    total = 0  # running sum\n" +
                "    for k in range(n):\n        total += k * 0x1f\n    label = f\"item {total!r}\"\n" +
                "    return len(label)\n\n";
    }
    text += "print('done')\n";
    return text;
}

double median_ms(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

struct editor_harness {
    looplab::testing::headless_imgui gui{1280.0f, 720.0f};
    looplab::session s{looplab::session_settings{}};
    looplab::ui::view_state view;

    double frame() {
        const auto t0 = steady::now();
        s.advance(0.0);
        gui.new_frame(1.0f / 60.0f);
        looplab::ui::draw_playground(s, view, 1280.0f, 720.0f);
        gui.end_frame();
        for (const looplab::session_command& c : view.take_commands()) s.apply(c);
        (void)s.take_announcements();
        return std::chrono::duration<double, std::milli>(steady::now() - t0).count();
    }
    void click(const looplab::ui::widget_rect& w) {
        gui.queue_mouse_position(w.rect.x + w.rect.w * 0.5f, w.rect.y + std::min(w.rect.h * 0.5f, 20.0f));
        frame();
        gui.queue_mouse_button(true);
        frame();
        gui.queue_mouse_button(false);
        frame();
    }
};

}  // namespace

int main(int argc, char** argv) {
    std::size_t bytes = std::size_t{1} << 20;
    int edits = 40;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string_view arg = argv[i];
        if (arg == "--bytes")
            bytes = static_cast<std::size_t>(std::atoll(argv[i + 1]));
        else if (arg == "--edits")
            edits = std::atoi(argv[i + 1]);
        else
            return std::fprintf(stderr, "usage: looplab_editor_bench [--bytes B] [--edits E]\n"), 2;
    }
    editor_harness h;
    for (int i = 0; i < 3; ++i) h.frame();
    h.click(h.view.script.widgets.script_tab);
    for (int i = 0; i < 2; ++i) h.frame();
    const std::string text = large_script(bytes);
    h.view.commands.emplace_back(looplab::script_view_command{looplab::script_load{text}});
    for (int i = 0; i < 3; ++i) h.frame();
    h.click(h.view.script.widgets.editor);
    const int lines = static_cast<int>(std::count(text.begin(), text.end(), '\n'));
    h.view.script.editor.goto_line = lines / 2;  // the caret to the middle of the text
    for (int i = 0; i < 6; ++i) h.frame();

    std::vector<double> idle, typed, erased;
    for (int i = 0; i < edits; ++i) {
        idle.push_back(h.frame());
        h.gui.queue_text("x");
        typed.push_back(h.frame());
        h.gui.queue_key(ImGuiKey_Backspace, true);
        erased.push_back(h.frame());
        h.gui.queue_key(ImGuiKey_Backspace, false);
        h.frame();
    }
    const bool same = h.view.script.editor.text == text;

    // The line table alone: a full scan, and one typed character's edit (diff + update + the copy it keeps).
    std::vector<double> full, update;
    std::string edited = text, kept = text;
    looplab::ui::syntax_lines table = looplab::ui::scan_syntax_lines(text);
    for (int i = 0; i < edits; ++i) {
        auto t0 = steady::now();
        (void)looplab::ui::scan_syntax_lines(text);
        full.push_back(std::chrono::duration<double, std::milli>(steady::now() - t0).count());
        edited.insert(edited.size() / 2, 1, 'x');
        t0 = steady::now();
        looplab::ui::update_syntax_lines(table, edited, looplab::ui::edit_between(kept, edited));
        kept = edited;
        update.push_back(std::chrono::duration<double, std::milli>(steady::now() - t0).count());
    }
    std::printf(
        "{\"workload\": \"editor\", \"bytes\": %zu, \"lines\": %d, \"edits\": %d, \"active_idle_frame_ms\": %.3f, "
        "\"type_char_frame_ms\": %.3f, \"backspace_frame_ms\": %.3f, \"editor_active\": %s, "
        "\"text_restored\": %s, \"full_scan_ms\": %.3f, \"table_update_ms\": %.3f}\n",
        text.size(), lines, edits, median_ms(idle), median_ms(typed), median_ms(erased),
        h.view.script.editor.active ? "true" : "false", same ? "true" : "false", median_ms(full), median_ms(update));
    return 0;
}
