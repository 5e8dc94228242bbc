// The native desktop entry point: the same app in an SDL window, driven by a plain loop on a steady clock.
// Options for headless checks under Xvfb: --frames N (quit after N frames, print the state JSON).
#include "app/app.h"

#include <SDL.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>

int main(int argc, char** argv) {
    long max_frames = -1;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--frames") == 0 && i + 1 < argc) {
            char* end = nullptr;
            max_frames = std::strtol(argv[++i], &end, 10);
            if (end == nullptr || *end != '\0' || max_frames < 1 || max_frames > 100000000) {
                std::fprintf(stderr, "looplab_desktop: --frames expects an integer in [1, 100000000]\n");
                return 2;
            }
        } else {
            std::fprintf(stderr, "looplab_desktop: unknown argument '%s' (accepted: --frames N)\n", argv[i]);
            return 2;
        }
    }
    auto* a = new looplab::app::app{};
    if (!looplab::app::app_open(*a)) return 1;
    const auto start = std::chrono::steady_clock::now();
    while (!a->window.quit_requested) {
        const std::chrono::duration<double, std::milli> now = std::chrono::steady_clock::now() - start;
        looplab::app::app_frame(*a, now.count());
        if (max_frames > 0 && static_cast<long>(a->frame_count) >= max_frames) break;
    }
    std::printf("%s\n", looplab::app::app_state_json(*a).c_str());
    looplab::app::app_close(*a);
    delete a;
    return 0;
}
