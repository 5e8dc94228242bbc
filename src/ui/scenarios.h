// scenarios.h — the Scenarios menu: named presets of the playground's settings (ImGui-free).
//
// Usage:
//   for (const looplab::ui::scenario_info& s : looplab::ui::scenario_list()) menu_item(s.label);
//   looplab::ui::playground_settings s;
//   if (looplab::ui::scenario_settings("blocking", s)) looplab::ui::playground_user_change(pg, s);
#pragma once

#include <span>
#include <string_view>

namespace looplab::ui {

struct playground_settings;

// A scenario's command name and menu label.
struct scenario_info {
    std::string_view name;  // "blog", "thousand", "blocking", "limit3", "heavy"
    std::string_view label;  // what the menu shows
};

// Every scenario, the default ("blog") first.
std::span<const scenario_info> scenario_list() noexcept;

// Fills out with the named scenario's settings; false (out untouched) for an unknown name.
bool scenario_settings(std::string_view name, playground_settings& out);

}  // namespace looplab::ui
