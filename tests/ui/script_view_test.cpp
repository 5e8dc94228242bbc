// script_view_test.cpp — the Script view drawn headless: the mode bar switches to it, an example button loads and
// runs its script, typed lines auto-indent and Tab / Shift+Tab indent, Run hands the editor's text to the session,
// a traceback line moves the caret, and the wide and phone layouts place its windows without overlap.
#include "ui/script_panels.h"

#include "playground_driver.h"

#include <gtest/gtest.h>

#include <string>

namespace {

using looplab::testing::playground_driver;

void to_script_view(playground_driver& d) {
    d.frames(2);
    ASSERT_TRUE(d.view.script.widgets.script_tab.visible);
    d.click(d.view.script.widgets.script_tab);
    ASSERT_EQ(d.view.mode, looplab::ui::page_mode::script);
    d.frames(2);  // a tab bar lays its tabs out in the frame after it first appears
}

void run_to_end(playground_driver& d) {
    for (int i = 0; i < 2000 && d.s.script().still_running(); ++i) d.frame(16.0);
    d.click(d.view.script.widgets.end_button);
}

void expect_windows_apart(const playground_driver& d) {
    for (std::size_t i = 0; i < d.view.window_count; ++i)
        for (std::size_t j = i + 1; j < d.view.window_count; ++j)
            EXPECT_FALSE(looplab::ui::rects_overlap(d.view.windows[i].rect, d.view.windows[j].rect))
                << d.view.windows[i].name << " overlaps " << d.view.windows[j].name;
}

TEST(script_view, an_example_button_loads_and_runs_its_script) {
    playground_driver d;
    to_script_view(d);
    EXPECT_EQ(d.view.window_count, 5u);  // mode bar, toolbar, editor, timeline, output
    expect_windows_apart(d);
    ASSERT_TRUE(d.view.script.widgets.examples[0].visible);
    d.click(d.view.script.widgets.examples[0]);
    run_to_end(d);
    EXPECT_TRUE(d.s.script().at_end());
    EXPECT_EQ(d.s.script().printed_visible(), 20u);
    EXPECT_EQ(d.view.script.editor.text, d.s.script().text());
    EXPECT_NE(d.state_json().find("\"mode\":\"script\""), std::string::npos);
}

TEST(script_view, typed_lines_auto_indent_and_tab_keys_indent_and_run_runs_the_text) {
    playground_driver d;
    to_script_view(d);
    d.click(d.view.script.widgets.editor);
    ASSERT_TRUE(d.view.script.editor.active);
    const auto type = [&](const char* text) {
        d.gui.queue_text(text);
        d.frame(0.0);
    };
    type("def f():");
    d.key(ImGuiKey_Enter);
    type("return 2");
    d.key(ImGuiKey_Enter);
    d.gui.queue_key(ImGuiMod_Shift, true);
    d.key(ImGuiKey_Tab);
    d.gui.queue_key(ImGuiMod_Shift, false);
    type("if f():");
    d.key(ImGuiKey_Enter);
    d.key(ImGuiKey_Tab);
    type("print(f())");
    EXPECT_EQ(d.view.script.editor.text, "def f():\n    return 2\nif f():\n        print(f())");
    EXPECT_FALSE(d.s.script().has_run()) << "editing does not run";
    d.click(d.view.script.widgets.run_button);
    run_to_end(d);
    ASSERT_EQ(d.s.script().printed_visible(), 1u);
    EXPECT_EQ(d.s.script().current().printed().line(0), "2");
}

TEST(script_view, a_traceback_line_moves_the_caret_to_that_line) {
    playground_driver d;
    to_script_view(d);
    d.s.apply(looplab::script_view_command{looplab::script_load{"x = 1\n\ndef f():\n    return x / 0\n\nf()\n"}});
    run_to_end(d);
    ASSERT_TRUE(d.view.script.widgets.traceback_line.visible);
    d.click(d.view.script.widgets.traceback_line);
    d.frames(3, 0.0);
    EXPECT_EQ(d.view.script.editor.shown_line, 6) << "the line of the call, f()";
    if (d.view.script.editor.active) {
        EXPECT_EQ(d.view.script.editor.caret_line, 6);
    }
}

TEST(script_view, the_phone_layout_stacks_the_toolbar_over_tabbed_panes) {
    playground_driver d{390.0f, 844.0f};
    to_script_view(d);
    expect_windows_apart(d);
    for (const auto* w : {&d.view.script.widgets.examples_combo, &d.view.script.widgets.run_button,
                          &d.view.script.widgets.end_button, &d.view.script.widgets.timeline_pane_tab}) {
        EXPECT_TRUE(w->visible);
        EXPECT_LE(w->rect.x + w->rect.w, 390.5f);
    }
    d.click(d.view.script.widgets.timeline_pane_tab);
    EXPECT_EQ(d.view.script.pane, looplab::ui::script_pane::timeline);
}

TEST(script_view, traceback_lines_name_the_script_line) {
    EXPECT_EQ(looplab::ui::panels::traceback_script_line("  File \"script.py\", line 12, in main"), 12);
    EXPECT_EQ(looplab::ui::panels::traceback_script_line("  File \"<script>\", line 3, in <module>"), 3);
    EXPECT_EQ(looplab::ui::panels::traceback_script_line("  File \"asyncio/tasks.py\", line 3, in x"), 0);
    EXPECT_EQ(looplab::ui::panels::traceback_script_line("ZeroDivisionError: division by zero"), 0);
}

}  // namespace
