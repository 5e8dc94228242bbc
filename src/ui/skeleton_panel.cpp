// The foundation's placeholder panel (replaced by the playground panels).
#include "ui/skeleton_panel.h"

#include <imgui.h>

namespace looplab::ui {

void draw_skeleton_panel(skeleton_panel_state& state, const frame_info& info) {
  ImGui::SetNextWindowPos(ImVec2(16.0f, 16.0f), ImGuiCond_FirstUseEver);
  ImGui::SetNextWindowSize(ImVec2(360.0f, 160.0f), ImGuiCond_FirstUseEver);
  ImGui::Begin("LoopLab");
  ImGui::Text("rAF timestamp: %.1f ms", info.raf_ms);
  ImGui::Text("frame delta (clamped): %.2f ms", info.clamped_delta_ms);
  ImGui::Text("frames: %llu", static_cast<unsigned long long>(info.frame_count));
  if (ImGui::Button("Run the seed's 9 tasks"))
    ++state.clicks;
  const ImVec2 button_min = ImGui::GetItemRectMin();
  const ImVec2 button_max = ImGui::GetItemRectMax();
  state.button_rect[0] = button_min.x;
  state.button_rect[1] = button_min.y;
  state.button_rect[2] = button_max.x;
  state.button_rect[3] = button_max.y;
  if (state.clicks > 0) {
    ImGui::SameLine();
    ImGui::TextColored(ImVec4(0.4f, 0.9f, 0.5f, 1.0f), "clicked %d x", state.clicks);
  }
  ImGui::End();
}

}  // namespace looplab::ui
