// The page's key rule (src/app/key_router.h): which keys the app keeps and which reach the browser, per mode.
#include "app/key_router.h"

#include <gtest/gtest.h>

namespace looplab::app {
namespace {

key_decision press(ImGuiKey key, input_mode mode, bool ctrl = false, bool shift = false, bool alt = false) {
    return route_key_down(key_press{.key = key, .ctrl = ctrl, .shift = shift, .alt = alt}, mode);
}

TEST(key_router, browser_keys_are_never_prevented_in_any_mode) {
    for (const input_mode mode : {input_mode::playback, input_mode::navigation, input_mode::text}) {
        for (const ImGuiKey key : {ImGuiKey_Equal, ImGuiKey_Minus, ImGuiKey_0, ImGuiKey_R, ImGuiKey_L, ImGuiKey_T})
            EXPECT_FALSE(press(key, mode, true).prevent_default) << "Ctrl+" << static_cast<int>(key);
        EXPECT_FALSE(press(ImGuiKey_F5, mode).prevent_default);
        EXPECT_FALSE(press(ImGuiKey_F12, mode).prevent_default);
        EXPECT_FALSE(press(ImGuiKey_LeftArrow, mode, false, false, true).prevent_default) << "Alt+Left is Back";
        EXPECT_FALSE(press(ImGuiKey_LeftAlt, mode).forward_to_imgui) << "a lone Alt would toggle ImGui's menu layer";
    }
}

TEST(key_router, playback_keys_are_commands_only_when_nothing_is_edited_or_focused) {
    EXPECT_EQ(press(ImGuiKey_Space, input_mode::playback).command, "toggle");
    EXPECT_EQ(press(ImGuiKey_RightArrow, input_mode::playback).command, "step");
    EXPECT_EQ(press(ImGuiKey_R, input_mode::playback).command, "restart");
    EXPECT_TRUE(press(ImGuiKey_Space, input_mode::playback).prevent_default);
    EXPECT_FALSE(press(ImGuiKey_Space, input_mode::playback).forward_to_imgui) << "navigation must not see it";
    EXPECT_EQ(press(ImGuiKey_LeftArrow, input_mode::playback).prevent_default, step_back_bound);
    EXPECT_TRUE(
        route_key_down(key_press{.key = ImGuiKey_RightArrow, .repeat = true}, input_mode::playback).command.empty())
        << "one press is one step";
    EXPECT_TRUE(press(ImGuiKey_Space, input_mode::navigation).forward_to_imgui) << "Space activates the focused item";
    EXPECT_TRUE(press(ImGuiKey_Space, input_mode::navigation).command.empty());
    EXPECT_FALSE(press(ImGuiKey_Space, input_mode::text).prevent_default) << "the textarea types the space";
    EXPECT_TRUE(press(ImGuiKey_R, input_mode::text).command.empty());
}

TEST(key_router, tab_enters_navigation_and_fields_keep_their_editing_keys) {
    EXPECT_TRUE(press(ImGuiKey_Tab, input_mode::playback).forward_to_imgui);
    EXPECT_TRUE(press(ImGuiKey_Tab, input_mode::playback).prevent_default);
    for (const ImGuiKey key : {ImGuiKey_Backspace, ImGuiKey_Delete, ImGuiKey_LeftArrow, ImGuiKey_Home, ImGuiKey_Enter,
                               ImGuiKey_Escape, ImGuiKey_Tab}) {
        const key_decision d = press(key, input_mode::text);
        EXPECT_TRUE(d.forward_to_imgui && d.prevent_default) << static_cast<int>(key);
    }
    EXPECT_TRUE(press(ImGuiKey_A, input_mode::text, true).prevent_default) << "Ctrl+A selects the field";
    for (const ImGuiKey key : {ImGuiKey_C, ImGuiKey_V, ImGuiKey_X}) {
        const key_decision d = press(key, input_mode::text, true);
        EXPECT_FALSE(d.forward_to_imgui || d.prevent_default) << "the browser's clipboard events carry it";
    }
    EXPECT_FALSE(press(ImGuiKey_Q, input_mode::text, true, false, true).prevent_default) << "AltGr types";
}

TEST(key_router, dom_key_names_map_to_imgui_keys) {
    EXPECT_EQ(key_from_dom_key("a"), ImGuiKey_A);
    EXPECT_EQ(key_from_dom_key("R"), ImGuiKey_R);
    EXPECT_EQ(key_from_dom_key("7"), ImGuiKey_7);
    EXPECT_EQ(key_from_dom_key(" "), ImGuiKey_Space);
    EXPECT_EQ(key_from_dom_key("ArrowLeft"), ImGuiKey_LeftArrow);
    EXPECT_EQ(key_from_dom_key("F5"), ImGuiKey_F5);
    EXPECT_EQ(key_from_dom_key("F24"), ImGuiKey_F24);
    EXPECT_EQ(key_from_dom_key("F25"), ImGuiKey_None);
    EXPECT_EQ(key_from_dom_key("Control"), ImGuiKey_LeftCtrl);
    EXPECT_EQ(key_from_dom_key("é"), ImGuiKey_None);
    EXPECT_EQ(key_from_dom_key("Process"), ImGuiKey_None);
}

}  // namespace
}  // namespace looplab::app
