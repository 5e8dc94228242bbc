// EMSCRIPTEN_KEEPALIVE exports for tests and the shell: frame count, state JSON, commands, page events.
#include "app/web_api.h"

#include "app/app.h"
#include "app/text/command_text.h"
#include "app/text/script_command_text.h"

#include <emscripten/emscripten.h>

#include <string>
#include <vector>

namespace {
looplab::app::app* bound_app = nullptr;  // the one app of this page; set once by main()
std::string json_buffer;  // keeps the last JSON alive until the next call
}  // namespace

namespace looplab::app {
void web_api_bind(app* a) { bound_app = a; }
app* web_api_bound_app() { return bound_app; }
}  // namespace looplab::app

extern "C" {

// Frames drawn so far (0 before the first frame).
EMSCRIPTEN_KEEPALIVE double looplab_frame_count() {
    return bound_app ? static_cast<double>(bound_app->frame_count) : 0.0;
}

// The last frame's own work time in ms (what the state JSON calls frame_work_ms), without building the JSON.
EMSCRIPTEN_KEEPALIVE double looplab_frame_work_ms() { return bound_app ? bound_app->frame_work_ms : 0.0; }

// 1 while the Script view's interpreter has not finished (the state JSON's script.running), else 0.
EMSCRIPTEN_KEEPALIVE int looplab_script_running() {
    return bound_app && bound_app->model.script().still_running() ? 1 : 0;
}

// The app's state as JSON (a pointer into wasm memory; read it with UTF8ToString before the next call).
EMSCRIPTEN_KEEPALIVE const char* looplab_state_json() {
    json_buffer = bound_app ? looplab::app::app_state_json(*bound_app) : std::string("{}");
    return json_buffer.c_str();
}

// Runs a playground command ("play", "pause", "step", "back", "restart", "scrub:<µs>", "scenario:<name>", ...).
EMSCRIPTEN_KEEPALIVE void looplab_command(const char* verb) {
    if (!bound_app || !verb) return;
    if (looplab::app::is_script_command(verb)) {
        std::string notice;
        if (!looplab::app::run_script_command_text(bound_app->model, verb, notice))
            bound_app->model.apply(looplab::show_notice{notice});
        return;
    }
    looplab::app::run_command_text(bound_app->model, bound_app->view, verb);
}

// The page's fetch of the fallback font answered (glyph_fallback.h): its bytes, or none when it failed.
EMSCRIPTEN_KEEPALIVE void looplab_fallback_font_fetched(const unsigned char* bytes, int length) {
    if (!bound_app) return;
    std::vector<unsigned char> font;
    if (bytes != nullptr && length > 0) font.assign(bytes, bytes + length);
    looplab::app::glyph_fallback_font_loaded(*bound_app, std::move(font));
}

// The page's hash changed (a pasted link, the back button): apply it.
EMSCRIPTEN_KEEPALIVE void looplab_on_hashchange() {
    if (bound_app) looplab::app::app_apply_hash(*bound_app);
}

// The tab was hidden (1) or shown again (0). rAF stops while hidden; on return no time may jump.
EMSCRIPTEN_KEEPALIVE void looplab_on_visibility(int hidden) {
    if (bound_app && hidden == 0) looplab::app::app_on_visible(*bound_app);
}

}  // extern "C"
