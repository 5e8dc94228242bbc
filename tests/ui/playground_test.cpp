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

using looplab::lane_mode;
using looplab::testing::playground_driver;

std::vector<std::uint32_t> finish_order(const looplab::session& pg, lane_mode which) {
    const auto& r = pg.lane_run(which);
    std::vector<std::uint32_t> out;
    for (std::size_t i = 0; i < r.finished(); ++i) out.push_back(r.index().finishes()[i].task);
    return out;
}

std::size_t visible_events(const looplab::session& pg) {
    return pg.runs()[0].visible_events + pg.runs()[1].visible_events;
}

// Right after a restart the cursor is at t = 0: only events stamped 0 may be visible.
bool only_time_zero_is_visible(const looplab::session& pg) {
    for (const auto& r : pg.runs())
        for (std::size_t i = 0; i < r.visible_events; ++i)
            if (r.source().events()[i].time != 0) return false;
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

shown_state shown(const looplab::session& pg) {
    shown_state s{finish_order(pg, lane_mode::sequential),
                  finish_order(pg, lane_mode::concurrent),
                  {},
                  {},
                  static_cast<std::int64_t>(pg.cursor_us())};
    for (const auto& r : pg.runs()) {
        const auto& index = r.index();
        for (std::uint32_t task = 1; task <= r.task_count(); ++task) {
            s.states.push_back(static_cast<int>(index.state_at(task, r.visible_events)));
            for (auto i = index.first_span(task); i != looplab::no_span; i = index.span_at(i).next)
                if (index.span_at(i).begin_event < r.visible_events) s.span_starts.push_back(index.span_at(i).begin);
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
    EXPECT_EQ(finish_order(d.s, lane_mode::sequential), one_to_nine);
    EXPECT_EQ(finish_order(d.s, lane_mode::concurrent), expected.concurrent.finish_order);
    EXPECT_EQ(d.s.runs()[0].source().total(), expected.sequential.total);
    EXPECT_EQ(d.s.runs()[1].source().total(), expected.concurrent.total);
    EXPECT_DOUBLE_EQ(d.s.speedup(),
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
    ASSERT_GT(d.s.cursor_us(), 0.0);
    const auto version = d.s.settings_version();
    d.type_into(d.view.widgets.task_count_input, "25");
    EXPECT_EQ(d.s.plan().delays.size(), 25u);
    EXPECT_EQ(d.s.runs()[0].source().task_count(), 25u);
    EXPECT_EQ(d.s.runs()[1].source().task_count(), 25u);
    EXPECT_EQ(d.s.cursor_us(), 0.0) << "the frames after Enter pass no wall time";
    EXPECT_TRUE(only_time_zero_is_visible(d.s));
    EXPECT_TRUE(d.s.playing());
    EXPECT_GT(d.s.settings_version(), version);
}

TEST(playground, dragging_the_task_count_slider_restarts_both_lanes) {
    playground_driver d;
    d.apply({});
    d.frames(3);
    const auto& r = d.view.widgets.task_count_slider;
    d.gui.queue_mouse_position(r.rect.x + 2.0f, r.rect.y + r.rect.h * 0.5f);
    d.frame(0.0);
    d.gui.queue_mouse_button(true);
    d.frame(0.0);
    d.gui.queue_mouse_button(false);
    d.frame(0.0);
    EXPECT_EQ(d.s.plan().delays.size(), 1u) << "the slider's left end is one task";
    EXPECT_EQ(d.s.runs()[1].source().task_count(), 1u);
}

TEST(playground, a_typed_task_count_that_is_not_a_number_leaves_a_notice) {
    playground_driver d;
    d.apply({});
    d.frame();
    d.type_into(d.view.widgets.task_count_input, "abc");
    ASSERT_FALSE(d.s.notices().empty());
    EXPECT_NE(d.s.notices().back().find("tasks"), std::string::npos);
    EXPECT_GE(d.s.plan().delays.size(), 1u);
    bool announced = false;
    for (const auto& line : d.announced) announced |= line.starts_with("Notice: tasks");
    EXPECT_TRUE(announced);
}

TEST(playground, a_task_count_the_page_cannot_hold_is_refused_with_a_message) {
    looplab::session_settings s;
    s.experiment.task_count = 250'000;
    s.scale = std::nan("");
    const looplab::session refused{s};
    const auto notices = refused.notices();
    ASSERT_EQ(notices.size(), 2u);
    EXPECT_EQ(notices[0], "tasks: '250000' is out of range (accepted 1..100000); using 100000");
    EXPECT_EQ(refused.settings().experiment.task_count, 100'000u);
    EXPECT_EQ(refused.settings().scale, looplab::default_scale);
}

TEST(playground, step_advances_exactly_one_event_and_stepping_through_matches_playing) {
    playground_driver d;
    d.apply({});
    d.frame(0.0);
    d.command("pause");
    std::size_t before = visible_events(d.s);
    int steps = 0;
    while (!(d.s.lane_run(lane_mode::sequential).done_at_cursor() &&
             d.s.lane_run(lane_mode::concurrent).done_at_cursor())) {
        d.click(d.view.widgets.step_button);
        ASSERT_EQ(visible_events(d.s), before + 1) << "step " << steps;
        before = visible_events(d.s);
        ASSERT_LT(++steps, 1000);
    }
    EXPECT_FALSE(d.s.playing());
    const auto expected = looplab::run_experiment(looplab::experiment_config{});
    EXPECT_EQ(finish_order(d.s, lane_mode::concurrent), expected.concurrent.finish_order);
    EXPECT_EQ(visible_events(d.s), expected.sequential.events.size() + expected.concurrent.events.size());
}

TEST(playground, a_few_steps_at_t_zero_then_play_reaches_the_same_end) {
    playground_driver d;
    d.apply({});
    d.command("pause");
    for (int i = 0; i < 5; ++i) d.command("step");
    EXPECT_EQ(d.s.cursor_us(), 0.0);
    d.command("play");
    d.play_to_end();
    const auto expected = looplab::run_experiment({});
    EXPECT_EQ(finish_order(d.s, lane_mode::concurrent), expected.concurrent.finish_order);
    EXPECT_EQ(visible_events(d.s), expected.sequential.events.size() + expected.concurrent.events.size());
}

TEST(playground, scrubbing_back_then_forward_shows_the_same_state_as_the_forward_run) {
    playground_driver d;
    looplab::session_settings s;
    s.experiment.task_count = 40;
    s.scale = 100.0;
    d.apply(s);
    std::vector<std::pair<double, shown_state>> checkpoints;
    for (int i = 0; d.s.playing(); ++i) {
        d.frame();
        if (i % 7 == 0) checkpoints.emplace_back(d.s.cursor_us(), shown(d.s));
    }
    ASSERT_GT(checkpoints.size(), 5u);
    d.command("scrub:0");
    EXPECT_EQ(finish_order(d.s, lane_mode::sequential).size(), 0u);
    for (auto it = checkpoints.rbegin(); it != checkpoints.rend(); ++it) {  // backwards...
        d.s.apply(looplab::scrub_to{std::floor(it->first)});
        EXPECT_EQ(shown(d.s), it->second) << "at " << it->first;
    }
    for (const auto& [t, state] : checkpoints) {  // ...and forwards again
        d.command("scrub:" + std::to_string(static_cast<long long>(t)));
        EXPECT_EQ(shown(d.s), state) << "at " << t;
    }
}

TEST(playground, scrubbing_ahead_of_the_live_frontier_pumps_the_lanes) {
    playground_driver d;
    d.apply({});
    d.frame();
    d.command("end");
    EXPECT_TRUE(d.s.lane_run(lane_mode::sequential).done_at_cursor());
    EXPECT_TRUE(d.s.lane_run(lane_mode::concurrent).done_at_cursor());
    EXPECT_FALSE(d.s.playing());
}

TEST(playground, keyboard_space_toggles_right_steps_and_r_restarts) {
    playground_driver d;
    d.apply({});
    d.frames(20);
    ASSERT_TRUE(d.s.playing());
    d.key(ImGuiKey_Space);
    EXPECT_FALSE(d.s.playing());
    const std::size_t before = visible_events(d.s);
    d.key(ImGuiKey_RightArrow);
    EXPECT_EQ(visible_events(d.s), before + 1);
    d.key(ImGuiKey_Space);
    EXPECT_TRUE(d.s.playing());
    d.frames(10);
    d.key(ImGuiKey_R);
    EXPECT_EQ(d.s.cursor_us(), 0.0);
    EXPECT_TRUE(only_time_zero_is_visible(d.s));
    EXPECT_FALSE(d.s.playing()) << "Restart leaves the run paused at t = 0";
}

TEST(playground, holding_right_steps_once) {
    playground_driver d;
    d.apply({});
    d.frame();
    d.command("pause");
    const std::size_t before = visible_events(d.s);
    d.gui.queue_key(ImGuiKey_RightArrow, true);
    d.frames(60);  // one second held: longer than ImGui's key-repeat delay
    d.gui.queue_key(ImGuiKey_RightArrow, false);
    d.frame();
    EXPECT_EQ(visible_events(d.s), before + 1);
}

TEST(playground, shortcut_keys_do_not_also_press_the_widget_keyboard_navigation_focused) {
    playground_driver d;
    d.apply({});
    d.frames(20);
    d.click(d.view.widgets.restart_button);  // gives the Restart button the navigation focus
    d.frames(20);
    ASSERT_FALSE(d.s.playing()) << "Restart leaves the run paused";
    d.key(ImGuiKey_RightArrow);
    d.key(ImGuiKey_RightArrow);
    const double cursor = d.s.cursor_us();
    ASSERT_EQ(visible_events(d.s), 2u) << "two steps from t = 0";
    d.key(ImGuiKey_Space);
    EXPECT_TRUE(d.s.playing()) << "Space toggled once";
    EXPECT_EQ(d.s.cursor_us(), cursor) << "and did not press Restart (or anything else)";
}

TEST(playground, shortcuts_are_ignored_while_a_text_field_has_focus) {
    playground_driver d;
    d.apply({});
    d.frame();
    d.frames(10);
    d.click(d.view.widgets.task_count_input);
    const bool playing = d.s.playing();
    const double cursor = d.s.cursor_us();
    ASSERT_GT(cursor, 0.0);
    d.key(ImGuiKey_Space);
    d.key(ImGuiKey_R);
    d.key(ImGuiKey_RightArrow);
    EXPECT_EQ(d.s.playing(), playing);
    EXPECT_EQ(d.s.cursor_us(), cursor) << "R did not restart, Right did not step";
    d.key(ImGuiKey_Escape);
}

TEST(playground, the_play_button_pauses_and_resumes) {
    playground_driver d;
    d.apply({});
    d.frames(5);
    d.click(d.view.widgets.play_button);
    EXPECT_FALSE(d.s.playing());
    const double cursor = d.s.cursor_us();
    d.frames(10);
    EXPECT_EQ(d.s.cursor_us(), cursor) << "paused: virtual time stands still";
    d.click(d.view.widgets.play_button);
    EXPECT_TRUE(d.s.playing());
}

TEST(playground, the_restart_button_replays_from_zero) {
    playground_driver d;
    d.apply({});
    d.play_to_end();
    d.click(d.view.widgets.restart_button);
    EXPECT_EQ(d.s.cursor_us(), 0.0);
    EXPECT_FALSE(d.s.playing()) << "paused at t = 0 until Play";
    d.click(d.view.widgets.play_button);
    EXPECT_TRUE(d.s.playing());
    d.play_to_end();
    EXPECT_EQ(finish_order(d.s, lane_mode::concurrent), looplab::run_experiment({}).concurrent.finish_order);
}

TEST(playground, download_trace_gives_parsable_json_with_one_track_per_task_in_each_lane) {
    playground_driver d;
    looplab::session_settings s;
    s.experiment.task_count = 12;
    s.experiment.limit = 3;
    d.apply(s);
    d.frames(3);
    d.click(d.view.widgets.download_trace_button);
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
    d.click(d.view.widgets.copy_link_button);
    EXPECT_EQ(d.clipboard, "https://looplab.test/#tasks=9&seed=4902");
}

TEST(playground, the_console_copy_is_the_seed_format_of_the_whole_run) {
    playground_driver d;
    d.apply({});
    d.frame();
    d.command("tab:console");
    d.frame();
    const auto seq = looplab::run_experiment({});
    std::string expected = "Synchronous:\n";
    for (auto t : seq.sequential.finish_order) expected += "Task " + std::to_string(t) + " done\n";
    expected += "Asynchronous:\n";
    for (auto t : seq.concurrent.finish_order) expected += "Task " + std::to_string(t) + " done\n";
    d.click(d.view.widgets.copy_output_button);
    EXPECT_EQ(d.clipboard, expected);
    d.command("tab:python");
    d.frames(2);
    ASSERT_TRUE(d.view.widgets.copy_script_button.visible);
    d.click(d.view.widgets.copy_script_button);
    EXPECT_NE(d.clipboard.find("asyncio.gather"), std::string::npos);
}

TEST(playground, open_in_editor_hands_the_python_tab_s_script_to_the_host) {
    playground_driver d;
    std::string opened;
    d.host.open_script = [&](std::string_view text) { opened = text; };
    d.apply({});
    d.command("tab:python");
    d.frames(2);
    ASSERT_TRUE(d.view.widgets.open_in_editor_button.visible);
    d.click(d.view.widgets.open_in_editor_button);
    ASSERT_NE(d.s.python(), nullptr);
    EXPECT_EQ(opened, d.s.python()->text);
    EXPECT_NE(d.state_json().find("\"mode\":\"experiment\""), std::string::npos) << "the host switches the view";
}

}  // namespace
