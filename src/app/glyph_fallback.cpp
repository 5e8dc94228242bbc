// glyph_fallback.cpp — codepoints the main font lacks (glyph_fallback.h): found in what the UI draws, fetched
// once as a font file, merged into the atlas on the next frame (platform_window_follow_pixel_ratio rebuilds it).
#include "app/glyph_fallback.h"

#include "app/app.h"
#include "app/browser_bridge.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

namespace looplab::app {

namespace {

bool font_has(const ImFont* font, unsigned int c) {
    return font != nullptr && font->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr;
}

// Adds the codepoints of text that the font lacks to wanted; true if any was new.
bool want_missing(glyph_fallback_state& g, const ImFont* font, std::string_view text) {
    if (std::none_of(text.begin(), text.end(), [](char ch) { return static_cast<unsigned char>(ch) >= 0x80; }))
        return false;  // ASCII: the main font has it all
    bool added = false;
    const char* p = text.data();
    const char* end = p + text.size();
    while (p < end) {
        unsigned int c = 0;
        const int length = ImTextCharFromUtf8(&c, p, end);
        p += length > 0 ? length : 1;
        // NOTE: ImWchar is 16 bits in our imgui build: codepoints above U+FFFF cannot be drawn at all.
        if (c < 0x80 || c > 0xFFFF || c == IM_UNICODE_CODEPOINT_INVALID || font_has(font, c)) continue;
        const auto code = static_cast<std::uint16_t>(c);
        const auto at = std::lower_bound(g.wanted.begin(), g.wanted.end(), code);
        if (at != g.wanted.end() && *at == code) continue;  // asked for already (perhaps the fallback lacks it too)
        g.wanted.insert(at, code);
        added = true;
    }
    return added;
}

// The atlas's glyph ranges for the merged font: exactly the wanted codepoints.
void build_ranges(app& a) {
    ImFontGlyphRangesBuilder builder;
    for (const std::uint16_t c : a.glyphs.wanted) builder.AddChar(static_cast<ImWchar>(c));
    a.window.fallback_ranges.clear();
    builder.BuildRanges(&a.window.fallback_ranges);
    a.window.fonts_dirty = true;
}

}  // namespace

void glyph_fallback_frame(app& a) {
    glyph_fallback_state& g = a.glyphs;
    if (g.failed) return;
    const ImFont* font = ImGui::GetFont();
    bool added = false;
    for (const ui::drawn_text& d : a.view.drawn_texts) added = want_missing(g, font, d.text) || added;
    // The field being edited: read again only when the page delivered text (a script can be long).
    const std::uint64_t text_events = a.input.texts + a.input.pastes;
    if (a.input.text_active && text_events != g.seen_text_events) {
        g.seen_text_events = text_events;
        added = want_missing(g, font, page_input_active_text()) || added;
    }
    if (!added) return;
    if (!a.window.fallback_font.empty()) {
        build_ranges(a);
    } else if (!g.requested) {
        g.requested = true;
        browser_fetch_fallback_font(fallback_font_file);
    }
}

void glyph_fallback_font_loaded(app& a, std::vector<unsigned char> bytes) {
    glyph_fallback_state& g = a.glyphs;
    // A TrueType file starts with version 1.0 (00 01 00 00) or 'true'; anything else (an HTML 404 page) is no font.
    const bool truetype =
        bytes.size() > 12 && ((bytes[0] == 0 && bytes[1] == 1 && bytes[2] == 0 && bytes[3] == 0) ||
                              (bytes[0] == 't' && bytes[1] == 'r' && bytes[2] == 'u' && bytes[3] == 'e'));
    if (!truetype) {
        g.failed = true;
        a.model.apply(show_notice{"font: the fallback font " + std::string{fallback_font_file} +
                                  " could not be loaded; characters beyond Latin-1 show as '?'"});
        return;
    }
    a.window.fallback_font = std::move(bytes);
    build_ranges(a);
}

std::size_t glyph_fallback_missing(const app& a) {
    const ImFont* font = ImGui::GetCurrentContext() != nullptr ? ImGui::GetFont() : nullptr;
    return static_cast<std::size_t>(std::count_if(a.glyphs.wanted.begin(), a.glyphs.wanted.end(),
                                                  [&](std::uint16_t c) { return !font_has(font, c); }));
}

}  // namespace looplab::app
