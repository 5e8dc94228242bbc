// Tests of the session's parts: the incremental event index, the trace export, the Monte Carlo grid and the JSON
// helpers.
#include "session/event_index.h"

#include "core/experiment.h"
#include "json_check.h"
#include "session/json_text.h"
#include "session/monte_carlo.h"
#include "session/trace_export.h"

#include <gtest/gtest.h>

#include <cmath>

namespace {

// A config with n tasks and a limit (designated initializers would leave the vectors to -Wextra's complaint).
looplab::experiment_config config_of(std::uint32_t n, std::uint32_t limit = 0) {
    looplab::experiment_config c;
    c.task_count = n;
    c.limit = limit;
    return c;
}

TEST(event_index, ingesting_in_pieces_equals_ingesting_at_once) {
    const auto result = looplab::run_experiment(config_of(30));
    const std::span<const looplab::event> events = result.concurrent.events;
    looplab::event_index whole, pieces;
    whole.reset(30, looplab::default_event_log_cap);
    pieces.reset(30, looplab::default_event_log_cap);
    whole.ingest(events);
    for (std::size_t n = 0; n <= events.size(); n += 7) pieces.ingest(events.first(n));
    pieces.ingest(events);
    ASSERT_EQ(whole.span_count(), pieces.span_count());
    for (std::size_t s = 0; s < whole.span_count(); ++s) {
        EXPECT_EQ(whole.span_at(static_cast<std::uint32_t>(s)).begin,
                  pieces.span_at(static_cast<std::uint32_t>(s)).begin);
        EXPECT_EQ(whole.span_at(static_cast<std::uint32_t>(s)).next,
                  pieces.span_at(static_cast<std::uint32_t>(s)).next);
    }
    ASSERT_EQ(whole.finishes().size(), 30u);
    for (std::size_t i = 0; i < 30; ++i) EXPECT_EQ(whole.finishes()[i].task, result.concurrent.finish_order[i]);
}

TEST(event_index, the_finish_prefix_and_states_at_a_cursor_match_the_stream) {
    const auto result = looplab::run_experiment(config_of(50, 4));
    looplab::event_index index;
    index.reset(50, looplab::default_event_log_cap);
    index.ingest(result.concurrent.events);
    for (looplab::virtual_time t = 0; t <= result.concurrent.total; t += 250) {
        // The stream read directly: finishes up to t, and each task's state after its last event up to t.
        std::size_t visible = 0;
        std::size_t finished = 0;
        std::vector<looplab::task_state> state(51, looplab::task_state::ready);
        for (; visible < result.concurrent.events.size() && result.concurrent.events[visible].time <= t; ++visible) {
            const looplab::event& e = result.concurrent.events[visible];
            state[e.task] = looplab::state_after(e.kind);
            if (e.kind == looplab::event_kind::finished) ++finished;
        }
        EXPECT_EQ(index.finished_by(t), finished) << t;
        for (std::uint32_t task = 1; task <= 50; ++task)
            EXPECT_EQ(index.state_at(task, visible), state[task]) << "task " << task << " at " << t;
    }
}

TEST(event_index, zero_length_running_steps_are_kept_for_stepping) {
    const auto result = looplab::run_experiment(config_of(3));
    looplab::event_index index;
    index.reset(3, looplab::default_event_log_cap);
    index.ingest(result.concurrent.events);
    // Task 1: spawned (ready) -> running at t = 0 -> sleeping at t = 0: the running span has zero length.
    const auto first = index.first_span(1);
    ASSERT_NE(first, looplab::no_span);
    const auto running = index.span_at(first).next;
    ASSERT_NE(running, looplab::no_span);
    EXPECT_EQ(index.span_at(running).state, looplab::task_state::running);
    EXPECT_EQ(index.span_at(running).begin, 0);
}

TEST(event_index, the_cap_stops_spans_but_not_finishes) {
    const auto result = looplab::run_experiment(config_of(20));
    looplab::event_index index;
    index.reset(20, 10);
    index.ingest(result.sequential.events);
    EXPECT_TRUE(index.truncated());
    EXPECT_EQ(index.span_event_limit(), 10u);
    EXPECT_EQ(index.finishes().size(), 20u);
}

TEST(trace_export, an_unfinished_lane_still_exports_valid_json_with_every_track_named) {
    const auto result = looplab::run_experiment(config_of(5));
    const std::span<const looplab::event> partial = std::span<const looplab::event>{result.concurrent.events}.first(8);
    looplab::event_index index;
    index.reset(5, looplab::default_event_log_cap);
    index.ingest(partial);
    const looplab::trace_run runs[] = {{"Concurrent \"lane\"", &index}};
    const auto trace = looplab::testing::parse_json(looplab::chrome_trace_json(runs));
    ASSERT_TRUE(trace.has_value());
    int names = 0;
    for (const auto& e : trace->find("traceEvents")->items)
        if (e.find("ph")->text == "M" && e.find("name")->text == "thread_name") ++names;
    EXPECT_EQ(names, 5);
}

TEST(trace_export, blocking_spans_are_named_block_and_sleeps_sleep) {
    looplab::experiment_config config = config_of(4);
    config.blocking_tasks = {2};
    const auto result = looplab::run_experiment(config);
    looplab::event_index index;
    index.reset(4, looplab::default_event_log_cap);
    index.ingest(result.concurrent.events);
    const looplab::trace_run runs[] = {{"c", &index}};
    const auto trace = looplab::testing::parse_json(looplab::chrome_trace_json(runs));
    ASSERT_TRUE(trace.has_value());
    bool block_on_2 = false, sleep_elsewhere = false;
    for (const auto& e : trace->find("traceEvents")->items) {
        if (e.find("ph")->text != "X") continue;
        if (e.find("name")->text == "block" && e.find("tid")->number == 2.0) block_on_2 = true;
        if (e.find("name")->text == "sleep" && e.find("tid")->number != 2.0) sleep_elsewhere = true;
    }
    EXPECT_TRUE(block_on_2 || result.plan.delays[1] == 0);
    EXPECT_TRUE(sleep_elsewhere);
}

TEST(monte_carlo, the_grid_is_log_ish_from_one_to_the_maximum) {
    const std::vector<std::uint32_t> expected = {1,  2,  3,   5,   7,   10,  15,  20,  30,
                                                 50, 70, 100, 150, 200, 300, 500, 700, 1000};
    EXPECT_EQ(looplab::monte_carlo_grid(1000), expected);
    EXPECT_EQ(looplab::monte_carlo_grid(1), std::vector<std::uint32_t>{1});
    EXPECT_EQ(looplab::monte_carlo_grid(12).back(), 12u);
}

TEST(monte_carlo, a_limited_sweep_schedules_the_concurrent_lane) {
    looplab::monte_carlo mc;
    mc.start({.seeds = 5, .limit = 2, .max_tasks = 20});
    while (mc.running()) mc.run_some(1000);
    ASSERT_TRUE(mc.done());
    const auto& last = mc.points().back();
    EXPECT_EQ(last.tasks, 20u);
    EXPECT_GT(last.mean_max_ms(), 2.0) << "k = 2 cannot finish 20 tasks within the longest delay";
    EXPECT_DOUBLE_EQ(mc.progress(), 1.0);
}

TEST(json_text, strings_are_escaped_and_non_finite_numbers_become_null) {
    std::string out;
    looplab::append_json_string(out, std::string_view{"a\"b\\c\n\x01", 7});
    EXPECT_EQ(out, "\"a\\\"b\\\\c\\n\\u0001\"");
    out.clear();
    looplab::append_json_number(out, std::nan(""));
    EXPECT_EQ(out, "null");
}

}  // namespace
