// script_command_text.h — the Script view's command strings (the looplab_command hook's "script:" verbs) turned into
// typed script_commands: "script:run", "script:stop", "script:play", "script:pause", "script:toggle",
// "script:step", "script:step_back", "script:restart", "script:end", "script:scrub:<virtual µs>",
// "script:copy_link", "script:download" (script.py), "script:download_trace",
// "script:example:<key>" and "script:load:<the script's text>" (everything after the second colon, verbatim).
//
// Usage:
//   if (looplab::app::is_script_command(verb)) looplab::app::run_script_command_text(model, verb, notice);
#pragma once

#include "session/session.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace looplab::app {

// The verb is one of the Script view's ("script:...").
bool is_script_command(std::string_view verb) noexcept;

// Parses verb and applies it to the session's Script view (as script_view_commands); script:run, load and example
// use the page's seed. A bad verb or argument sets notice (and changes nothing); returns whether it was applied.
bool run_script_command_text(session& s, std::string_view verb, std::string& notice);

}  // namespace looplab::app
