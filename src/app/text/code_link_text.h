// code_link_text.h — the texts and limits of the Script view's `#code=` links and dropped files: the hash of a
// script link, the notices for each way a link or a file can be bad. The codec itself (base64url of raw DEFLATE)
// is the page's, in web/looplab_code_link.js, which answers with the code_problem numbers below.
//
// Usage:
//   const std::string hash = looplab::app::script_link_hash(code, hash_from_settings(settings, text_percent));
//   if (hash.size() > looplab::app::max_script_link_hash) notice(too_long_link_notice(hash.size()));
#pragma once

#include "core/params.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace looplab::app {

// The longest hash (characters after '#') Copy link writes; core reads up to max_hash_length.
inline constexpr std::size_t max_script_link_hash = 8000;
static_assert(max_script_link_hash <= max_hash_length, "a copied link must read back whole");
// The largest script a link inflates to or a dropped file may be, in UTF-8 bytes (the page stops inflating past it).
inline constexpr std::size_t max_script_bytes = std::size_t{1} << 20;

// What the page's codec found wrong (web/looplab_code_link.js sends these numbers).
enum class code_problem : int {
    none = 0,  // fine
    not_base64url = 1,  // a character outside A-Z a-z 0-9 - _ (or a length no encoding has)
    damaged = 2,  // the bytes do not inflate: cut short, forged, or trailing junk
    too_big = 3,  // inflates (or, for a file, is) past max_script_bytes
    not_text = 4,  // not UTF-8 text (or, for a file, has NUL bytes)
    empty = 5,  // nothing to open
    unsupported = 6,  // the browser has no DecompressionStream / CompressionStream
    unreadable = 7,  // a file the browser could not read
};

// The hash of a script link: "code=<code>" followed by the other parameters ("&seed=7&text=150"), if any.
std::string script_link_hash(std::string_view code, std::string_view settings_hash);

// The page URL with its hash replaced by `hash` (without '#').
std::string url_with_hash(std::string_view page_url, std::string_view hash);

// The notice for a bad `code=` value: what is wrong, and that the experiment runs instead.
std::string code_link_notice(code_problem problem);

// The notice for a script whose link would be longer than max_script_link_hash (0: not measured, the script alone
// is past max_script_bytes).
std::string too_long_link_notice(std::size_t hash_length);

// The notice for a dropped file that is not opened.
std::string dropped_file_notice(std::string_view file_name, code_problem problem);

}  // namespace looplab::app
