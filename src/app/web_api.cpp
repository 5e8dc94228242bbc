// EMSCRIPTEN_KEEPALIVE exports for tests and the shell: frame count, state JSON, commands, page events.
#include "app/web_api.h"

#include "app/app.h"

#include <emscripten/emscripten.h>

#include <string>

namespace {
looplab::app::app* g_bound_app = nullptr;  // the one app of this page; set once by main()
std::string g_json_buffer;  // keeps the last JSON alive until the next call
}  // namespace

namespace looplab::app {
void web_api_bind(app* a) { g_bound_app = a; }
}  // namespace looplab::app

extern "C" {

// Frames drawn so far (0 before the first frame).
EMSCRIPTEN_KEEPALIVE double looplab_frame_count() {
    return g_bound_app ? static_cast<double>(g_bound_app->frame_count) : 0.0;
}

// The app's state as JSON (a pointer into wasm memory; read it with UTF8ToString before the next call).
EMSCRIPTEN_KEEPALIVE const char* looplab_state_json() {
    g_json_buffer = g_bound_app ? looplab::app::app_state_json(*g_bound_app) : std::string("{}");
    return g_json_buffer.c_str();
}

// Runs a playground command ("play", "pause", "step", "restart", "scrub:<µs>", "scenario:<name>", ...).
EMSCRIPTEN_KEEPALIVE void looplab_command(const char* verb) {
    if (g_bound_app && verb) looplab::ui::playground_command(g_bound_app->playground, verb);
}

// The page's hash changed (a pasted link, the back button): apply it.
EMSCRIPTEN_KEEPALIVE void looplab_on_hashchange() {
    if (g_bound_app) looplab::app::app_apply_hash(*g_bound_app);
}

// The tab was hidden (1) or shown again (0). rAF stops while hidden; on return no time may jump.
EMSCRIPTEN_KEEPALIVE void looplab_on_visibility(int hidden) {
    if (g_bound_app && hidden == 0) looplab::app::app_on_visible(*g_bound_app);
}

}  // extern "C"
