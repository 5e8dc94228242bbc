// Headless tests of the playground: real panels driven by simulated input and commands, asserting on the model.
#include "ui/playground.h"

#include "core/experiment.h"
#include "headless_imgui.h"

#include <gtest/gtest.h>

#include <numeric>

namespace {

using looplab::ui::lane_id;

struct fixture_host {
    std::vector<std::string> announced;
    std::string clipboard;
    std::string downloaded_name, downloaded_data;
    looplab::ui::playground_host host{
        .copy_to_clipboard = [this](std::string_view t) { clipboard = t; },
        .download = [this](std::string_view name, std::string_view, std::string_view data) {
            downloaded_name = name;
            downloaded_data = data;
        },
        .announce = [this](std::string_view line) { announced.emplace_back(line); },
        .share_url = [] { return std::string{"https://looplab.test/#tasks=9"}; }};
};

void frame(looplab::testing::headless_imgui& gui, looplab::ui::playground& pg, fixture_host& h, double dt_ms = 16.0,
           float w = 1280.0f, float hgt = 720.0f) {
    looplab::ui::playground_advance(pg, dt_ms);
    gui.new_frame(static_cast<float>(dt_ms / 1000.0));
    looplab::ui::draw_playground(pg, h.host, w, hgt);
    gui.end_frame();
}

std::vector<std::uint32_t> finish_order(const looplab::ui::playground& pg, lane_id which) {
    const auto& v = pg.lanes[static_cast<std::size_t>(which)];
    std::vector<std::uint32_t> out;
    for (std::size_t i = 0; i < looplab::ui::playground_finished_count(pg, which); ++i) out.push_back(v.index.finishes()[i].task);
    return out;
}

TEST(playground, plays_the_blog_post_to_the_end_with_the_core_orders) {
    looplab::testing::headless_imgui gui;
    looplab::ui::playground pg;
    fixture_host h;
    looplab::ui::playground_apply(pg, {});
    for (int i = 0; i < 2000 && pg.playing; ++i) frame(gui, pg, h);
    ASSERT_FALSE(pg.playing);
    const auto expected = looplab::run_experiment(looplab::experiment_config{});
    std::vector<std::uint32_t> one_to_nine(9);
    std::iota(one_to_nine.begin(), one_to_nine.end(), 1u);
    EXPECT_EQ(finish_order(pg, lane_id::sequential), one_to_nine);
    EXPECT_EQ(finish_order(pg, lane_id::concurrent), expected.concurrent.finish_order);
    EXPECT_TRUE(looplab::ui::playground_lane_done(pg, lane_id::sequential));
    EXPECT_TRUE(looplab::ui::playground_lane_done(pg, lane_id::concurrent));
}

}  // namespace
