// The web entry point: opens the canvas and hands frames to app_frame() from requestAnimationFrame.
#include "app/app.h"
#include "app/web_api.h"

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

namespace {

EM_BOOL on_animation_frame(double time_ms, void* user_data) {
    auto* a = static_cast<looplab::app::app*>(user_data);
    looplab::app::app_frame(*a, time_ms);
    return EM_TRUE;
}

}  // namespace

int main() {
    // main() returns while the page lives on, so the app lives on the heap for the page's lifetime.
    auto* a = new looplab::app::app{};
    if (!looplab::app::app_open(*a)) {
        EM_ASM({
            if (Module.looplabFatal) Module.looplabFatal("Could not create a WebGL2 context.");
        });
        return 1;
    }
    looplab::app::web_api_bind(a);
    emscripten_request_animation_frame_loop(on_animation_frame, a);
    return 0;
}
