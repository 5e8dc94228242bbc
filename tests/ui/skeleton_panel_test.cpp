// Headless tests of the placeholder panel: it reports its button and a click changes its state.
#include "ui/skeleton_panel.h"

#include "headless_imgui.h"

#include <gtest/gtest.h>

namespace {

void run_frame(looplab::testing::headless_imgui& gui, looplab::ui::skeleton_panel_state& state,
               looplab::ui::frame_info& info) {
  ++info.frame_count;
  gui.new_frame();
  looplab::ui::draw_skeleton_panel(state, info);
  gui.end_frame();
}

TEST(skeleton_panel, clicking_the_button_counts_one_click_per_press) {
  looplab::testing::headless_imgui gui;
  looplab::ui::skeleton_panel_state state;
  looplab::ui::frame_info info;
  run_frame(gui, state, info);
  const float x = (state.button_rect[0] + state.button_rect[2]) * 0.5f;
  const float y = (state.button_rect[1] + state.button_rect[3]) * 0.5f;
  ASSERT_GT(state.button_rect[2], state.button_rect[0]);
  ASSERT_GT(state.button_rect[3], state.button_rect[1]);
  EXPECT_EQ(state.clicks, 0);

  gui.queue_mouse_position(x, y);
  run_frame(gui, state, info);
  gui.queue_mouse_button(true);
  run_frame(gui, state, info);
  EXPECT_EQ(state.clicks, 0) << "a press alone is not a click";
  gui.queue_mouse_button(false);
  run_frame(gui, state, info);
  EXPECT_EQ(state.clicks, 1);
  run_frame(gui, state, info);
  EXPECT_EQ(state.clicks, 1) << "no further frames should add clicks";
}

TEST(skeleton_panel, a_click_outside_the_button_does_nothing) {
  looplab::testing::headless_imgui gui;
  looplab::ui::skeleton_panel_state state;
  looplab::ui::frame_info info;
  run_frame(gui, state, info);
  gui.queue_mouse_position(state.button_rect[2] + 400.0f, state.button_rect[3] + 400.0f);
  run_frame(gui, state, info);
  gui.queue_mouse_button(true);
  run_frame(gui, state, info);
  gui.queue_mouse_button(false);
  run_frame(gui, state, info);
  EXPECT_EQ(state.clicks, 0);
}

}  // namespace
