// script_command_text.cpp — parsing the Script view's command strings; everything past the parse is typed.
#include "app/text/script_command_text.h"

#include "session/script_examples.h"

#include <cmath>
#include <cstdlib>
#include <optional>
#include <utility>

namespace looplab::app {

namespace {
constexpr std::string_view prefix = "script:";
constexpr std::size_t shown_argument = 40;  // quoted arguments in notices are cut to this many characters

std::optional<playback> parse_playback(std::string_view verb) {
    if (verb == "play") return playback::play;
    if (verb == "pause") return playback::pause;
    if (verb == "toggle") return playback::toggle;
    if (verb == "step") return playback::step;
    if (verb == "step_back" || verb == "back") return playback::step_back;
    if (verb == "restart") return playback::restart;
    if (verb == "end") return playback::end;
    return std::nullopt;
}
}  // namespace

bool is_script_command(std::string_view verb) noexcept { return verb.starts_with(prefix); }

bool run_script_command_text(session& model, std::string_view verb, std::string& notice) {
    const std::uint64_t page_seed = model.settings().experiment.seed;
    const auto apply = [&](script_command c) { model.apply(script_view_command{std::move(c)}); };
    if (!is_script_command(verb)) {
        notice = "not a script command";
        return false;
    }
    const std::string_view rest = verb.substr(prefix.size());
    if (rest.starts_with("load:")) {
        apply(script_start{page_seed});  // the seed first, so the load runs with it
        apply(script_load{std::string{rest.substr(5)}});
        return true;
    }
    if (rest.starts_with("example:")) {
        const std::string_view key = rest.substr(8);
        for (const script_example& e : script_examples()) {
            if (e.key != key) continue;
            apply(script_start{page_seed});
            apply(script_load{std::string{e.text}});
            return true;
        }
        notice = "script:example: unknown name '" + std::string{key.substr(0, shown_argument)} + "'";
        return false;
    }
    if (rest.starts_with("scrub:")) {
        // NOTE: emscripten 3.1.6's libc++ has no floating-point from_chars, hence strtod on a copy.
        const std::string copy{rest.substr(6, 64)};
        char* end = nullptr;
        const double t = copy.empty() ? std::nan("") : std::strtod(copy.c_str(), &end);
        if (!std::isfinite(t) || end != copy.c_str() + copy.size()) {
            notice = "script:scrub: '" + copy + "' is not a time in microseconds";
            return false;
        }
        apply(scrub_to{t});
        return true;
    }
    if (rest == "run") {
        apply(script_start{page_seed});
        return true;
    }
    if (rest == "copy_link" || rest == "download" || rest == "download_trace") {
        apply(export_script{rest == "copy_link"  ? script_report::link_to_clipboard
                            : rest == "download" ? script_report::script_download
                                                 : script_report::trace_download});
        return true;
    }
    if (rest == "stop") {
        apply(script_stop{});
        return true;
    }
    if (const auto p = parse_playback(rest)) {
        apply(*p);
        return true;
    }
    notice = "unknown command '" + std::string{verb.substr(0, shown_argument)} + "'";
    return false;
}

}  // namespace looplab::app
