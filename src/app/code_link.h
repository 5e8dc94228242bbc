// code_link.h — the app's side of the Script view's `#code=` links and dropped files: a link in the hash is handed
// to the page's codec (web/looplab_code_link.js) and its answer opens the Script view or shows a notice; Copy link
// compresses the script there and comes back to check the length, copy the link and push it onto the history.
//
// Usage (app.cpp and the page's exports):
//   code_link_read_hash(a, read.code);            // after the hash's settings were applied
//   code_link_decoded(a, request, text);           // the page inflated the code: the Script view opens it
//   a.last_hash = page_hash_text(a);               // the hash to write: the settings, and the code while it is live
#pragma once

#include "app/text/code_link_text.h"

#include <optional>
#include <string>
#include <string_view>

namespace looplab::app {

struct app;

// The link's script as the app knows it.
struct code_link_state {
    std::string code;  // `code=` of the hash in effect, still encoded (empty: none)
    std::string script;  // what code decoded to; the hash keeps code only while the Script view runs this text
    bool decoding = false;  // code was handed to the page and no answer came yet
    bool opened_view = false;  // a link switched the page to the Script view (a hash without code switches back)
    int decode_request = 0;  // the latest decode handed to the page (older answers are dropped)
    int encode_request = 0;  // the latest Copy link handed to the page
};

// The hash was read (page load, hashchange): a new `code=` is decoded, an empty one is a notice, none leaves the
// Script view if a link had opened it.
void code_link_read_hash(app& a, const std::optional<std::string>& code);
// The page's codec answered a decode: opens text in the Script view with the page's seed.
void code_link_decoded(app& a, int request, std::string_view text);
// The page's codec could not decode: a notice, the experiment stays, the hash loses its code.
void code_link_failed(app& a, int request, code_problem problem);
// Copy link for a script (the host's copy_script_link): hands the script to the page's codec.
void code_link_copy(app& a, std::string_view script);
// The page compressed a Copy link: checks the length, then clipboard and history.pushState (or a notice).
void code_link_encoded(app& a, int request, std::string_view code);
// The page could not compress (no CompressionStream).
void code_link_encode_failed(app& a, int request);
// Opens a script in the Script view, with the page's seed (Open in editor, a dropped file).
void open_script_in_view(app& a, std::string_view text);
// A dropped file: opens it, or shows why not.
void open_dropped_file(app& a, std::string_view name, code_problem problem, std::string_view text);
// Once a frame: a link whose script was replaced in the Script view leaves the hash.
void code_link_frame(app& a);
// The hash the page should show: the settings and text size, with `code=` first while the link's script is open.
std::string page_hash_text(const app& a);

}  // namespace looplab::app
