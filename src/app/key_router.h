// Which keys the page keeps and which reach the browser: one rule for every key press while the app runs.
// Usage: const key_decision d = route_key_down(key_press{.key = ImGuiKey_Space}, input_mode::playback);
//        if (d.forward_to_imgui) io.AddKeyEvent(...); if (!d.command.empty()) run(d.command); return d.prevent_default;
#pragma once
#include <imgui.h>

#include <string_view>

namespace looplab::app {

// What the app is doing with the keyboard at this moment (read from the last frame's ImGui state).
enum class input_mode : unsigned char {
    playback,  // no field active, no keyboard focus ring: Space, Right and R are playback shortcuts
    navigation,  // the focus ring is visible (Tab was pressed): Tab, arrows, Space, Enter, Escape move and activate
    text,  // a text field is active: the hidden textarea has the focus and the field's editing keys are the app's
};

// One key going down, as the page saw it. ctrl is the platform's shortcut modifier (Cmd on a Mac).
struct key_press {
    ImGuiKey key = ImGuiKey_None;  // the key (ImGuiKey_None: a key ImGui has no name for)
    bool ctrl = false;  // Ctrl (Cmd on a Mac)
    bool shift = false;  // Shift
    bool alt = false;  // Alt / Option
    bool super = false;  // the other system key (Meta on Linux/Windows, Ctrl on a Mac)
    bool repeat = false;  // an auto-repeat of a held key
};

// What to do with a key press.
struct key_decision {
    bool forward_to_imgui = false;  // queue it (with its modifiers) for ImGui
    bool prevent_default = false;  // the browser's own action for it is suppressed (only for keys the app uses now)
    std::string_view command;  // command text to run ("toggle", "step", "back", "restart"), or empty
};

// ← steps back (the session's playback::step_back, through the "back" command text).
inline constexpr bool step_back_bound = true;

// The rule. Browser keys (zoom, reload, address bar, devtools, F-keys, anything with Ctrl that a field does not
// edit with) are never prevented; Ctrl+C/X/V in a field are left to the browser, whose copy/cut/paste events
// carry the system clipboard.
key_decision route_key_down(const key_press& k, input_mode mode);

// The ImGuiKey for a DOM KeyboardEvent.key value ("a", "ArrowLeft", " ", "F5", "Control"), ImGuiKey_None if none.
ImGuiKey key_from_dom_key(std::string_view dom_key);

}  // namespace looplab::app
