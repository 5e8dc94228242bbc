// script_editor_text.cpp — the editor's coloured text: ImGui's multi-line field draws its text and caret in one
// colour (made transparent by draw_script_editor), so this draws each visible line's spans (script_syntax.h) over
// the field at the glyph positions ImGui uses, then the caret and the error line's wavy underline.
#include "ui/script_panels.h"
#include "ui/script_syntax.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace looplab::ui::panels {

namespace {

constexpr ImU32 error_colour = IM_COL32(255, 90, 80, 255);

// The multi-line field's own child window (InputTextMultiline draws into it), found among the current window's
// children by its item id.
ImGuiWindow* field_window(ImGuiID field_id) {
    ImGuiWindow* parent = ImGui::GetCurrentWindow();
    for (ImGuiWindow* child : parent->DC.ChildWindows)
        if (child->ChildId == field_id) return child;
    return nullptr;
}

// The character that starts at b (ImGui's UTF-8 decoding), b moved past it.
unsigned int next_char(const char*& b, const char* e) {
    unsigned int c = static_cast<unsigned char>(*b);
    if (c < 0x80)
        b += 1;
    else
        b += ImTextCharFromUtf8(&c, b, e);
    return c;
}

// Draws [b, e) from x as ImFont::RenderText does (its start truncated by the caller, glyph advances added up,
// '\r' skipped), so the glyphs land where ImGui's own would; returns x after the last glyph.
float draw_glyphs(ImDrawList* draw, const ImFont* font, float scale, ImVec2 at, const char* b, const char* e,
                  ImU32 colour, const ImRect& clip) {
    float x = at.x;
    while (b < e && x <= clip.Max.x) {
        const unsigned int c = next_char(b, e);
        if (c == '\r') continue;
        const ImFontGlyph* glyph = font->FindGlyph(static_cast<ImWchar>(c));
        if (glyph == nullptr) continue;
        const float advance = glyph->AdvanceX * scale;
        if (glyph->Visible && x + glyph->X1 * scale >= clip.Min.x) {
            draw->PrimReserve(6, 4);
            draw->PrimRectUV(ImVec2(x + glyph->X0 * scale, at.y + glyph->Y0 * scale),
                             ImVec2(x + glyph->X1 * scale, at.y + glyph->Y1 * scale), ImVec2(glyph->U0, glyph->V0),
                             ImVec2(glyph->U1, glyph->V1), glyph->Colored ? colour | ~IM_COL32_A_MASK : colour);
        }
        x += advance;
    }
    return x;
}

// The width of [b, e) as InputText measures its caret's offset (each character's advance, '\r' skipped).
float text_width(const ImFont* font, float scale, const char* b, const char* e) {
    float w = 0.0f;
    while (b < e) {
        const unsigned int c = next_char(b, e);
        if (c == '\r') continue;
        w += font->GetCharAdvance(static_cast<ImWchar>(c)) * scale;
    }
    return w;
}

// Line i's bytes [begin, end) without its '\n'.
std::pair<int, int> line_bytes(const script_editor_state& ed, std::size_t i) {
    const int b = ed.lines.starts[i];
    const int e = i + 1 < ed.lines.starts.size() ? ed.lines.starts[i + 1] - 1 : static_cast<int>(ed.text.size());
    return {b, std::max(b, e)};
}

}  // namespace

void draw_script_editor_text(const session& s, script_editor_state& ed, ImGuiID field_id) {
    ImGuiWindow* field = field_window(field_id);
    if (field == nullptr || ed.lines.starts.empty()) return;  // the field is clipped away this frame
    ImDrawList* draw = field->DrawList;
    const ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    const float scale = size / font->FontSize;
    const ImVec2 pad = ImGui::GetStyle().FramePadding;
    const bool active = ImGui::GetActiveID() == field_id;
    const ImGuiInputTextState* state = active ? ImGui::GetInputTextState(field_id) : nullptr;
    // InputTextEx draws at the child's cursor start plus the frame padding, shifted left by ScrollX only while active.
    const float scroll_x = state != nullptr ? state->ScrollX : 0.0f;
    const ImVec2 draw_pos(field->DC.CursorStartPos.x + pad.x, field->DC.CursorStartPos.y + pad.y);
    const ImVec2 origin(IM_TRUNC(draw_pos.x - scroll_x), IM_TRUNC(draw_pos.y));
    ed.geometry = {.x = origin.x,
                   .y = origin.y,
                   .line_height = size,
                   .char_advance = font->GetCharAdvance(' ') * scale,
                   .scroll_x = scroll_x};
    const ImRect clip = field->InnerClipRect;
    if (clip.GetWidth() <= 0.0f || clip.GetHeight() <= 0.0f) return;

    const std::size_t lines = ed.lines.starts.size();
    const auto first = static_cast<std::size_t>(std::max(0.0f, std::floor((clip.Min.y - origin.y) / size)));
    const std::size_t last =
        std::min(lines, static_cast<std::size_t>(std::max(0.0f, (clip.Max.y - origin.y) / size)) + 1);
    const ImU32 text_colour = ImGui::GetColorU32(ImGuiCol_Text);
    draw->PushClipRect(clip.Min, clip.Max, false);
    draw->PushTextureID(font->ContainerAtlas->TexID);
    std::vector<syntax_span> spans;
    for (std::size_t i = first; i < last; ++i) {
        const auto [b, e] = line_bytes(ed, i);
        const char* line = ed.text.data() + b;
        spans.clear();
        const syntax_line_state start = i < ed.lines.states.size() ? ed.lines.states[i] : syntax_line_state::code;
        scan_syntax_line(std::string_view(line, static_cast<std::size_t>(e - b)), start, &spans);
        ImVec2 at(origin.x, origin.y + static_cast<float>(i) * size);
        std::uint32_t done = 0;
        for (const syntax_span& span : spans) {
            at.x = draw_glyphs(draw, font, scale, at, line + done, line + span.begin, text_colour, clip);
            at.x =
                draw_glyphs(draw, font, scale, at, line + span.begin, line + span.end, syntax_colour(span.kind), clip);
            done = span.end;
        }
        draw_glyphs(draw, font, scale, at, line + done, line + (e - b), text_colour, clip);
    }
    draw->PopTextureID();

    // The error line's wavy underline, under the line's text (scrolled with it).
    const script_session& sc = s.script();
    const int error_line = sc.has_run() && sc.script().error().present ? sc.script().error().line : 0;
    if (error_line >= 1 && static_cast<std::size_t>(error_line) <= lines) {
        const auto [b, e] = line_bytes(ed, static_cast<std::size_t>(error_line - 1));
        const float w = std::max(text_width(font, scale, ed.text.data() + b, ed.text.data() + e), size);
        const float base = origin.y + static_cast<float>(error_line) * size - 1.0f;
        for (float x = origin.x; x < origin.x + w && x <= clip.Max.x; x += 4.0f) {
            draw->AddLine(ImVec2(x, base), ImVec2(x + 2.0f, base - 2.0f), error_colour);
            draw->AddLine(ImVec2(x + 2.0f, base - 2.0f), ImVec2(x + 4.0f, base), error_colour);
        }
    }

    // The caret, as InputTextEx draws it (its own is transparent with the text): blinking, one pixel wide.
    if (state != nullptr) {
        const ImGuiIO& io = ImGui::GetIO();
        const bool blink_on =
            !io.ConfigInputTextCursorBlink || state->CursorAnim <= 0.0f || std::fmod(state->CursorAnim, 1.20f) <= 0.80f;
        const int caret = std::clamp(ed.caret_byte, 0, static_cast<int>(ed.text.size()));
        const auto line = static_cast<std::size_t>(
            std::upper_bound(ed.lines.starts.begin(), ed.lines.starts.end(), caret) - ed.lines.starts.begin() - 1);
        const float dx = text_width(font, scale, ed.text.data() + ed.lines.starts[line], ed.text.data() + caret);
        const ImVec2 pos(IM_TRUNC(draw_pos.x + dx - scroll_x),
                         IM_TRUNC(draw_pos.y + static_cast<float>(line + 1) * size));
        if (blink_on) draw->AddLine(ImVec2(pos.x, pos.y - size + 0.5f), ImVec2(pos.x, pos.y - 1.5f), text_colour);
    }
    draw->PopClipRect();
}

}  // namespace looplab::ui::panels
