// The session's settings <-> the page's URL hash ("#tasks=9&seed=42&dist=seed&limit=0&scale=400").
// Usage: s.apply(load_from_hash(browser_read_hash(max_hash_length + 1)));
//        browser_replace_hash(hash_from_settings(s.settings()));
#pragma once
#include "core/params.h"
#include "session/session.h"

#include <string>
#include <string_view>

namespace looplab::app {

// Parses a hash (with or without '#') with core's one validator (parse_url_hash), time scale included; the
// parser's corrections ride along as problems (the session shows them as notices).
load_settings load_from_hash(std::string_view hash);

// The hash for these settings (without '#'); parameters at their defaults are left out.
std::string hash_from_settings(const session_settings& settings);

}  // namespace looplab::app
