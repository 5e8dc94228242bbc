// What the app asks of its host page: clipboard, file download, screen-reader announcements, the URL hash.
// On the web these go to the browser (navigator.clipboard, Blob, an aria-live region, history.replaceState);
// natively they fall back to SDL's clipboard, a file in the working folder, stdout and an in-memory hash.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace looplab::app {

// Copies text to the system clipboard (web: navigator.clipboard.writeText, with a fallback).
void browser_copy_to_clipboard(std::string_view text);
// Offers data as a file download (web: a Blob and a temporary <a download>; no server involved).
void browser_download(std::string_view filename, std::string_view mime_type, std::string_view data);
// Appends one line to the visually hidden aria-live region (as text, never as HTML).
void browser_announce(std::string_view line);
// The current URL hash without the leading '#', capped at max_length bytes (longer hashes are truncated).
std::string browser_read_hash(std::size_t max_length);
// Replaces the URL hash in place (history.replaceState: no new history entry, no hashchange event).
void browser_replace_hash(std::string_view hash);
// Adds a history entry with this hash (history.pushState: Back returns to the hash before; no hashchange event).
void browser_push_hash(std::string_view hash);
// Hands a `code=` value to the page's codec (web/looplab_code_link.js), which inflates at most max_bytes and
// answers through the looplab_code_decoded / looplab_code_failed exports with this request number.
void browser_decode_code(int request, std::string_view code, std::size_t max_bytes);
// Hands a script to the page's codec, which answers with its `code=` value through looplab_code_encoded.
void browser_encode_code(int request, std::string_view script);
// Opens the browser's file picker for a script (web: an <input type=file> clicked while the user's click still
// counts as a gesture); the chosen file arrives through looplab_dropped_file, as a dropped one does.
void browser_pick_script_file();
// The page URL, hash included (what "Copy link" copies).
std::string browser_page_url();
// Fetches the fallback font file that sits beside index.html (glyph_fallback.h); the page answers through
// the looplab_fallback_font_fetched export with its bytes, or with none when the fetch failed.
void browser_fetch_fallback_font(std::string_view file);
// Replaces the page with a clear message and a reload button (never an alert).
void browser_show_fatal(std::string_view message);

}  // namespace looplab::app
