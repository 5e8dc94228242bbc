// The desktop side of page_input.h: SDL's own keyboard, text and clipboard events already reach ImGui.
#include "app/page_input.h"

namespace looplab::app {

void page_input_install(app&) {}
void page_input_before_draw(app&) {}
void page_input_after_frame(app&) {}
std::string page_input_active_text() { return {}; }

}  // namespace looplab::app
