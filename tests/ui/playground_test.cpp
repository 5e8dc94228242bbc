// Headless tests of the playground: the real panels driven by simulated clicks, typing, keys and commands,
// asserting on the model. No wall clock: every frame advances a fixed wall delta.
#include "ui/playground.h"

#include "core/experiment.h"
#include "json_check.h"
#include "playground_driver.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>
#include <set>

namespace {

using looplab::testing::playground_driver;
using looplab::ui::lane_id;

std::vector<std::uint32_t> finish_order(const looplab::ui::playground& pg, lane_id which) {
    const auto& v = pg.lanes[static_cast<std::size_t>(which)];
    std::vector<std::uint32_t> out;
    for (std::size_t i = 0; i < looplab::ui::playground_finished_count(pg, which); ++i)
        out.push_back(v.index.finishes()[i].task);
    return out;
}

std::size_t visible_events(const looplab::ui::playground& pg) {
    return pg.lanes[0].visible_events + pg.lanes[1].visible_events;
}

// Right after a restart the cursor is at t = 0: only events stamped 0 may be visible.
bool only_time_zero_is_visible(const looplab::ui::playground& pg) {
    for (const auto& v : pg.lanes)
        for (std::size_t i = 0; i < v.visible_events; ++i)
            if (v.run->events()[i].time != 0) return false;
    return true;
}

// What the lanes show at the cursor: finish orders and every task's state and visible span starts.
struct shown_state {
    std::vector<std::uint32_t> sequential, concurrent;
    std::vector<int> states;
    std::vector<std::int64_t> span_starts;
    std::int64_t cursor = 0;
    bool operator==(const shown_state&) const = default;
};

shown_state shown(const looplab::ui::playground& pg) {
    shown_state s{finish_order(pg, lane_id::sequential),
                  finish_order(pg, lane_id::concurrent),
                  {},
                  {},
                  static_cast<std::int64_t>(pg.cursor_us)};
    for (const auto& v : pg.lanes) {
        for (std::uint32_t task = 1; task <= v.run->task_count(); ++task) {
            s.states.push_back(static_cast<int>(v.index.state_at(task, v.visible_events)));
            for (auto i = v.index.first_span(task); i != looplab::ui::no_span; i = v.index.span_at(i).next)
                if (v.index.span_at(i).begin_event < v.visible_events)
                    s.span_starts.push_back(v.index.span_at(i).begin);
        }
    }
    return s;
}

TEST(playground, plays_the_blog_post_to_the_end_with_sequential_order_and_the_core_concurrent_order) {
    playground_driver d;
    d.apply({});
    const int frames = d.play_to_end();
    EXPECT_GT(frames, 60) << "the default scale animates the seed run over seconds";
    const auto expected = looplab::run_experiment(looplab::experiment_config{});
    std::vector<std::uint32_t> one_to_nine(9);
    std::iota(one_to_nine.begin(), one_to_nine.end(), 1u);
    EXPECT_EQ(finish_order(d.pg, lane_id::sequential), one_to_nine);
    EXPECT_EQ(finish_order(d.pg, lane_id::concurrent), expected.concurrent.finish_order);
    EXPECT_EQ(d.pg.lanes[0].run->total(), expected.sequential.total);
    EXPECT_EQ(d.pg.lanes[1].run->total(), expected.concurrent.total);
    EXPECT_DOUBLE_EQ(looplab::ui::playground_speedup(d.pg),
                     static_cast<double>(expected.sequential.total) / static_cast<double>(expected.concurrent.total));
}

TEST(playground, the_default_scale_takes_two_to_three_seconds_for_the_seed_run) {
    playground_driver d;
    d.apply({});
    const double wall_ms = d.play_to_end() * 16.0;
    EXPECT_GE(wall_ms, 2000.0);
    EXPECT_LE(wall_ms, 3000.0 + 16.0);
}

TEST(playground, typing_a_task_count_restarts_both_lanes_at_zero) {
    playground_driver d;
    d.apply({});
    d.frames(30);
    ASSERT_GT(d.pg.cursor_us, 0.0);
    const auto version = looplab::ui::playground_settings_version(d.pg);
    d.type_into(d.pg.widgets.task_count_input, "25");
    EXPECT_EQ(d.pg.plan.delays.size(), 25u);
    EXPECT_EQ(d.pg.lanes[0].run->task_count(), 25u);
    EXPECT_EQ(d.pg.lanes[1].run->task_count(), 25u);
    EXPECT_EQ(d.pg.cursor_us, 0.0) << "the frames after Enter pass no wall time";
    EXPECT_TRUE(only_time_zero_is_visible(d.pg));
    EXPECT_TRUE(d.pg.playing);
    EXPECT_GT(looplab::ui::playground_settings_version(d.pg), version);
}

TEST(playground, dragging_the_task_count_slider_restarts_both_lanes) {
    playground_driver d;
    d.apply({});
    d.frames(3);
    const auto& r = d.pg.widgets.task_count_slider;
    d.gui.queue_mouse_position(r.rect.x + 2.0f, r.rect.y + r.rect.h * 0.5f);
    d.frame(0.0);
    d.gui.queue_mouse_button(true);
    d.frame(0.0);
    d.gui.queue_mouse_button(false);
    d.frame(0.0);
    EXPECT_EQ(d.pg.plan.delays.size(), 1u) << "the slider's left end is one task";
    EXPECT_EQ(d.pg.lanes[1].run->task_count(), 1u);
}

TEST(playground, a_typed_task_count_that_is_not_a_number_leaves_a_notice) {
    playground_driver d;
    d.apply({});
    d.frame();
    d.type_into(d.pg.widgets.task_count_input, "abc");
    ASSERT_FALSE(d.pg.notices.empty());
    EXPECT_NE(d.pg.notices.back().find("tasks"), std::string::npos);
    EXPECT_GE(d.pg.plan.delays.size(), 1u);
    bool announced = false;
    for (const auto& line : d.announced) announced |= line.starts_with("Notice: tasks");
    EXPECT_TRUE(announced);
}

TEST(playground, a_task_count_the_page_cannot_hold_is_refused_with_a_message) {
    looplab::ui::playground_settings s;
    s.experiment.task_count = 250'000;
    s.ms_per_virtual_ms = std::nan("");
    const auto notices = looplab::ui::validate_settings(s);
    ASSERT_EQ(notices.size(), 2u);
    EXPECT_EQ(notices[0], "tasks: '250000' is out of range (accepted 1..100000); using 100000");
    EXPECT_EQ(s.experiment.task_count, 100'000u);
    EXPECT_EQ(s.ms_per_virtual_ms, looplab::ui::default_ms_per_virtual_ms);
}

TEST(playground, step_advances_exactly_one_event_and_stepping_through_matches_playing) {
    playground_driver d;
    d.apply({});
    d.frame(0.0);
    looplab::ui::playground_command(d.pg, "pause");
    std::size_t before = visible_events(d.pg);
    int steps = 0;
    while (!(looplab::ui::playground_lane_done(d.pg, lane_id::sequential) &&
             looplab::ui::playground_lane_done(d.pg, lane_id::concurrent))) {
        d.click(d.pg.widgets.step_button);
        ASSERT_EQ(visible_events(d.pg), before + 1) << "step " << steps;
        before = visible_events(d.pg);
        ASSERT_LT(++steps, 1000);
    }
    EXPECT_FALSE(d.pg.playing);
    const auto expected = looplab::run_experiment(looplab::experiment_config{});
    EXPECT_EQ(finish_order(d.pg, lane_id::concurrent), expected.concurrent.finish_order);
    EXPECT_EQ(visible_events(d.pg), expected.sequential.events.size() + expected.concurrent.events.size());
}

TEST(playground, a_few_steps_at_t_zero_then_play_reaches_the_same_end) {
    playground_driver d;
    d.apply({});
    looplab::ui::playground_command(d.pg, "pause");
    for (int i = 0; i < 5; ++i) looplab::ui::playground_command(d.pg, "step");
    EXPECT_EQ(d.pg.cursor_us, 0.0);
    looplab::ui::playground_command(d.pg, "play");
    d.play_to_end();
    const auto expected = looplab::run_experiment({});
    EXPECT_EQ(finish_order(d.pg, lane_id::concurrent), expected.concurrent.finish_order);
    EXPECT_EQ(visible_events(d.pg), expected.sequential.events.size() + expected.concurrent.events.size());
}

TEST(playground, scrubbing_back_then_forward_shows_the_same_state_as_the_forward_run) {
    playground_driver d;
    looplab::ui::playground_settings s;
    s.experiment.task_count = 40;
    s.ms_per_virtual_ms = 100.0;
    d.apply(s);
    std::vector<std::pair<double, shown_state>> checkpoints;
    for (int i = 0; d.pg.playing; ++i) {
        d.frame();
        if (i % 7 == 0) checkpoints.emplace_back(d.pg.cursor_us, shown(d.pg));
    }
    ASSERT_GT(checkpoints.size(), 5u);
    looplab::ui::playground_command(d.pg, "scrub:0");
    EXPECT_EQ(finish_order(d.pg, lane_id::sequential).size(), 0u);
    for (auto it = checkpoints.rbegin(); it != checkpoints.rend(); ++it) {  // backwards...
        looplab::ui::playground_scrub(d.pg, std::floor(it->first));
        EXPECT_EQ(shown(d.pg), it->second) << "at " << it->first;
    }
    for (const auto& [t, state] : checkpoints) {  // ...and forwards again
        looplab::ui::playground_command(d.pg, "scrub:" + std::to_string(static_cast<long long>(t)));
        EXPECT_EQ(shown(d.pg), state) << "at " << t;
    }
}

TEST(playground, scrubbing_ahead_of_the_live_frontier_pumps_the_lanes) {
    playground_driver d;
    d.apply({});
    d.frame();
    looplab::ui::playground_command(d.pg, "end");
    EXPECT_TRUE(looplab::ui::playground_lane_done(d.pg, lane_id::sequential));
    EXPECT_TRUE(looplab::ui::playground_lane_done(d.pg, lane_id::concurrent));
    EXPECT_FALSE(d.pg.playing);
}

TEST(playground, keyboard_space_toggles_right_steps_and_r_restarts) {
    playground_driver d;
    d.apply({});
    d.frames(20);
    ASSERT_TRUE(d.pg.playing);
    d.key(ImGuiKey_Space);
    EXPECT_FALSE(d.pg.playing);
    const std::size_t before = visible_events(d.pg);
    d.key(ImGuiKey_RightArrow);
    EXPECT_EQ(visible_events(d.pg), before + 1);
    d.key(ImGuiKey_Space);
    EXPECT_TRUE(d.pg.playing);
    d.frames(10);
    d.key(ImGuiKey_R);
    EXPECT_EQ(d.pg.cursor_us, 0.0);
    EXPECT_TRUE(only_time_zero_is_visible(d.pg));
    EXPECT_TRUE(d.pg.playing);
}

TEST(playground, holding_right_steps_once) {
    playground_driver d;
    d.apply({});
    d.frame();
    looplab::ui::playground_command(d.pg, "pause");
    const std::size_t before = visible_events(d.pg);
    d.gui.queue_key(ImGuiKey_RightArrow, true);
    d.frames(60);  // one second held: longer than ImGui's key-repeat delay
    d.gui.queue_key(ImGuiKey_RightArrow, false);
    d.frame();
    EXPECT_EQ(visible_events(d.pg), before + 1);
}

TEST(playground, shortcut_keys_do_not_also_press_the_widget_keyboard_navigation_focused) {
    playground_driver d;
    d.apply({});
    d.frames(20);
    d.click(d.pg.widgets.restart_button);  // gives the Restart button the navigation focus
    d.frames(20);
    d.key(ImGuiKey_Space);
    ASSERT_FALSE(d.pg.playing);
    d.key(ImGuiKey_RightArrow);
    d.key(ImGuiKey_RightArrow);
    const double cursor = d.pg.cursor_us;
    ASSERT_GT(cursor, 0.0);
    d.key(ImGuiKey_Space);
    EXPECT_TRUE(d.pg.playing) << "Space toggled once";
    EXPECT_EQ(d.pg.cursor_us, cursor) << "and did not press Restart (or anything else)";
}

TEST(playground, shortcuts_are_ignored_while_a_text_field_has_focus) {
    playground_driver d;
    d.apply({});
    d.frame();
    d.frames(10);
    d.click(d.pg.widgets.task_count_input);
    const bool playing = d.pg.playing;
    const double cursor = d.pg.cursor_us;
    ASSERT_GT(cursor, 0.0);
    d.key(ImGuiKey_Space);
    d.key(ImGuiKey_R);
    d.key(ImGuiKey_RightArrow);
    EXPECT_EQ(d.pg.playing, playing);
    EXPECT_EQ(d.pg.cursor_us, cursor) << "R did not restart, Right did not step";
    d.key(ImGuiKey_Escape);
}

TEST(playground, the_play_button_pauses_and_resumes) {
    playground_driver d;
    d.apply({});
    d.frames(5);
    d.click(d.pg.widgets.play_button);
    EXPECT_FALSE(d.pg.playing);
    const double cursor = d.pg.cursor_us;
    d.frames(10);
    EXPECT_EQ(d.pg.cursor_us, cursor) << "paused: virtual time stands still";
    d.click(d.pg.widgets.play_button);
    EXPECT_TRUE(d.pg.playing);
}

TEST(playground, the_restart_button_replays_from_zero) {
    playground_driver d;
    d.apply({});
    d.play_to_end();
    d.click(d.pg.widgets.restart_button);
    EXPECT_EQ(d.pg.cursor_us, 0.0);
    EXPECT_TRUE(d.pg.playing);
    d.play_to_end();
    EXPECT_EQ(finish_order(d.pg, lane_id::concurrent), looplab::run_experiment({}).concurrent.finish_order);
}

TEST(playground, download_trace_gives_parsable_json_with_one_track_per_task_in_each_lane) {
    playground_driver d;
    looplab::ui::playground_settings s;
    s.experiment.task_count = 12;
    s.experiment.limit = 3;
    d.apply(s);
    d.frames(3);
    d.click(d.pg.widgets.download_trace_button);
    ASSERT_FALSE(d.downloaded_data.empty());
    EXPECT_TRUE(d.downloaded_name.ends_with(".json"));
    const auto trace = looplab::testing::parse_json(d.downloaded_data);
    ASSERT_TRUE(trace.has_value());
    const auto* events = trace->find("traceEvents");
    ASSERT_NE(events, nullptr);
    std::set<std::pair<int, int>> tracks, finishes;
    int complete = 0;
    for (const auto& e : events->items) {
        const std::string ph = e.find("ph")->text;
        const int pid = static_cast<int>(e.find("pid")->number);
        const int tid = static_cast<int>(e.find("tid")->number);
        if (ph == "X") {
            ++complete;
            tracks.emplace(pid, tid);
            EXPECT_GE(e.find("dur")->number, 0.0);
        }
        if (ph == "i") finishes.emplace(pid, tid);
    }
    EXPECT_EQ(tracks.size(), 24u) << "12 tasks x 2 lanes";
    EXPECT_EQ(finishes.size(), 24u);
    EXPECT_GE(complete, 24);
    for (int pid = 1; pid <= 2; ++pid)
        for (int tid = 1; tid <= 12; ++tid) EXPECT_TRUE(tracks.count({pid, tid})) << pid << "/" << tid;
}

TEST(playground, copy_link_copies_the_share_url) {
    playground_driver d;
    d.apply({});
    d.frame();
    d.click(d.pg.widgets.copy_link_button);
    EXPECT_EQ(d.clipboard, "https://looplab.test/#tasks=9&seed=4902");
}

TEST(playground, the_console_copy_is_the_seed_format_of_the_whole_run) {
    playground_driver d;
    d.apply({});
    d.frame();
    looplab::ui::playground_command(d.pg, "tab:console");
    d.frame();
    const auto seq = looplab::run_experiment({});
    std::string expected = "Synchronous:\n";
    for (auto t : seq.sequential.finish_order) expected += "Task " + std::to_string(t) + " done\n";
    expected += "Asynchronous:\n";
    for (auto t : seq.concurrent.finish_order) expected += "Task " + std::to_string(t) + " done\n";
    d.click(d.pg.widgets.copy_output_button);
    EXPECT_EQ(d.clipboard, expected);
    looplab::ui::playground_command(d.pg, "tab:python");
    d.frames(2);
    ASSERT_TRUE(d.pg.widgets.copy_script_button.visible);
    d.click(d.pg.widgets.copy_script_button);
    EXPECT_NE(d.clipboard.find("asyncio.gather"), std::string::npos);
}

}  // namespace
