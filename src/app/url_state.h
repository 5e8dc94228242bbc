// The playground's settings <-> the page's URL hash ("#tasks=9&seed=42&dist=seed&limit=0&scale=400").
// Usage: auto [settings, notices] = settings_from_hash(browser_read_hash(max_hash_length + 1));
//        browser_replace_hash(hash_from_settings(settings));
#pragma once
#include "core/params.h"
#include "ui/playground.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace looplab::app {

// The longest hash the page reads (core's documented limit); a longer one is cut and a notice says so.
inline constexpr std::size_t max_hash_length = looplab::max_hash_length;

// Settings read from a hash, and one plain-text notice per correction.
struct hash_settings {
    ui::playground_settings settings;  // always valid
    std::vector<std::string> notices;  // "tasks: '-5' is out of range (accepted 1..100000); using 1"
    int text_percent = default_text_percent;  // the page's text size (`text=`), 100..250
};

// Parses a hash (with or without '#') with core's one validator (parse_url_hash), time scale included.
hash_settings settings_from_hash(std::string_view hash);

// The hash for these settings and text size (without '#'); parameters at their defaults are left out.
std::string hash_from_settings(const ui::playground_settings& settings, int text_percent = default_text_percent);

}  // namespace looplab::app
