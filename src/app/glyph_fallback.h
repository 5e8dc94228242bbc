// glyph_fallback.h — text the main font cannot draw (CJK and other scripts beyond Latin-1): the page fetches a
// fallback font (fallback-cjk.ttf beside index.html) the first time such a text appears, and the font atlas is
// rebuilt with only the codepoints in use merged into the main font, so a page that shows none loads nothing more.
// Usage: each frame, after the UI was built: glyph_fallback_frame(a);
//        the page's fetch answers through glyph_fallback_font_loaded(a, bytes) (or with no bytes on failure).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace looplab::app {

struct app;

// The codepoints asked for and the fallback font's state.
struct glyph_fallback_state {
    std::vector<std::uint16_t> wanted;  // sorted codepoints drawn (or typed) that the main font lacks
    bool requested = false;  // the page was asked to fetch the fallback font
    bool failed = false;  // the fetch failed or the file is no font: those codepoints stay '?'
    std::uint64_t seen_text_events = ~std::uint64_t{0};  // page text + paste count when the active field was read
};

// The file the page fetches, relative to index.html.
inline constexpr std::string_view fallback_font_file = "fallback-cjk.ttf";

// Reads this frame's drawn labels and the active field for codepoints the atlas lacks; fetches or merges them.
void glyph_fallback_frame(app& a);
// The page's fetch of the fallback font answered: bytes of the TTF, or empty when it failed.
void glyph_fallback_font_loaded(app& a, std::vector<unsigned char> bytes);
// Codepoints wanted that the current atlas still cannot draw (0 once the merged atlas has them all).
std::size_t glyph_fallback_missing(const app& a);

}  // namespace looplab::app
