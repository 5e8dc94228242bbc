// The session's settings and the page's text size <-> the page's URL hash ("#tasks=9&seed=42&scale=400&text=150").
// Usage: const page_hash h = read_page_hash(browser_read_hash(max_hash_length + 1)); s.apply(h.load);
//        browser_replace_hash(hash_from_settings(s.settings(), view.text_percent));
#pragma once
#include "core/params.h"
#include "session/session.h"

#include <optional>
#include <string>
#include <string_view>

namespace looplab::app {

// A hash as the page reads it: the run's settings for the session, and the page's own text size (a view setting:
// it never restarts a run).
struct page_hash {
    load_settings load;  // the run's settings with the parser's corrections
    int text_percent = default_text_percent;  // `text=`, 100..250 (presenter: 200)
    std::optional<std::string> code;  // `code=` as given: the Script view's program, still encoded
};

// Parses a hash (with or without '#') with core's one validator (parse_url_hash), time scale and text size
// included.
page_hash read_page_hash(std::string_view hash);

// Parses a hash (with or without '#') with core's one validator (parse_url_hash), time scale included; the
// parser's corrections ride along as problems (the session shows them as notices).
load_settings load_from_hash(std::string_view hash);

// The hash for these settings and text size (without '#'); parameters at their defaults are left out.
std::string hash_from_settings(const session_settings& settings, int text_percent = default_text_percent);

}  // namespace looplab::app
