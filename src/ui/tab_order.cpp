// tab_order.cpp — Tab across windows (tab_order.h). ImGui 1.90 resolves a Tab press during the frame it is pressed
// in and moves the focus at the next frame's start; this file compares the focus before and after, and when the
// move went backwards (a wrap) or nowhere, submits a tabbing request inside the next window, the way
// ImGui::SetKeyboardFocusHere does, but one that shows the focus ring and can pick the last control too.
#include "ui/tab_order.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstring>

namespace looplab::ui {

namespace {

// True if a control at a starts after one at b in reading order (top to bottom, then left to right).
bool after(const ImVec2& a, const ui_rect& b) {
    if (a.y > b.y + 1.0f) return true;
    if (a.y < b.y - 1.0f) return false;
    return a.x > b.x + 1.0f;
}

// The window drawn last frame after (dir > 0) or before (dir < 0) the named one, wrapping around.
const char* neighbour_window(const view_state& view, const char* name, int dir) {
    const auto count = static_cast<int>(view.window_count);
    for (int i = 0; i < count; ++i) {
        if (std::strcmp(view.windows[static_cast<std::size_t>(i)].name, name) != 0) continue;
        const int next = ((i + dir) % count + count) % count;
        return view.windows[static_cast<std::size_t>(next)].name;
    }
    return nullptr;
}

}  // namespace

void tab_order_begin_frame(view_state& view) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    tab_across_windows& t = view.tab_across;
    // A redirect from the last frame that found no control (a window with none): go on to the one after it.
    if (t.redirect_window != nullptr) {
        const char* tried = t.redirect_window;
        t.redirect_window = nullptr;
        if (g.NavJustMovedToId == 0 && t.redirects_left-- > 0) t.redirect_window = neighbour_window(view, tried, t.dir);
    }
    if (t.from_window != nullptr && g.NavWindow != nullptr && std::strcmp(g.NavWindow->Name, t.from_window) == 0) {
        const ImVec2 now = g.NavWindow->NavRectRel[ImGuiNavLayer_Main].Min;
        const bool moved = g.NavJustMovedToId != 0 && g.NavJustMovedToId != t.from_id;
        const bool wrapped = !moved || (t.dir > 0 ? !after(now, t.from_rect) : after(now, t.from_rect));
        if (wrapped) {
            t.redirect_window = neighbour_window(view, t.from_window, t.dir);
            t.redirects_left = static_cast<int>(view.window_count);
        }
    }
    t.from_window = nullptr;
    // This frame's Tab press (ImGui submitted its request in NewFrame): remember where the focus was.
    const ImGuiIO& io = ImGui::GetIO();
    if (view.keyboard_navigation && g.NavWindow != nullptr && (g.NavWindow->Flags & ImGuiWindowFlags_Popup) == 0 &&
        ImGui::IsKeyPressed(ImGuiKey_Tab) && !io.KeyCtrl && !io.KeyAlt && g.ActiveId == 0 && g.NavId != 0) {
        t.from_window = g.NavWindow->Name;
        t.from_id = g.NavId;
        const ImVec2 at = g.NavWindow->NavRectRel[ImGuiNavLayer_Main].Min;
        t.from_rect = ui_rect{at.x, at.y, 0.0f, 0.0f};
        t.dir = io.KeyShift ? -1 : +1;
    }
}

void tab_order_window_begun(view_state& view, const char* name) {
    tab_across_windows& t = view.tab_across;
    if (t.redirect_window == nullptr || std::strcmp(t.redirect_window, name) != 0) return;
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImGui::FocusWindow(ImGui::GetCurrentWindow());
    // With no focused item in this window, a forward "tab init" (dir 0) lands on its first control and a backward
    // one runs through all of them and keeps the last (imgui.cpp, NavProcessItemForTabbingRequest).
    g.NavId = 0;
    ImGui::NavMoveRequestSubmit(ImGuiDir_None, t.dir < 0 ? ImGuiDir_Up : ImGuiDir_Down,
                                ImGuiNavMoveFlags_IsTabbing | ImGuiNavMoveFlags_Activate,
                                ImGuiScrollFlags_KeepVisibleEdgeX | ImGuiScrollFlags_KeepVisibleEdgeY);
    g.NavTabbingDir = t.dir < 0 ? -1 : 0;
    g.NavTabbingCounter = -1;
}

}  // namespace looplab::ui
