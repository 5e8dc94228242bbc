// command_text.cpp — parsing the page's command strings; everything past the parse is typed.
#include "app/text/command_text.h"

#include "session/scenarios.h"

#include <cmath>
#include <cstdlib>
#include <optional>
#include <string>

namespace looplab::app {

namespace {

// Quoted arguments in notices are cut to this many characters.
constexpr std::size_t shown_argument = 40;

std::optional<ui::playground_tab> parse_tab(std::string_view name) {
    if (name == "lanes") return ui::playground_tab::lanes;
    if (name == "settings") return ui::playground_tab::settings;
    if (name == "console") return ui::playground_tab::console;
    if (name == "python") return ui::playground_tab::python;
    if (name == "monte_carlo") return ui::playground_tab::monte_carlo;
    return std::nullopt;
}

std::optional<playback> parse_playback(std::string_view verb) {
    if (verb == "play") return playback::play;
    if (verb == "pause") return playback::pause;
    if (verb == "toggle") return playback::toggle;
    if (verb == "step") return playback::step;
    if (verb == "back") return playback::step_back;
    if (verb == "restart") return playback::restart;
    if (verb == "end") return playback::end;
    return std::nullopt;
}

void notice(session& s, std::string text) { s.apply(show_notice{std::move(text)}); }

}  // namespace

void run_command_text(session& s, ui::view_state& view, std::string_view verb) {
    const auto argument = [&](std::string_view prefix) { return verb.substr(prefix.size()); };
    if (const auto p = parse_playback(verb)) {
        s.apply(*p);
    } else if (verb.starts_with("scrub:")) {
        // NOTE: emscripten 3.1.6's libc++ has no floating-point from_chars, hence strtod on a copy.
        const std::string copy{argument("scrub:").substr(0, 64)};
        char* end = nullptr;
        const double t = copy.empty() ? std::nan("") : std::strtod(copy.c_str(), &end);
        if (std::isfinite(t) && end == copy.c_str() + copy.size())
            s.apply(scrub_to{t});
        else
            notice(s, "scrub: '" + copy + "' is not a time in microseconds");
    } else if (verb.starts_with("scenario:")) {
        if (auto settings = scenario_settings(argument("scenario:")))
            s.apply(change_settings{std::move(*settings), {}});
        else
            notice(s, "scenario: unknown name '" + std::string{argument("scenario:").substr(0, shown_argument)} + "'");
    } else if (verb == "open_in_editor") {
        s.apply(open_in_editor{});
    } else if (verb == "sweep") {
        s.apply(start_sweep{ui::sweep_seeds_of(view.sweep_seed_choice)});
    } else if (verb.starts_with("tab:")) {
        if (const auto tab = parse_tab(argument("tab:")))
            view.request_tab(*tab);
        else
            notice(s, "tab: unknown name '" + std::string{argument("tab:").substr(0, shown_argument)} + "'");
    } else {
        notice(s, "unknown command '" + std::string{verb.substr(0, shown_argument)} + "'");
    }
}

}  // namespace looplab::app
