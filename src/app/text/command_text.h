// command_text.h — the page's command strings (the exported looplab_command hook) turned into typed commands:
// "play", "pause", "toggle", "step", "back", "restart", "end", "scrub:<virtual µs>", "scenario:<name>",
// "tab:<lanes|settings|console|python|monte_carlo>", "sweep" and "open_in_editor" (the Python tab's script into the
// Script view). This is the only place these strings are read.
//
// Usage:
//   looplab::app::run_command_text(session, view, "scrub:1500");   // a bad one becomes a notice
#pragma once

#include "session/session.h"
#include "ui/playground.h"

#include <string_view>

namespace looplab::app {

// Parses verb and applies it: session commands to the session, tab requests to the view. Unknown verbs and bad
// arguments become a notice.
void run_command_text(session& s, ui::view_state& view, std::string_view verb);

}  // namespace looplab::app
