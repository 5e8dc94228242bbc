// The browser side of page_input.h: the exports page JS calls for keys, text, paste and copy, and the per-frame
// sync that focuses the page's hidden textarea while an ImGui text field is active.
#include "app/page_input.h"

#include "app/app.h"
#include "app/key_router.h"
#include "app/text/command_text.h"
#include "app/text/script_command_text.h"

#include <emscripten/emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <string_view>

// clang-format off
EM_JS(void, looplab_js_text_input, (int active, float x, float y, float line_height), {
  if (Module.looplabTextInput) Module.looplabTextInput(active !== 0, x, y, line_height);
});
// clang-format on

namespace looplab::app {

namespace {

app* g_input_app = nullptr;  // the page's one app (set by page_input_install)
std::string g_copy_buffer;  // keeps the copied text alive until page JS has read it

// The active InputText's state, or null when no text field is being edited.
ImGuiInputTextState* active_text_state() {
    ImGuiContext* g = ImGui::GetCurrentContext();
    if (g == nullptr || g->ActiveId == 0 || g->InputTextState.ID != g->ActiveId) return nullptr;
    return &g->InputTextState;
}

std::string utf8_of(const ImWchar* begin, const ImWchar* end) {
    std::string out(static_cast<std::size_t>(ImTextCountUtf8BytesFromStr(begin, end)) + 1, '\0');
    const int written = ImTextStrToUtf8(out.data(), static_cast<int>(out.size()), begin, end);
    out.resize(static_cast<std::size_t>(written));
    return out;
}

// ImGui's CharsDecimal / CharsScientific filters (imgui_widgets.cpp, InputTextFilterCharacter): digits, the
// decimal point, + - * /, and for scientific also e E. ImGui::InputInt / InputDouble fields carry these flags;
// none of today's panels has one (their typed fields take any text and the validator names what it refused).
bool number_field_accepts(unsigned int c, bool scientific) {
    const auto point = static_cast<unsigned int>(ImGui::GetIO().PlatformLocaleDecimalPoint);
    if ((c >= '0' && c <= '9') || c == point || c == '-' || c == '+' || c == '*' || c == '/') return true;
    return scientific && (c == 'e' || c == 'E');
}

// A digits-only field silently drops what its filter refuses: say what was left out instead.
void notice_refused_characters(app& a, std::string_view text) {
    const ImGuiInputTextState* state = active_text_state();
    const ImGuiInputTextFlags number_flags = ImGuiInputTextFlags_CharsDecimal | ImGuiInputTextFlags_CharsScientific;
    if (state == nullptr || (state->Flags & number_flags) == 0) return;
    const bool scientific = (state->Flags & ImGuiInputTextFlags_CharsScientific) != 0;
    std::string refused;
    std::size_t count = 0;
    const char* p = text.data();
    const char* const end = text.data() + text.size();
    while (p < end) {
        unsigned int c = 0;
        const int length = ImTextCharFromUtf8(&c, p, end);
        if (length <= 0) break;
        if (c >= 0x20 && !number_field_accepts(c, scientific)) {
            ++count;
            if (refused.size() < 48) {
                if (!refused.empty()) refused += ' ';
                refused.append(p, static_cast<std::size_t>(length));
            }
        }
        p += length;
    }
    if (count == 0) return;
    a.input.rejected_characters += count;
    a.model.apply(show_notice{"This field takes numbers only; left out: " + refused + (count > 12 ? " ..." : "")});
}

input_mode current_mode() {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput) return input_mode::text;
    if (io.NavVisible) return input_mode::navigation;
    return input_mode::playback;
}

void sync_modifiers(ImGuiIO& io, int mods) {
    io.AddKeyEvent(ImGuiMod_Ctrl, (mods & 1) != 0);
    io.AddKeyEvent(ImGuiMod_Shift, (mods & 2) != 0);
    io.AddKeyEvent(ImGuiMod_Alt, (mods & 4) != 0);
    io.AddKeyEvent(ImGuiMod_Super, (mods & 8) != 0);
}

// ImGui tabs through the items of the focused window: the one last clicked. Before any click (on page load the
// last window drawn has the focus, the output tabs) the first Tab starts in the first window, the controls.
void start_navigation(app& a) {
    if (a.input.window_chosen) return;
    a.input.window_chosen = true;
    if (a.view.window_count > 0) ImGui::SetWindowFocus(a.view.windows[0].name);
}

// A key ImGui should see go down and up (a shortcut the page synthesises: paste, cut, a soft keyboard's delete).
void tap(ImGuiIO& io, ImGuiKey key, bool ctrl) {
    if (ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, true);
    io.AddKeyEvent(key, true);
    io.AddKeyEvent(key, false);  // input trickling hands the release to the next frame
    if (ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, false);
}

}  // namespace

void page_input_install(app& a) {
    g_input_app = &a;
    a.view.keyboard_navigation = true;  // the key rule (key_router.h) keeps Space and arrows from clashing
    ImGuiIO& io = ImGui::GetIO();
    io.ClipboardUserData = &a.input;
    // ImGui copies only on the cut the page synthesises (the browser's cut event already carried the text), and
    // pastes only on the paste it synthesises: both go through this buffer, never through SDL's.
    io.SetClipboardTextFn = [](void* user, const char* text) {
        static_cast<page_input_state*>(user)->clipboard = text != nullptr ? text : "";
    };
    io.GetClipboardTextFn = [](void* user) -> const char* {
        return static_cast<page_input_state*>(user)->clipboard.c_str();
    };
}

void page_input_before_draw(app& a) {
    // The playback keys drive the view that is shown: in the Script view, its own playback.
    for (const std::string& verb : a.input.commands) {
        std::string notice;
        if (a.view.mode == ui::page_mode::script && !run_script_command_text(a.model, "script:" + verb, notice))
            a.model.apply(show_notice{notice});
        if (a.view.mode != ui::page_mode::script) run_command_text(a.model, a.view, verb);
    }
    a.input.commands.clear();
    // With the focus ring visible, Space and the arrows went to ImGui's navigation in NewFrame; the playground's
    // own shortcut handler (ui) must not see them too. Nothing else reads them while no item is active.
    if (!ImGui::IsAnyItemActive()) {
        for (const ImGuiKey key : {ImGuiKey_Space, ImGuiKey_LeftArrow, ImGuiKey_RightArrow})
            ImGui::SetKeyOwner(key, ImGuiKeyOwner_Any, ImGuiInputFlags_LockThisFrame);
    }
}

void page_input_after_frame(app& a) {
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) a.input.window_chosen = true;  // a click focused a window
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    const bool active = io.WantTextInput;
    const float x = g.PlatformImeData.InputPos.x, y = g.PlatformImeData.InputPos.y;
    if (active == a.input.text_active && (!active || (x == a.input.caret_x && y == a.input.caret_y))) {
        if (active) looplab_js_text_input(1, x, y, g.PlatformImeData.InputLineHeight);  // refocus if it was lost
        return;
    }
    a.input.text_active = active;
    a.input.caret_x = x;
    a.input.caret_y = y;
    looplab_js_text_input(active ? 1 : 0, x, y, g.PlatformImeData.InputLineHeight);
}

std::string page_input_active_text() {
    const ImGuiInputTextState* state = active_text_state();
    if (state == nullptr) return {};
    return utf8_of(state->TextW.Data, state->TextW.Data + state->CurLenW);
}

}  // namespace looplab::app

extern "C" {

// A key went down (down = 1) or up (0). dom_key: KeyboardEvent.key; mods: 1 Ctrl (Cmd on a Mac), 2 Shift, 4 Alt,
// 8 the other system key, 16 auto-repeat. Returns 1 when the page is to prevent the browser's default.
EMSCRIPTEN_KEEPALIVE int looplab_key(const char* dom_key, int down, int mods) {
    using namespace looplab::app;
    if (g_input_app == nullptr || dom_key == nullptr) return 0;
    const ImGuiKey key = key_from_dom_key(dom_key);
    if (key == ImGuiKey_None) return 0;
    ImGuiIO& io = ImGui::GetIO();
    const int index = key - ImGuiKey_NamedKey_BEGIN;
    std::uint64_t& word = g_input_app->input.forwarded_down[(index / 64) % 2];
    const std::uint64_t bit = std::uint64_t{1} << (index % 64);
    if (down == 0) {
        if ((word & bit) == 0) return 0;
        word &= ~bit;
        sync_modifiers(io, mods);
        io.AddKeyEvent(key, false);
        return 0;
    }
    const key_decision d = route_key_down(key_press{.key = key,
                                                    .ctrl = (mods & 1) != 0,
                                                    .shift = (mods & 2) != 0,
                                                    .alt = (mods & 4) != 0,
                                                    .super = (mods & 8) != 0,
                                                    .repeat = (mods & 16) != 0},
                                          current_mode());
    if (d.forward_to_imgui && key == ImGuiKey_Tab) start_navigation(*g_input_app);
    if (d.forward_to_imgui) {
        word |= bit;
        sync_modifiers(io, mods);
        io.AddKeyEvent(key, true);
    }
    if (!d.command.empty()) g_input_app->input.commands.emplace_back(d.command);
    return d.prevent_default ? 1 : 0;
}

// Text the page's textarea received (typing, a finished IME composition, dictation, a soft keyboard).
EMSCRIPTEN_KEEPALIVE void looplab_text(const char* utf8) {
    using namespace looplab::app;
    if (g_input_app == nullptr || utf8 == nullptr) return;
    ++g_input_app->input.texts;
    notice_refused_characters(*g_input_app, utf8);
    ImGui::GetIO().AddInputCharactersUTF8(utf8);
}

// A soft keyboard's edit without a usable key event ("Backspace", "Delete", "Enter"): ImGui sees a key tap.
EMSCRIPTEN_KEEPALIVE void looplab_key_tap(const char* dom_key) {
    using namespace looplab::app;
    if (g_input_app == nullptr || dom_key == nullptr) return;
    const ImGuiKey key = key_from_dom_key(dom_key);
    if (key != ImGuiKey_None) tap(ImGui::GetIO(), key, false);
}

// The browser's paste event: the system clipboard's text becomes what ImGui's own paste inserts (one undo step,
// the field's filter applied; a multi-line field keeps newlines and indentation).
EMSCRIPTEN_KEEPALIVE void looplab_paste(const char* utf8) {
    using namespace looplab::app;
    if (g_input_app == nullptr || utf8 == nullptr) return;
    ++g_input_app->input.pastes;
    g_input_app->input.clipboard = utf8;
    notice_refused_characters(*g_input_app, utf8);
    tap(ImGui::GetIO(), ImGuiKey_V, true);
}

// The browser's copy (cut = 0) or cut (1) event: the active field's selection (all of it when nothing is
// selected, as ImGui's Ctrl+C does) for the system clipboard; a cut also deletes it in the field.
EMSCRIPTEN_KEEPALIVE const char* looplab_copy_selection(int cut) {
    using namespace looplab::app;
    g_copy_buffer.clear();
    ImGuiInputTextState* state = active_text_state();
    if (g_input_app == nullptr || state == nullptr) return g_copy_buffer.c_str();
    ++g_input_app->input.copies;
    int begin = 0, end = state->CurLenW;
    if (state->HasSelection()) {
        begin = ImMin(state->GetSelectionStart(), state->GetSelectionEnd());
        end = ImMax(state->GetSelectionStart(), state->GetSelectionEnd());
    }
    g_copy_buffer = utf8_of(state->TextW.Data + begin, state->TextW.Data + end);
    g_input_app->input.clipboard = g_copy_buffer;
    if (cut != 0) tap(ImGui::GetIO(), ImGuiKey_X, true);
    return g_copy_buffer.c_str();
}

// 1 while a text field is active or the pointer is over one (ImGui shows the text cursor there): the page then
// focuses its textarea inside the pointer-up handler, the one moment a phone opens its keyboard for it.
EMSCRIPTEN_KEEPALIVE int looplab_wants_text_input() {
    if (ImGui::GetCurrentContext() == nullptr) return 0;
    return ImGui::GetIO().WantTextInput || ImGui::GetMouseCursor() == ImGuiMouseCursor_TextInput ? 1 : 0;
}

}  // extern "C"
