// text_fit.cpp — text helpers that draw through ImGui and record every label with its needed and available width.
#include "ui/text_fit.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <cstring>

namespace looplab::ui::panels {

namespace {

// Where nothing cuts: a window that scrolls that way.
constexpr float unbounded = 1e9f;

// Records s starting at `at`, needing needed_w, cut at right_edge or at the window's clip rectangle.
void record(view_state& view, std::string_view s, ImVec2 at, float needed_w, float right_edge) {
    const ImGuiWindow* window = ImGui::GetCurrentWindow();
    if (window->SkipItems) return;  // a child scrolled out of its parent's view: nothing was laid out or drawn
    const ImVec2 clip = ImGui::GetWindowDrawList()->GetClipRectMax();
    float right = std::min(right_edge, clip.x);
    if ((window->Flags & ImGuiWindowFlags_HorizontalScrollbar) != 0) right = std::max(right_edge, unbounded);
    // A window with a scrollbar lets the user scroll to what is below; one without cuts it off at its own bottom
    // (not at the clip rectangle, which a scrolling parent narrows to what it shows now).
    const float bottom = (window->Flags & ImGuiWindowFlags_NoScrollbar) != 0 ? window->InnerRect.Max.y : unbounded;
    view.drawn_texts.push_back(
        drawn_text{std::string{s}, ui_rect{at.x, at.y, needed_w, ImGui::GetTextLineHeight()}, right - at.x, bottom});
}

void record_last_text(view_state& view, std::string_view s) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    record(view, s, min, max.x - min.x, unbounded);
}

void record_framed(view_state& view, std::string_view s) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    const float pad = ImGui::GetStyle().FramePadding.x;
    record(view, s, ImVec2(min.x + pad, min.y), ImGui::CalcTextSize(s.data(), s.data() + s.size()).x, max.x - pad);
}

}  // namespace

std::string format_text(const char* fmt, ...) {
    char buffer[512];
    va_list args;
    va_start(args, fmt);
    const int n = std::vsnprintf(buffer, sizeof buffer, fmt, args);
    va_end(args);
    return std::string(buffer, static_cast<std::size_t>(std::clamp(n, 0, static_cast<int>(sizeof buffer) - 1)));
}

void same_line_if_fits(float next_w) {
    ImGui::SameLine();
    // Half a pixel of slack: five buttons sized to share a row exactly must not wrap on rounding.
    if (ImGui::GetContentRegionAvail().x + 0.5f < next_w) ImGui::NewLine();
}

std::string_view visible_label(const char* label) {
    const char* end = label + std::strlen(label);
    if (const char* hashes = std::strstr(label, "##")) end = hashes;
    return std::string_view(label, static_cast<std::size_t>(end - label));
}

void text(view_state& view, std::string_view s, ImVec4 colour) {
    if (colour.w > 0.0f) ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextUnformatted(s.data(), s.data() + s.size());
    if (colour.w > 0.0f) ImGui::PopStyleColor();
    record_last_text(view, s);
}

void text_disabled(view_state& view, std::string_view s) {
    text(view, s, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
}

void text_wrapped(view_state& view, std::string_view s, ImVec4 colour) {
    if (colour.w > 0.0f) ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(s.data(), s.data() + s.size());
    ImGui::PopTextWrapPos();
    if (colour.w > 0.0f) ImGui::PopStyleColor();
    record_last_text(view, s);
}

bool button(view_state& view, const char* label, ImVec2 size) {
    const bool pressed = ImGui::Button(label, size);
    record_framed(view, visible_label(label));
    return pressed;
}

bool small_button(view_state& view, const char* label) {
    const bool pressed = ImGui::SmallButton(label);
    record_framed(view, visible_label(label));
    return pressed;
}

void note_labeled(view_state& view, const char* label, std::string_view value, float value_reserve) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    const std::string_view shown = visible_label(label);
    const float label_w = shown.empty() ? 0.0f : ImGui::CalcTextSize(shown.data(), shown.data() + shown.size()).x;
    const float frame_right = shown.empty() ? max.x : max.x - label_w - ImGui::GetStyle().ItemInnerSpacing.x;
    const float pad = ImGui::GetStyle().FramePadding.x;
    if (!value.empty())
        record(view, value, ImVec2(min.x + pad, min.y),
               ImGui::CalcTextSize(value.data(), value.data() + value.size()).x, frame_right - pad - value_reserve);
    if (!shown.empty()) record(view, shown, ImVec2(max.x - label_w, min.y), label_w, unbounded);
}

void note_inside(view_state& view, const char* label) { record_framed(view, visible_label(label)); }

void note_drawn(view_state& view, std::string_view s, float x, float y, float right_edge) {
    record(view, s, ImVec2(x, y), ImGui::CalcTextSize(s.data(), s.data() + s.size()).x, right_edge);
}

}  // namespace looplab::ui::panels
