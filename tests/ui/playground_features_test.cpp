// Headless tests of the playground's other features: announcements, scenarios and the blocking warning, the
// event-log cap, the layouts at phone and desktop sizes, 100,000 tasks, the Monte Carlo sweep, the state JSON.
#include "ui/playground.h"

#include "json_check.h"
#include "playground_driver.h"
#include "ui/layout.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace {

using looplab::lane_mode;
using looplab::testing::playground_driver;

bool announced(const playground_driver& d, std::string_view line) {
    return std::find(d.announced.begin(), d.announced.end(), line) != d.announced.end();
}

bool announced_prefix(const playground_driver& d, std::string_view prefix) {
    return std::any_of(d.announced.begin(), d.announced.end(),
                       [&](const std::string& l) { return l.starts_with(prefix); });
}

TEST(playground_features, each_lane_is_summed_up_in_one_line_at_its_end_and_no_task_is_announced_alone) {
    playground_driver d;
    d.apply({});
    d.play_to_end();
    // The seed run's lines (the concurrent one as issue 11 quotes it; 6 ms = the delays' sum).
    EXPECT_TRUE(announced(d, "Sequential: 9 tasks done in 6.000 ms; order 1, 2, 3, 4, 5, 6, 7, 8, 9"))
        << ::testing::PrintToString(d.announced);
    EXPECT_TRUE(announced(d, "Concurrent: 9 tasks done in 2.000 ms; order 2, 5, 6, 8, 9, 1, 4, 3, 7"));
    EXPECT_TRUE(announced_prefix(d, "Speedup: "));
    EXPECT_FALSE(announced_prefix(d, "Sequential: Task ")) << "nothing per task";
    EXPECT_FALSE(announced_prefix(d, "Concurrent: Task "));
}

TEST(playground_features, beyond_fifty_tasks_the_summary_has_no_order_list) {
    playground_driver d;
    looplab::session_settings s;
    s.experiment.task_count = 51;
    d.apply(s);
    d.play_to_end();
    EXPECT_TRUE(announced_prefix(d, "Concurrent: 51 tasks done in "));
    for (const std::string& line : d.announced) EXPECT_EQ(line.find("order"), std::string::npos) << line;
}

TEST(playground_features, notices_are_shown_announced_and_kept_bounded) {
    playground_driver d;
    d.apply({});
    d.s.apply(looplab::show_notice{"tasks: 'abc' is not a whole number; using 9"});
    d.frame();
    EXPECT_TRUE(announced(d, "Notice: tasks: 'abc' is not a whole number; using 9"));
    for (int i = 0; i < 20; ++i) d.s.apply(looplab::show_notice{"n" + std::to_string(i)});
    EXPECT_EQ(d.s.notices().size(), 8u);
    EXPECT_EQ(d.s.notices().back(), "n19");
}

TEST(playground_features, every_scenario_applies_and_bumps_the_settings_version) {
    playground_driver d;
    d.apply({});
    for (const char* name : {"thousand", "blocking", "limit3", "heavy", "blog"}) {
        const auto version = d.s.settings_version();
        d.command(std::string{"scenario:"} + name);
        d.frames(2);
        EXPECT_GT(d.s.settings_version(), version) << name;
    }
    d.command("scenario:limit3");
    EXPECT_EQ(d.s.settings().experiment.limit, 3u);
    d.command("scenario:thousand");
    EXPECT_EQ(d.s.plan().delays.size(), 1000u);
    d.command("scenario:nonsense");
    EXPECT_NE(d.s.notices().back().find("unknown"), std::string::npos);
}

TEST(playground_features, the_blocking_scenario_stalls_the_loop_and_warns_like_asyncio) {
    playground_driver d;
    d.apply({});
    d.command("scenario:blocking");
    d.frame(0.0);
    EXPECT_TRUE(d.s.blocking_warning().empty()) << "nothing has blocked yet";
    d.play_to_end();
    d.frame();
    EXPECT_EQ(d.s.blocking_warning(), "Executing <Task pending name='Task-4' coro=<task_coro() running at looplab.py:" +
                                          std::to_string(d.s.blocking_python_line()) + ">> took 0.002 seconds");
    // The line is the script's blocking time.sleep (asyncio.run makes the main coroutine Task-1).
    d.command("tab:python");
    d.frames(2);
    std::size_t line_start = 0;
    for (int line = 1; line < d.s.blocking_python_line(); ++line)
        line_start = d.s.python()->text.find('\n', line_start) + 1;
    EXPECT_NE(d.s.python()
                  ->text.substr(line_start, d.s.python()->text.find('\n', line_start) - line_start)
                  .find("time.sleep"),
              std::string::npos);
    // The stall is drawn: task 1 slept 1 ms but was woken only when task 3 let go of the loop at 2 ms; from its
    // deadline on it is shown ready, queued behind the loop.
    const auto& index = d.s.runs()[1].index();
    const auto sleep = index.span_at(index.span_at(index.first_span(1)).next).next;
    ASSERT_EQ(index.span_at(sleep).state, looplab::task_state::sleeping);
    const auto woken = index.span_at(sleep).next;
    EXPECT_EQ(index.span_at(woken).state, looplab::task_state::ready);
    EXPECT_EQ(index.span_at(woken).begin, d.s.plan().delays[0]);
    // The stall: no other task starts while task 3 holds the loop, so the concurrent total exceeds the max delay.
    EXPECT_GT(d.s.runs()[1].source().total(), d.s.max_delay());
    const auto state = looplab::testing::parse_json(d.state_json());
    ASSERT_TRUE(state.has_value());
    EXPECT_EQ(state->find("blocking_warning")->text, d.s.blocking_warning());
}

TEST(playground_features, past_the_event_log_cap_the_timeline_is_truncated_but_the_finish_order_is_whole) {
    playground_driver d{1280.0f, 720.0f, looplab::session_options{.event_log_cap = 30}};
    d.apply({});
    d.play_to_end();
    const auto& concurrent = d.s.runs()[1];
    EXPECT_TRUE(concurrent.index().truncated());
    EXPECT_EQ(concurrent.index().span_event_limit(), 30u);
    EXPECT_EQ(d.s.lane_run(lane_mode::concurrent).finished(), 9u);
    EXPECT_EQ(d.s.lane_run(lane_mode::sequential).finished(), 9u);
    const auto state = looplab::testing::parse_json(d.state_json());
    ASSERT_TRUE(state.has_value());
    EXPECT_TRUE(state->find("lanes")->find("concurrent")->find("truncated")->boolean);
}

void expect_no_overlap(playground_driver& d) {
    d.frames(3);
    ASSERT_GE(d.view.window_count, 2u);
    for (std::size_t i = 0; i < d.view.window_count; ++i) {
        const auto& a = d.view.windows[i].rect;
        EXPECT_GE(a.x, 0.0f);
        EXPECT_GE(a.y, 0.0f);
        EXPECT_LE(a.x + a.w, d.width + 0.5f) << d.view.windows[i].name;
        EXPECT_LE(a.y + a.h, d.height + 0.5f) << d.view.windows[i].name;
        for (std::size_t j = i + 1; j < d.view.window_count; ++j)
            EXPECT_FALSE(looplab::ui::rects_overlap(a, d.view.windows[j].rect))
                << d.view.windows[i].name << " overlaps " << d.view.windows[j].name;
    }
}

TEST(playground_features, the_desktop_layout_has_four_windows_under_the_mode_bar_that_do_not_overlap) {
    playground_driver d{1280.0f, 720.0f};
    d.apply({});
    expect_no_overlap(d);
    EXPECT_EQ(d.view.window_count, 5u);  // the mode bar, controls, two lanes, output
    EXPECT_EQ(d.view.layout.kind, looplab::ui::layout_kind::wide);
    for (const auto* w :
         {&d.view.widgets.task_count_input, &d.view.widgets.play_button, &d.view.widgets.download_trace_button,
          &d.view.widgets.copy_link_button, &d.view.widgets.scrub_slider}) {
        EXPECT_TRUE(w->visible);
        EXPECT_LE(w->rect.y + w->rect.h, 720.0f) << "reachable without scrolling";
    }
}

TEST(playground_features, the_phone_layout_stacks_a_transport_bar_over_tabs_without_overlap) {
    playground_driver d{390.0f, 844.0f};
    d.apply({});
    expect_no_overlap(d);
    EXPECT_EQ(d.view.layout.kind, looplab::ui::layout_kind::narrow);
    EXPECT_TRUE(d.view.widgets.play_button.visible);
    EXPECT_GE(d.view.widgets.play_button.rect.h, 30.0f) << "touch-friendly";
    EXPECT_TRUE(d.view.widgets.scrub_slider.visible);
    EXPECT_TRUE(d.view.widgets.settings_tab.visible);
    // Five tabs fit without ImGui shrinking (and truncating) them: the Settings tab is wide enough for its label.
    EXPECT_GE(d.view.widgets.settings_tab.rect.w, ImGui::CalcTextSize("Settings").x);
    EXPECT_FALSE(d.view.widgets.task_count_input.visible) << "on the Settings tab";
    d.click(d.view.widgets.settings_tab);
    d.frame();
    EXPECT_TRUE(d.view.widgets.task_count_input.visible);
    EXPECT_LE(d.view.widgets.task_count_input.rect.x + d.view.widgets.task_count_input.rect.w, 390.0f);
    d.type_into(d.view.widgets.task_count_input, "12");
    EXPECT_EQ(d.s.plan().delays.size(), 12u);
    expect_no_overlap(d);
}

TEST(playground_features, layouts_never_overlap_across_display_sizes) {
    for (const float w : {320.0f, 390.0f, 759.0f, 760.0f, 1024.0f, 1280.0f, 1920.0f, 3840.0f})
        for (const float h : {480.0f, 720.0f, 844.0f, 2160.0f}) {
            const auto l = looplab::ui::compute_layout(w, h, 40.0f);
            std::vector<looplab::ui::ui_rect> rects;
            if (l.kind == looplab::ui::layout_kind::wide)
                rects = {l.controls, l.sequential, l.concurrent, l.output};
            else
                rects = {l.transport, l.tabs};
            for (std::size_t i = 0; i < rects.size(); ++i) {
                EXPECT_LE(rects[i].y + rects[i].h, h + 0.5f);
                for (std::size_t j = i + 1; j < rects.size(); ++j)
                    EXPECT_FALSE(looplab::ui::rects_overlap(rects[i], rects[j]));
            }
        }
}

TEST(playground_features, a_hundred_thousand_tasks_run_a_few_frames_and_scrub_to_the_end) {
    playground_driver d;
    looplab::session_settings s;
    s.experiment.task_count = 100'000;
    s.scale = 1.0;
    d.apply(s);
    d.frames(4);
    EXPECT_GT(d.s.runs()[1].index().ingested(), 100'000u);
    EXPECT_GT(d.s.lane_run(lane_mode::sequential).finished(), 0u);
    d.command("end");
    d.frames(2);
    EXPECT_EQ(d.s.lane_run(lane_mode::sequential).finished(), 100'000u);
    EXPECT_EQ(d.s.lane_run(lane_mode::concurrent).finished(), 100'000u);
    d.command("scrub:1000");
    d.frames(2);
    EXPECT_LT(d.s.lane_run(lane_mode::sequential).finished(), 100'000u);
    EXPECT_FALSE(d.s.runs()[1].index().truncated()) << "the default cap holds 100,000 tasks";
}

TEST(playground_features, looking_ahead_does_not_change_the_recorded_streams) {
    playground_driver eager{1280.0f, 720.0f, looplab::session_options{.pump_ahead_steps_per_frame = 1u << 20}};
    playground_driver lazy{1280.0f, 720.0f, looplab::session_options{.pump_ahead_steps_per_frame = 0}};
    looplab::session_settings s;
    s.experiment.task_count = 300;
    s.experiment.limit = 7;
    s.experiment.blocking_tasks = {5, 100};
    s.scale = 20.0;
    eager.apply(s);
    lazy.apply(s);
    bool ahead = false;
    for (int i = 0; i < 40; ++i) {
        eager.frame();
        lazy.frame();
        for (std::size_t l = 0; l < 2; ++l) {
            ASSERT_EQ(eager.s.runs()[l].visible_events, lazy.s.runs()[l].visible_events) << "frame " << i;
            ASSERT_GE(eager.s.runs()[l].source().events().size(), lazy.s.runs()[l].source().events().size());
            ahead |= eager.s.runs()[l].source().events().size() > lazy.s.runs()[l].source().events().size();
        }
    }
    EXPECT_TRUE(ahead) << "the eager playground recorded beyond its cursor";
    eager.play_to_end();
    lazy.play_to_end();
    for (std::size_t l = 0; l < 2; ++l) {
        const auto a = eager.s.runs()[l].source().events();
        const auto b = lazy.s.runs()[l].source().events();
        EXPECT_TRUE(std::equal(a.begin(), a.end(), b.begin(), b.end())) << "lane " << l;
    }
}

TEST(playground_features, the_monte_carlo_sweep_runs_over_many_frames_and_shows_the_speedup_growing) {
    playground_driver d;
    d.apply({});
    d.command("tab:monte_carlo");
    d.view.sweep_seed_choice = 0;  // 100 seeds
    d.command("sweep");
    int frames = 0;
    while (d.s.sweep().running() && frames < 10'000) {
        d.frame();
        ++frames;
    }
    EXPECT_TRUE(d.s.sweep().done());
    EXPECT_GT(frames, 3) << "sliced across frames, no single frame does it all";
    const auto points = d.s.sweep().points();
    ASSERT_EQ(points.front().tasks, 1u);
    ASSERT_EQ(points.back().tasks, 1000u);
    EXPECT_NEAR(points.back().mean_sum_ms(), 1000.0, 50.0);
    EXPECT_NEAR(points.back().mean_max_ms(), 2.0, 0.01);
    EXPECT_GT(points.back().speedup(), 10.0 * points[3].speedup() / 3.0);
    EXPECT_EQ(d.s.sweep().config().seeds, 100u);
    EXPECT_TRUE(announced(d, "Monte Carlo sweep finished"));
}

TEST(playground_features, the_state_json_is_valid_and_carries_lanes_settings_and_widgets) {
    playground_driver d;
    d.apply({});
    d.s.apply(looplab::show_notice{"quote \" backslash \\ newline \n <script>"});
    d.play_to_end();
    const auto state = looplab::testing::parse_json(d.state_json());
    ASSERT_TRUE(state.has_value());
    const auto* seq = state->find("lanes")->find("sequential");
    EXPECT_EQ(seq->find("finish_order")->items.size(), 9u);
    EXPECT_TRUE(seq->find("done")->boolean);
    EXPECT_GT(seq->find("total_us")->number, 0.0);
    EXPECT_GT(seq->find("events_recorded")->number, 0.0);
    EXPECT_EQ(state->find("settings")->find("tasks")->number, 9.0);
    EXPECT_EQ(state->find("settings")->find("dist")->text, "seed");
    EXPECT_FALSE(state->find("playing")->boolean);
    EXPECT_GT(state->find("speedup")->number, 1.0);
    EXPECT_EQ(state->find("notices")->items.back().text, "quote \" backslash \\ newline \n <script>");
    for (const char* w :
         {"task_count_input", "play_button", "download_trace_button", "copy_link_button", "scrub_slider"})
        EXPECT_TRUE(state->find("widgets")->find(w)->find("visible")->boolean) << w;
    EXPECT_EQ(state->find("windows")->items.size(), 5u);
}

TEST(playground_features, fit_run_to_five_seconds_sets_the_scale_from_the_sum_of_delays) {
    playground_driver d;
    looplab::session_settings s;
    s.experiment.task_count = 1000;
    d.apply(s);
    d.frame();
    const auto version = d.s.settings_version();
    const auto run_ms = static_cast<double>(d.s.sum_of_delays()) / 1000.0;
    d.click(d.view.widgets.fit_scale_button);
    EXPECT_NEAR(d.s.settings().scale * run_ms, 5000.0, 1e-6);
    EXPECT_GT(d.s.settings_version(), version);
    const int frames = d.play_to_end();
    EXPECT_NEAR(frames * 16.0, 5000.0, 32.0);
}

TEST(playground_features, commands_the_browser_tests_use_all_work) {
    playground_driver d;
    d.apply({});
    d.command("pause");
    EXPECT_FALSE(d.s.playing());
    d.command("play");
    EXPECT_TRUE(d.s.playing());
    d.command("toggle");
    EXPECT_FALSE(d.s.playing());
    d.command("scrub:1500");
    EXPECT_EQ(d.s.cursor_us(), 1500.0);
    d.command("scrub:abc");
    EXPECT_EQ(d.s.cursor_us(), 1500.0);
    EXPECT_FALSE(d.s.notices().empty());
    d.command("play");
    d.frames(2);
    EXPECT_TRUE(d.s.playing());
    d.command("restart");
    EXPECT_EQ(d.s.cursor_us(), 0.0);
    EXPECT_FALSE(d.s.playing()) << "Restart does not start playing by itself";
    d.command("play");
    EXPECT_TRUE(d.s.playing()) << "so the next Play plays";
}

}  // namespace
