// playground_driver.h — drives a session through the real playground panels in a headless ImGui context: frames,
// clicks, typing, the page's command strings, a host that records what the session asked for.
// Usage: playground_driver d; d.apply({}); d.frames(10); d.click(d.view.widgets.play_button); d.command("pause");
#pragma once

#include "app/text/command_text.h"
#include "session/host.h"
#include "session/session.h"
#include "ui/playground.h"

#include "headless_imgui.h"

#include <string>
#include <string_view>
#include <vector>

namespace looplab::testing {

// A session, the view, a fake host that records what the session asked for, and a headless ImGui.
struct playground_driver {
    // Keyboard navigation is on, as in the app.
    explicit playground_driver(float w = 1280.0f, float h = 720.0f, const session_options& options = {})
        : gui(w, h), width(w), height(h), s(session_settings{}, options) {
        ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    }

    headless_imgui gui;  // ImGui context, no backend
    float width;  // display size handed to draw_playground
    float height;  // display size handed to draw_playground
    session s;  // the model under test
    ui::view_state view;  // the view's state
    std::vector<std::string> announced;  // host.announce lines
    std::string clipboard;  // last host.copy_to_clipboard text
    std::string downloaded_name;  // last host.download file name
    std::string downloaded_data;  // last host.download contents
    session_host host{.copy_to_clipboard = [this](std::string_view t) { clipboard = t; },
                      .download =
                          [this](std::string_view name, std::string_view, std::string_view data) {
                              downloaded_name = name;
                              downloaded_data = data;
                          },
                      .announce = [this](std::string_view line) { announced.emplace_back(line); },
                      .share_url = [] { return std::string{"https://looplab.test/#tasks=9&seed=4902"}; }};

    // Applies settings as a link would (restarts both lanes at t = 0).
    void apply(const session_settings& settings) { s.apply(load_settings{settings, {}}); }
    // Runs a command string, as the page's looplab_command hook does.
    void command(std::string_view verb) { app::run_command_text(s, view, verb); }
    // The page's state JSON.
    std::string state_json() const { return ui::playground_state_json(s, view); }
    // One frame as the app runs it: advance by dt_ms of wall time, draw, apply the commands, deliver.
    void frame(double dt_ms = 16.0) {
        s.advance(dt_ms);
        gui.new_frame(dt_ms > 0.0 ? static_cast<float>(dt_ms / 1000.0) : 1.0f / 60.0f);  // ImGui needs DeltaTime > 0
        ui::draw_playground(s, view, width, height);
        gui.end_frame();
        for (const session_command& c : view.take_commands()) s.apply(c);
        deliver(s, host);
    }
    // n frames.
    void frames(int n, double dt_ms = 16.0) {
        for (int i = 0; i < n; ++i) frame(dt_ms);
    }
    // Plays until playback stops by itself (or max_frames).
    int play_to_end(int max_frames = 100000, double dt_ms = 16.0) {
        int n = 0;
        while (s.playing() && n < max_frames) {
            frame(dt_ms);
            ++n;
        }
        return n;
    }
    // A left click in the middle of a rectangle: move, press, release, with no time passing.
    void click(const ui::widget_rect& w) {
        gui.queue_mouse_position(w.rect.x + w.rect.w * 0.5f, w.rect.y + w.rect.h * 0.5f);
        frame(0.0);
        gui.queue_mouse_button(true);
        frame(0.0);
        gui.queue_mouse_button(false);
        frame(0.0);
    }
    // Presses and releases a key over two frames.
    void key(ImGuiKey k) {
        gui.queue_key(k, true);
        frame(0.0);
        gui.queue_key(k, false);
        frame(0.0);
    }
    // Clicks a text field, types text (replacing what was there) and presses Enter.
    void type_into(const ui::widget_rect& w, const char* text) {
        click(w);
        gui.queue_text(text);
        frame(0.0);
        key(ImGuiKey_Enter);
    }
};

}  // namespace looplab::testing
