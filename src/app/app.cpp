// The application frame: advance first, then build the ImGui frame from the state, then render (sokol's order).
#include "app/app.h"

#include "app/browser_bridge.h"
#include "app/text/url_state.h"
#include "python/library_module.h"
#include "session/json_text.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <chrono>
#include <cstdio>

namespace looplab::app {

namespace {

// A context that does not come back leaves a blank canvas: say so and offer a reload instead.
void watch_gl_context(app& a, double now_ms) {
    if (!a.window.gl_context_lost) {
        a.gl_lost_since_ms = -1.0;
        return;
    }
    if (a.gl_lost_since_ms < 0.0) a.gl_lost_since_ms = now_ms;
    if (!a.gave_up_on_gl && now_ms - a.gl_lost_since_ms > gl_restore_patience_ms) {
        a.gave_up_on_gl = true;
        browser_show_fatal(
            "The graphics context (WebGL) was lost and did not come back. "
            "Your settings are kept in the link: reload the page to continue.");
    }
}

// The user changed a setting: one committed change (a field's Enter, a button, a menu pick, one whole slider drag)
// is one history entry, so Back undoes one change at a time. The later frames of a drag replace the entry that its
// first frame pushed: a drag is one ImGui active item from press to release (ImGui's ActiveId).
void write_hash_if_changed(app& a) {
    const ImGuiID active = ImGui::GetActiveID();
    const bool same_gesture = active != 0 && active == a.history_gesture_id;
    const std::uint64_t version = a.model.settings_version();
    if (version == a.seen_settings_version && a.view.text_percent == a.seen_text_percent) {
        if (!same_gesture) a.history_gesture_id = 0;
        return;
    }
    a.seen_settings_version = version;
    a.seen_text_percent = a.view.text_percent;
    const std::string hash = page_hash_text(a);
    if (hash == a.last_hash) return;  // a change that changed nothing (e.g. a typed value that was refused)
    a.last_hash = hash;
    if (same_gesture)
        browser_replace_hash(a.last_hash);
    else
        browser_push_hash(a.last_hash);
    a.history_gesture_id = active;
}

}  // namespace

bool app_open(app& a) {
    if (!platform_window_open(a.window, "LoopLab", 1280, 720)) return false;
    page_input_install(a);
    a.host.copy_to_clipboard = [](std::string_view text) { browser_copy_to_clipboard(text); };
    a.host.download = [](std::string_view name, std::string_view mime, std::string_view data) {
        browser_download(name, mime, data);
    };
    a.host.announce = [](std::string_view line) { browser_announce(line); };
    a.host.share_url = [] { return browser_page_url(); };
    a.host.copy_script_link = [&a](std::string_view script) { code_link_copy(a, script); };
    a.host.open_script = [&a](std::string_view script) { open_script_in_view(a, script); };
    a.host.pick_script_file = [] { browser_pick_script_file(); };
    app_apply_hash(a);
    return true;
}

void app_apply_hash(app& a) {
    const std::string hash = browser_read_hash(max_hash_length + 1);
    if (a.hash_read && hash == a.last_hash) return;  // our own replaceState, or nothing new
    const bool first_read = !a.hash_read;
    a.hash_read = true;
    a.last_hash = hash;
    page_hash read = read_page_hash(hash);
    a.view.text_percent = read.text_percent;
    a.seen_text_percent = read.text_percent;
    a.window.text_scale = static_cast<float>(read.text_percent) / 100.0f;  // the next frame rebuilds the font
    // A change of the text size alone keeps the run where it is.
    const bool parser_corrected = !read.load.problems.empty();
    const bool same_run = !first_read && !parser_corrected &&
                          hash_from_settings(read.load.settings) == hash_from_settings(a.model.settings());
    const std::uint64_t before = a.model.settings_version();
    if (!same_run) a.model.apply(std::move(read.load));
    // Rewrite the hash in its clean form only if something was corrected, so the link shows what runs.
    const bool corrected = parser_corrected || a.model.settings_version() != before;
    a.seen_settings_version = a.model.settings_version();
    code_link_read_hash(a, read.code);  // after the settings: a link's script runs with the link's seed
    if (corrected) {
        a.last_hash = page_hash_text(a);
        browser_replace_hash(a.last_hash);
    }
}

void app_on_visible(app& a) { a.clock.started = false; }

namespace {
double steady_clock_ms() {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
}  // namespace

session_options page_session_options() {
    session_options options;
    options.script.wall_clock_ms = steady_clock_ms;
    return options;
}

void app_frame(app& a, double now_ms) {
    const auto work_start = std::chrono::steady_clock::now();
    platform_window_poll(a.window);
    a.delta_ms = a.clock.tick(now_ms);
    a.raf_ms = now_ms;
    ++a.frame_count;
    watch_gl_context(a, now_ms);

    a.model.advance(a.delta_ms);  // the lanes' playback and one bounded slice of the user's script
    platform_window_follow_pixel_ratio(a.window);
    platform_window_begin_frame();
    page_input_before_draw(a);
    const ImGuiIO& io = ImGui::GetIO();
    ui::draw_playground(a.model, a.view, io.DisplaySize.x, io.DisplaySize.y);
    page_input_after_frame(a);
    platform_window_present(a.window);
    glyph_fallback_frame(a);  // after the frame: the atlas may be rebuilt before the next one
    for (const session_command& command : a.view.take_commands()) a.model.apply(command);
    deliver(a.model, a.host);
    code_link_frame(a);
    write_hash_if_changed(a);
    // On the second frame, once the first is shown, LoopLab's asyncio is compiled, so that a Run's first slice
    // only copies and runs it (python/library_module.h); a Run before then compiles it at its import.
    if (a.frame_count == 2) python::precompile_library_modules();
    const std::chrono::duration<double, std::milli> work = std::chrono::steady_clock::now() - work_start;
    a.frame_work_ms = work.count();
}

void app_close(app& a) { platform_window_close(a.window); }

std::string app_state_json(const app& a) {
    char head[768];
    std::snprintf(head, sizeof head,
                  "{\"frame_count\":%llu,\"raf_ms\":%.3f,\"delta_ms\":%.3f,\"frame_work_ms\":%.3f,"
                  "\"device_pixel_ratio\":%.3f,\"font_pixel_ratio\":%.3f,\"font_atlas_generation\":%d,"
                  "\"text_percent\":%d,\"font_size_px\":%.3f,"
                  "\"gl_context_lost\":%s,\"gl_context_restores\":%d,\"input\":{\"text_active\":%s,"
                  "\"texts\":%llu,\"pastes\":%llu,\"copies\":%llu,\"rejected_characters\":%llu,\"field_text\":",
                  static_cast<unsigned long long>(a.frame_count), a.raf_ms, a.delta_ms, a.frame_work_ms,
                  static_cast<double>(a.window.device_pixel_ratio), static_cast<double>(a.window.font_pixel_ratio),
                  a.window.font_atlas_generation, a.view.text_percent,
                  ImGui::GetCurrentContext() != nullptr ? static_cast<double>(ImGui::GetFontSize()) : 0.0,
                  a.window.gl_context_lost ? "true" : "false", a.window.gl_context_restores,
                  a.input.text_active ? "true" : "false", static_cast<unsigned long long>(a.input.texts),
                  static_cast<unsigned long long>(a.input.pastes), static_cast<unsigned long long>(a.input.copies),
                  static_cast<unsigned long long>(a.input.rejected_characters));
    std::string out = head;
    append_json_string(out, page_input_active_text());
    out += ",\"clipboard\":";
    append_json_string(out, a.input.clipboard);
    const ImGuiContext* g = ImGui::GetCurrentContext();
    out += ",\"nav_visible\":";
    out += g != nullptr && g->IO.NavVisible ? "true" : "false";
    out += ",\"nav_id\":" + std::to_string(g != nullptr ? g->NavId : 0);
    out += ",\"missing_glyphs\":" + std::to_string(glyph_fallback_missing(a));
    out += ",\"wanted_glyphs\":" + std::to_string(a.glyphs.wanted.size());
    out += ",\"fallback_font_bytes\":" + std::to_string(a.window.fallback_font.size());
    const ImFontAtlas* atlas = g != nullptr ? g->IO.Fonts : nullptr;
    out += ",\"font_atlas_w\":" + std::to_string(atlas != nullptr ? atlas->TexWidth : 0);
    out += ",\"font_atlas_h\":" + std::to_string(atlas != nullptr ? atlas->TexHeight : 0);
    out += ",\"nav_window\":";
    append_json_string(out, g != nullptr && g->NavWindow != nullptr ? g->NavWindow->Name : "");
    out += "},\"playground\":";
    return out + ui::playground_state_json(a.model, a.view) + ",\"script\":{" +
           script_state_json_members(a.model.script()) + "}}";
}

}  // namespace looplab::app
