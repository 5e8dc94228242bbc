// text_fit.h — the playground's text helpers: each draws a label the way ImGui would and records it with the width
// it needs and the width its item leaves it, so tests can check that no label is cut off (view_state::drawn_texts).
//
// Usage (inside a panel):
//   panels::text(view, "Done: 3/9");                       // ImGui::TextUnformatted, recorded
//   if (panels::button(view, "Copy link")) ...;            // ImGui::Button, its label recorded against its width
//   ImGui::SliderInt("Limit", ...); panels::note_labeled(view, "Limit", "0 (unlimited)");
#pragma once

#include "ui/playground.h"

#include <imgui.h>

#include <string>
#include <string_view>

namespace looplab::ui::panels {

// printf into a std::string (the helpers below take finished text).
std::string format_text(const char* fmt, ...) IM_FMTARGS(1);

// ImGui::TextUnformatted in the given colour (alpha 0: the style's text colour), recorded.
void text(view_state& view, std::string_view s, ImVec4 colour = ImVec4(0.0f, 0.0f, 0.0f, 0.0f));
// ImGui::TextDisabled's colour, recorded.
void text_disabled(view_state& view, std::string_view s);
// Text wrapped at the content region's right edge, recorded (only a single word wider than the region can be cut).
void text_wrapped(view_state& view, std::string_view s, ImVec4 colour = ImVec4(0.0f, 0.0f, 0.0f, 0.0f));
// ImGui::Button with its label recorded against the button's width.
bool button(view_state& view, const char* label, ImVec2 size = ImVec2(0.0f, 0.0f));
// ImGui::SmallButton, recorded.
bool small_button(view_state& view, const char* label);
// After a framed widget with a label (slider, combo, input, checkbox): records the label right of the frame and the
// value shown inside it, less value_reserve on the right (a combo's arrow).
void note_labeled(view_state& view, const char* label, std::string_view value, float value_reserve = 0.0f);
// Records the last item (a tab, a selectable) as holding label inside its own rectangle.
void note_inside(view_state& view, const char* label);
// Records text drawn straight into a draw list at x, with right_edge the x it must end before.
void note_drawn(view_state& view, std::string_view s, float x, float y, float right_edge);

// The next item goes on this line if next_w still fits, else on a new one (a row of buttons that wraps).
void same_line_if_fits(float next_w);

// The part of an ImGui label that is shown ("Play###play" -> "Play").
std::string_view visible_label(const char* label);

}  // namespace looplab::ui::panels
