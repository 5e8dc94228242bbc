// scenarios.h — the Scenarios menu: named presets of the session's settings.
//
// Usage:
//   for (const looplab::scenario_info& s : looplab::scenario_list()) menu_item(s.label);
//   if (auto s = looplab::scenario_settings("blocking")) session.apply(looplab::change_settings{*s, {}});
#pragma once

#include "session/session.h"

#include <optional>
#include <span>
#include <string_view>

namespace looplab {

// A scenario's command name and menu label.
struct scenario_info {
    std::string_view name;  // "blog", "thousand", "blocking", "limit3", "heavy"
    std::string_view label;  // what the menu shows
};

// Every scenario, the default ("blog") first.
std::span<const scenario_info> scenario_list() noexcept;

// The named scenario's settings; nullopt for an unknown name.
std::optional<session_settings> scenario_settings(std::string_view name);

// The scenario whose settings these are, if any.
std::optional<scenario_info> matching_scenario(const session_settings& settings);

}  // namespace looplab
