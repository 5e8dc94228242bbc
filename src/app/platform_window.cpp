// SDL2 + OpenGL3 platform glue for the desktop window and the web canvas (WebGL2), with ImGui's backends.
#include "app/platform_window.h"

#include <SDL.h>
#include <SDL_opengl.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl2.h>

#include <cstdio>

#ifdef __EMSCRIPTEN__
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#endif

namespace looplab::app {

namespace {
#ifdef __EMSCRIPTEN__
const char* const glsl_version = "#version 300 es";  // WebGL2 is OpenGL ES 3.0

// WebGL context loss (GPU reset, driver update, too many contexts): every GL object dies with the context.
// Returning EM_TRUE calls preventDefault(), which tells the browser we will restore.
EM_BOOL on_webgl_context_lost(int, const void*, void* user_data) {
    static_cast<platform_window*>(user_data)->gl_context_lost = true;
    return EM_TRUE;
}

// The same WebGL context object comes back empty: rebuild the renderer's shaders, buffers and font texture.
EM_BOOL on_webgl_context_restored(int, const void*, void* user_data) {
    auto* w = static_cast<platform_window*>(user_data);
    SDL_GL_MakeCurrent(w->window, w->gl_context);
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplOpenGL3_Init(glsl_version);
    w->gl_context_lost = false;
    ++w->gl_context_restores;
    return EM_TRUE;
}
#else
const char* const glsl_version = "#version 130";
#endif
// Crisp text on HiDPI: rasterise the font at device pixels, then scale the layout back to window units. The text
// scale enlarges the font itself (not FontGlobalScale, which would blur it) and the style's sizes with it.
void build_fonts(platform_window& w, float pixel_ratio) {
    ImGuiIO& io = ImGui::GetIO();
    const float font_scale = pixel_ratio > 1.0f ? pixel_ratio : 1.0f;
    io.Fonts->Clear();
    ImFontConfig font_config;
    font_config.SizePixels = 13.0f * w.text_scale * font_scale;
    io.Fonts->AddFontDefault(&font_config);
    if (!w.fallback_font.empty() && !w.fallback_ranges.empty()) {
        // Merged into the main font: only the codepoints in use (glyph_fallback.cpp), so the atlas stays small.
        ImFontConfig merge;
        merge.MergeMode = true;
        merge.FontDataOwnedByAtlas = false;  // w.fallback_font keeps the bytes for every rebuild
        merge.SizePixels = font_config.SizePixels;
        merge.GlyphMinAdvanceX = 0.0f;
        io.Fonts->AddFontFromMemoryTTF(w.fallback_font.data(), static_cast<int>(w.fallback_font.size()),
                                       font_config.SizePixels, &merge, w.fallback_ranges.Data);
    }
    w.fonts_dirty = false;
    io.FontGlobalScale = 1.0f / font_scale;
    if (w.text_scale != w.font_text_scale) {
        ImGui::GetStyle() = w.base_style;
        ImGui::GetStyle().ScaleAllSizes(w.text_scale);
    }
    w.font_pixel_ratio = pixel_ratio;
    w.font_text_scale = w.text_scale;
    ++w.font_atlas_generation;
}
}  // namespace

float platform_window_pixel_ratio(const platform_window& w) {
    int window_w = 0, window_h = 0, drawable_w = 0, drawable_h = 0;
    SDL_GetWindowSize(w.window, &window_w, &window_h);
    SDL_GL_GetDrawableSize(w.window, &drawable_w, &drawable_h);
    // A size of 0: SDL forces a resize event through after a ratio change; the ratio stays as it was until then.
    if (window_w <= 0 || drawable_w <= 0) return w.device_pixel_ratio;
    return static_cast<float>(drawable_w) / static_cast<float>(window_w);
}

void platform_window_follow_pixel_ratio(platform_window& w) {
#ifdef __EMSCRIPTEN__
    // SDL re-reads devicePixelRatio and resizes the canvas backing store on a window resize event, and the page
    // dispatches one on a resolution media-query change (web/looplab_input.js). Chromium fires neither when only
    // the ratio changes through the DevTools device-metrics override, so a changed ratio is also checked here.
    const auto page_ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
    if (page_ratio != w.page_pixel_ratio) {
        w.page_pixel_ratio = page_ratio;
        EM_ASM({ window.dispatchEvent(new Event('resize')); });
        return;  // SDL's resize event is polled next frame; until then its window size reads 0
    }
#endif
    const float ratio = platform_window_pixel_ratio(w);
    w.device_pixel_ratio = ratio;
    if (ratio == w.font_pixel_ratio && w.text_scale == w.font_text_scale && !w.fonts_dirty) return;
    build_fonts(w, ratio);
    if (!w.gl_context_lost) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
}

bool platform_window_open(platform_window& w, const char* title, int width, int height) {
#ifdef __EMSCRIPTEN__
    // SDL's key listeners go on an element that never has focus (shell.html's #sdl-keyboard-sink): SDL would
    // prevent the default of every key and drop all text but keypress charCodes. The page's own input path
    // (page_input_web.cpp, web/looplab_input.js) feeds ImGui instead.
    SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#sdl-keyboard-sink");
#endif
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        std::fprintf(stderr, "SDL_Init failed: %s\n", SDL_GetError());
        return false;
    }
#ifdef __EMSCRIPTEN__
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
#else
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
#endif
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 8);
    const auto flags =
        static_cast<SDL_WindowFlags>(SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    w.window = SDL_CreateWindow(title, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, width, height, flags);
    if (w.window == nullptr) {
        std::fprintf(stderr, "SDL_CreateWindow failed: %s\n", SDL_GetError());
        return false;
    }
    w.gl_context = SDL_GL_CreateContext(w.window);
    if (w.gl_context == nullptr) {
        std::fprintf(stderr, "SDL_GL_CreateContext failed: %s\n", SDL_GetError());
        return false;
    }
    SDL_GL_MakeCurrent(w.window, w.gl_context);
#ifndef __EMSCRIPTEN__
    // NOTE: not on the web: SDL_GL_SetSwapInterval meddles with emscripten's main-loop timing.
    SDL_GL_SetSwapInterval(1);
#endif
    w.device_pixel_ratio = platform_window_pixel_ratio(w);
#ifdef __EMSCRIPTEN__
    w.page_pixel_ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
#endif

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // state lives in the URL, not in an .ini file
    // The page's windows take navigation input (Tab, arrows, Space, Enter) only with view_state::keyboard_navigation,
    // which page_input_web.cpp sets: its key rule (key_router.h) routes Space and the arrows.
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui::StyleColorsDark();
    w.base_style = ImGui::GetStyle();
    build_fonts(w, w.device_pixel_ratio);
    ImGui_ImplSDL2_InitForOpenGL(w.window, w.gl_context);
    ImGui_ImplOpenGL3_Init(glsl_version);
#ifdef __EMSCRIPTEN__
    emscripten_set_webglcontextlost_callback("#canvas", &w, EM_FALSE, on_webgl_context_lost);
    emscripten_set_webglcontextrestored_callback("#canvas", &w, EM_FALSE, on_webgl_context_restored);
#endif
    return true;
}

void platform_window_poll(platform_window& w) {
    SDL_Event event;
    while (SDL_PollEvent(&event)) {
        ImGui_ImplSDL2_ProcessEvent(&event);
        if (event.type == SDL_QUIT) w.quit_requested = true;
        if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE &&
            event.window.windowID == SDL_GetWindowID(w.window))
            w.quit_requested = true;
    }
}

void platform_window_begin_frame() {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
}

void platform_window_present(platform_window& w) {
    ImGui::Render();
    if (w.gl_context_lost) return;  // the UI still ran this frame; there is just nothing to draw on
    const ImGuiIO& io = ImGui::GetIO();
    glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
               static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
    glClearColor(0.08f, 0.09f, 0.11f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    SDL_GL_SwapWindow(w.window);
}

void platform_window_close(platform_window& w) {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    if (w.gl_context != nullptr) SDL_GL_DeleteContext(w.gl_context);
    if (w.window != nullptr) SDL_DestroyWindow(w.window);
    SDL_Quit();
    w = platform_window{};
}

}  // namespace looplab::app
