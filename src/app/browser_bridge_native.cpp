// The desktop side of browser_bridge.h: SDL's clipboard, files in the working folder, stdout, an in-memory hash.
#include "app/browser_bridge.h"

#include <SDL.h>

#include <cstdio>
#include <fstream>

namespace looplab::app {

namespace {
std::string native_hash;  // the desktop app has no URL; the hash lives here for the session
}

void browser_copy_to_clipboard(std::string_view text) { SDL_SetClipboardText(std::string(text).c_str()); }

void browser_download(std::string_view filename, std::string_view, std::string_view data) {
    std::ofstream out{std::string(filename), std::ios::binary};
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
    std::printf("saved %s\n", std::string(filename).c_str());
}

void browser_announce(std::string_view) {}

std::string browser_read_hash(std::size_t max_length) { return native_hash.substr(0, max_length); }

void browser_replace_hash(std::string_view hash) { native_hash = hash; }

void browser_push_hash(std::string_view hash) { native_hash = hash; }

// NOTE: the desktop app's hash starts empty and only the app writes it, so it never holds a `code=` to decode, and
// its Script view has no Copy link (that needs the browser's CompressionStream).
void browser_decode_code(int, std::string_view, std::size_t) {}

void browser_encode_code(int, std::string_view) {}

void browser_pick_script_file() {}

std::string browser_page_url() { return "looplab://#" + native_hash; }

// NOTE: the desktop app fetches no fallback font: characters beyond Latin-1 draw as '?' there.
void browser_fetch_fallback_font(std::string_view) {}

void browser_show_fatal(std::string_view message) { std::fprintf(stderr, "%s\n", std::string(message).c_str()); }

}  // namespace looplab::app
