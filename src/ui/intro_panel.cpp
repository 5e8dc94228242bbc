// intro_panel.cpp — the page's one-line introduction with its "?" button, and the short help that button opens
// (the two lanes and the legend's colours).
#include "ui/panels.h"
#include "ui/text_fit.h"

#include <algorithm>

namespace looplab::ui::panels {

namespace {

constexpr const char* intro_line =
    "The same tasks sleep a few ms each: one after another above, as asyncio coroutines below.";

// The help's paragraphs (ASCII only: the main font has no other glyphs until a text needs them).
constexpr const char* help_paragraphs[] = {
    "Upper lane (sequential): each task runs to its end before the next one starts, like the blog's "
    "synchronous(). The run takes the sum of the delays, and the tasks finish in order.",
    "Lower lane (concurrent): every task is an asyncio coroutine on one event loop, like asyncio.gather(). While "
    "one sleeps the others run, so the run takes about the longest delay and the finish order shuffles.",
    "Each row is one task over virtual time. Colours: light grey ready (queued to run), grey waiting, blue "
    "sleeping (in asyncio.sleep), orange running, red blocking (time.sleep holds the whole loop), green done; "
    "the yellow line is now.",
    "Every change in Settings restarts both lanes at t = 0; Back in the browser undoes one change.",
};

}  // namespace

void draw_intro(view_state& view) {
    if (small_button(view, "?###help")) ImGui::OpenPopup("Help###intro_help");
    record_widget(view.widgets.help_button);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("What the lanes and colours show");
    ImGui::SameLine();
    text_wrapped(view, intro_line, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));

    // The help: at most 36 em wide, never wider than the display, centred on it.
    const ImGuiIO& io = ImGui::GetIO();
    const float width = std::min(ImGui::GetFontSize() * 36.0f, io.DisplaySize.x * 0.92f);
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Always);
    ImGui::SetNextWindowSizeConstraints(ImVec2(0.0f, 0.0f), ImVec2(width, io.DisplaySize.y * 0.9f));
    if (!ImGui::BeginPopup("Help###intro_help", ImGuiWindowFlags_NoMove)) return;
    view.help_open = true;
    record_widget_window(view.widgets.help_window);
    for (const char* paragraph : help_paragraphs) text_wrapped(view, paragraph);
    if (button(view, "Close###help_close") || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace looplab::ui::panels
