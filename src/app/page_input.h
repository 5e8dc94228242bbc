// The page's keyboard, text and clipboard path into ImGui. On the web, SDL's key listeners sit on an element
// that never has focus, so this path is the only one: page JS (web/looplab_input.js) hands every key, every
// piece of text (typing, IME, dictation, paste) and every copy/cut to the exports in page_input_web.cpp.
// Natively SDL's events keep feeding ImGui and these functions do nothing.
// Usage: page_input_install(a) after the window opens; each frame page_input_before_draw(a) after NewFrame and
//        page_input_after_frame(a) after the UI was built.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace looplab::app {

struct app;

// What the page's input path keeps between events and frames.
struct page_input_state {
    std::string clipboard;  // what ImGui's paste reads: the last text a browser paste event delivered
    std::vector<std::string> commands;  // playback commands from key presses, run before the next UI build
    std::uint64_t forwarded_down[2] = {0, 0};  // named keys whose key-down went to ImGui (their key-up follows)
    bool window_chosen = false;  // a click or a Tab picked the window keyboard navigation moves in
    bool text_active = false;  // a text field was active at the end of the last frame
    float caret_x = -1.0f, caret_y = -1.0f;  // where the page's textarea was last placed (the field's caret)
    std::uint64_t texts = 0;  // text deliveries from the page (typing, IME, dictation)
    std::uint64_t pastes = 0;  // paste events delivered
    std::uint64_t copies = 0;  // copy/cut events answered
    std::uint64_t rejected_characters = 0;  // characters a digits-only field refused (each refusal shows a notice)
};

// Web: ImGui's clipboard functions read and write page_input_state::clipboard. Native: SDL's stay.
void page_input_install(app& a);
// Runs queued key commands and keeps ImGui-navigation keys (Space, arrows) from also reaching the playground's
// own shortcuts in this frame. Call between ImGui::NewFrame and draw_playground.
void page_input_before_draw(app& a);
// Tells the page whether a text field is active and where its caret is (the textarea follows it).
void page_input_after_frame(app& a);
// The active text field's current text (empty when none), for the state JSON.
std::string page_input_active_text();

}  // namespace looplab::app
