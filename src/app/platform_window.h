// The SDL2 window with an OpenGL 3 (WebGL2 on the web) context and Dear ImGui's SDL2 + OpenGL3 backends.
// Usage: platform_window w; if (!platform_window_open(w, "LoopLab")) fail;
//        each frame: platform_window_poll(w); platform_window_begin_frame(); ...ImGui...; platform_window_present(w);
#pragma once
#include <imgui.h>

#include <vector>

struct SDL_Window;

namespace looplab::app {

// One window, one GL context, the ImGui context bound to them.
struct platform_window {
    SDL_Window* window = nullptr;  // the SDL window (the canvas on the web)
    void* gl_context = nullptr;  // SDL_GLContext
    bool quit_requested = false;  // set when the user closes the window
    float device_pixel_ratio = 1.0f;  // framebuffer pixels per window unit, as of the last frame
    float page_pixel_ratio = 1.0f;  // web: window.devicePixelRatio as last seen
    float font_pixel_ratio = 0.0f;  // the pixel ratio the font atlas was rasterised for
    int font_atlas_generation = 0;  // how often the font atlas was built (1 after open; +1 per ratio or size change)
    float text_scale = 1.0f;  // the page's text size (1 = 100 %): fonts and style sizes scale together
    float font_text_scale = 0.0f;  // the text scale the font atlas and style were built for
    ImGuiStyle base_style;  // the style at text scale 1, scaled from on every text-size change
    std::vector<unsigned char> fallback_font;  // TTF bytes of the fallback font once fetched (glyph_fallback.h)
    ImVector<ImWchar> fallback_ranges;  // the codepoints merged from it into the main font (kept while the atlas is)
    bool fonts_dirty = false;  // the merged codepoints changed: the next frame rebuilds the atlas
    bool gl_context_lost = false;  // the browser took the WebGL context away; rendering is skipped
    int gl_context_restores = 0;  // how often the GL objects were rebuilt after a restore
};

// Creates the window, the GL context and the ImGui context + backends. Returns false (and logs why) on failure.
bool platform_window_open(platform_window& w, const char* title, int width, int height);
// Framebuffer pixels per window unit now (the canvas backing store over its CSS size on the web).
float platform_window_pixel_ratio(const platform_window& w);
// Re-rasterises the font and rebuilds its texture when the pixel ratio changed (zoom, another screen) or the
// text scale did (rasterised at 13 px x text scale x ratio; the style's sizes scaled by the text scale).
// Call between frames, before platform_window_begin_frame.
void platform_window_follow_pixel_ratio(platform_window& w);
// Feeds pending SDL events to ImGui; sets quit_requested on SDL_QUIT.
void platform_window_poll(platform_window& w);
// Starts an ImGui frame (backends first, then ImGui::NewFrame).
void platform_window_begin_frame();
// Renders the ImGui frame and swaps buffers (or just ends the frame while the GL context is lost).
void platform_window_present(platform_window& w);
// Destroys backends, the ImGui context, the GL context and the window.
void platform_window_close(platform_window& w);

}  // namespace looplab::app
