// route_key_down: the page's key rule (playback shortcuts, keyboard navigation, field editing, browser keys).
#include "app/key_router.h"

#include <array>
#include <utility>

namespace looplab::app {

namespace {

bool is_modifier(ImGuiKey key) {
    return key == ImGuiKey_LeftCtrl || key == ImGuiKey_RightCtrl || key == ImGuiKey_LeftShift ||
           key == ImGuiKey_RightShift || key == ImGuiKey_LeftAlt || key == ImGuiKey_RightAlt ||
           key == ImGuiKey_LeftSuper || key == ImGuiKey_RightSuper;
}

// Keys an active ImGui text field edits with (moving, selecting, deleting, leaving, tabbing to the next field).
bool is_field_editing_key(ImGuiKey key) {
    switch (key) {
        case ImGuiKey_LeftArrow:
        case ImGuiKey_RightArrow:
        case ImGuiKey_UpArrow:
        case ImGuiKey_DownArrow:
        case ImGuiKey_Home:
        case ImGuiKey_End:
        case ImGuiKey_PageUp:
        case ImGuiKey_PageDown:
        case ImGuiKey_Backspace:
        case ImGuiKey_Delete:
        case ImGuiKey_Enter:
        case ImGuiKey_KeypadEnter:
        case ImGuiKey_Escape:
        case ImGuiKey_Tab:
            return true;
        default:
            return false;
    }
}

// Keys ImGui's keyboard navigation moves and activates with.
bool is_navigation_key(ImGuiKey key) {
    switch (key) {
        case ImGuiKey_Tab:
        case ImGuiKey_LeftArrow:
        case ImGuiKey_RightArrow:
        case ImGuiKey_UpArrow:
        case ImGuiKey_DownArrow:
        case ImGuiKey_Space:
        case ImGuiKey_Enter:
        case ImGuiKey_KeypadEnter:
        case ImGuiKey_Escape:
            return true;
        default:
            return false;
    }
}

key_decision route_text(const key_press& k) {
    // Alt+Left / Alt+Right are the browser's Back and Forward; Alt with a letter types on many layouts.
    if (k.alt && !k.ctrl && !k.super) return {};
    // AltGr arrives as Ctrl+Alt on Windows and types characters: that is text, left to the textarea.
    const bool shortcut = (k.ctrl || k.super) && !k.alt;
    if (shortcut) {
        switch (k.key) {
            case ImGuiKey_A:  // select all
            case ImGuiKey_Z:  // undo (Shift: redo)
            case ImGuiKey_Y:  // redo
                return {.forward_to_imgui = true, .prevent_default = true};
            default:
                break;
        }
        // Word-wise moves and deletes (Ctrl+Left, Ctrl+Backspace, ...).
        if (is_field_editing_key(k.key) && k.key != ImGuiKey_Tab)
            return {.forward_to_imgui = true, .prevent_default = true};
        return {};  // Ctrl+C/X/V (the browser's clipboard events), zoom, reload, address bar, new tab, ...
    }
    if (is_field_editing_key(k.key)) return {.forward_to_imgui = true, .prevent_default = true};
    return {};  // characters (the textarea's input event carries them), F-keys, modifiers
}

}  // namespace

key_decision route_key_down(const key_press& k, input_mode mode) {
    // Ctrl, Shift and Super go to ImGui (Shift+click selects). Alt does not: a lone Alt press and release toggles
    // ImGui's menu layer, which would end the edit of a field; each forwarded key carries the Alt state anyway.
    if (k.key == ImGuiKey_LeftAlt || k.key == ImGuiKey_RightAlt) return {};
    if (is_modifier(k.key)) return {.forward_to_imgui = true};
    if (mode == input_mode::text) return route_text(k);
    if (k.ctrl || k.super || k.alt) return {};  // every browser shortcut passes
    if (k.key == ImGuiKey_R) return {.prevent_default = true, .command = k.repeat ? "" : "restart"};
    if (mode == input_mode::navigation) {
        if (is_navigation_key(k.key)) return {.forward_to_imgui = true, .prevent_default = true};
        return {};
    }
    switch (k.key) {
        case ImGuiKey_Space:
            return {.prevent_default = true, .command = k.repeat ? "" : "toggle"};
        case ImGuiKey_RightArrow:
            // One press is one step: a held key's repeats are swallowed, not turned into more steps.
            return {.prevent_default = true, .command = k.repeat ? "" : "step"};
        case ImGuiKey_LeftArrow:
            if (!step_back_bound) return {};
            return {.prevent_default = true, .command = k.repeat ? "" : "back"};
        case ImGuiKey_Tab:  // enters keyboard navigation: the focus ring appears on a control
            return {.forward_to_imgui = true, .prevent_default = true};
        case ImGuiKey_Escape:  // closes the help; the browser's own Escape (stop loading, leave fullscreen) stays
            return {.forward_to_imgui = true};
        default:
            return {};
    }
}

ImGuiKey key_from_dom_key(std::string_view dom_key) {
    if (dom_key.size() == 1) {
        const char c = dom_key[0];
        if (c >= 'a' && c <= 'z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'a'));
        if (c >= 'A' && c <= 'Z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'A'));
        if (c >= '0' && c <= '9') return static_cast<ImGuiKey>(ImGuiKey_0 + (c - '0'));
        if (c == ' ') return ImGuiKey_Space;
        return ImGuiKey_None;
    }
    if (dom_key.size() >= 2 && dom_key.size() <= 3 && dom_key[0] == 'F') {
        int n = 0;
        for (const char c : dom_key.substr(1)) {
            if (c < '0' || c > '9') return ImGuiKey_None;
            n = n * 10 + (c - '0');
        }
        if (n >= 1 && n <= 24) return static_cast<ImGuiKey>(ImGuiKey_F1 + (n - 1));
        return ImGuiKey_None;
    }
    static constexpr std::array<std::pair<std::string_view, ImGuiKey>, 18> named{{
        {"Tab", ImGuiKey_Tab},
        {"ArrowLeft", ImGuiKey_LeftArrow},
        {"ArrowRight", ImGuiKey_RightArrow},
        {"ArrowUp", ImGuiKey_UpArrow},
        {"ArrowDown", ImGuiKey_DownArrow},
        {"PageUp", ImGuiKey_PageUp},
        {"PageDown", ImGuiKey_PageDown},
        {"Home", ImGuiKey_Home},
        {"End", ImGuiKey_End},
        {"Insert", ImGuiKey_Insert},
        {"Delete", ImGuiKey_Delete},
        {"Backspace", ImGuiKey_Backspace},
        {"Enter", ImGuiKey_Enter},
        {"Escape", ImGuiKey_Escape},
        {"Control", ImGuiKey_LeftCtrl},
        {"Shift", ImGuiKey_LeftShift},
        {"Alt", ImGuiKey_LeftAlt},
        {"Meta", ImGuiKey_LeftSuper},
    }};
    for (const auto& [name, key] : named)
        if (name == dom_key) return key;
    return ImGuiKey_None;
}

}  // namespace looplab::app
