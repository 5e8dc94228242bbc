// A headless Dear ImGui context for UI tests: no window, no GL; frames are driven by the test.
// Usage: headless_imgui gui; gui.new_frame(); ...draw...; gui.end_frame();
#pragma once
#include <imgui.h>

namespace looplab::testing {

// Owns an ImGui context with a fixed display size and a built font atlas (ImGui's example_null).
class headless_imgui {
public:
    explicit headless_imgui(float width = 1280.0f, float height = 720.0f);
    ~headless_imgui();
    headless_imgui(const headless_imgui&) = delete;
    headless_imgui& operator=(const headless_imgui&) = delete;

    // Starts a frame with the given delta time (seconds).
    void new_frame(float delta_seconds = 1.0f / 60.0f);
    // Ends the frame and builds its draw data.
    void end_frame();
    // Queues a left click at (x, y): press in one frame, release in the next (as a hand would).
    void queue_mouse_position(float x, float y);
    // Queues the left button state for the next frame.
    void queue_mouse_button(bool down);
    // Queues a key state change (ImGuiKey_Space, ImGuiKey_Enter, ...) for the next frame.
    void queue_key(ImGuiKey key, bool down);
    // Queues typed characters (ASCII/UTF-8) for the next frame.
    void queue_text(const char* utf8);
    // Resizes the display.
    void set_display_size(float width, float height);

private:
    ImGuiContext* m_context = nullptr;
};

}  // namespace looplab::testing
