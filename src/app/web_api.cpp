// EMSCRIPTEN_KEEPALIVE exports for tests and the shell: Module._looplab_frame_count(), looplab_state_json().
#include "app/web_api.h"

#include "app/app.h"

#include <emscripten/emscripten.h>

#include <string>

namespace {
looplab::app::app* g_bound_app = nullptr;  // the one app of this page; set once by main()
std::string g_json_buffer;                 // keeps the last JSON alive until the next call
}  // namespace

namespace looplab::app {
void web_api_bind(app* a) { g_bound_app = a; }
}  // namespace looplab::app

extern "C" {

// Frames drawn so far (0 before the first frame).
EMSCRIPTEN_KEEPALIVE double looplab_frame_count() {
  return g_bound_app ? static_cast<double>(g_bound_app->frame.frame_count) : 0.0;
}

// The app's state as JSON (a pointer into wasm memory; read it with UTF8ToString before the next call).
EMSCRIPTEN_KEEPALIVE const char* looplab_state_json() {
  g_json_buffer = g_bound_app ? looplab::app::app_state_json(*g_bound_app) : std::string("{}");
  return g_json_buffer.c_str();
}

}  // extern "C"
