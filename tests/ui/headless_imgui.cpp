// A headless Dear ImGui context for UI tests (see headless_imgui.h).
#include "headless_imgui.h"

namespace looplab::testing {

headless_imgui::headless_imgui(float width, float height) {
    m_context = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(width, height);
    unsigned char* pixels = nullptr;
    int atlas_w = 0, atlas_h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &atlas_w, &atlas_h);
}

headless_imgui::~headless_imgui() { ImGui::DestroyContext(m_context); }

void headless_imgui::new_frame(float delta_seconds) {
    ImGui::GetIO().DeltaTime = delta_seconds;
    ImGui::NewFrame();
}

void headless_imgui::end_frame() { ImGui::Render(); }

void headless_imgui::queue_mouse_position(float x, float y) { ImGui::GetIO().AddMousePosEvent(x, y); }

void headless_imgui::queue_mouse_button(bool down) { ImGui::GetIO().AddMouseButtonEvent(ImGuiMouseButton_Left, down); }

void headless_imgui::queue_key(ImGuiKey key, bool down) { ImGui::GetIO().AddKeyEvent(key, down); }

void headless_imgui::queue_text(const char* utf8) { ImGui::GetIO().AddInputCharactersUTF8(utf8); }

void headless_imgui::set_display_size(float width, float height) { ImGui::GetIO().DisplaySize = ImVec2(width, height); }

}  // namespace looplab::testing
