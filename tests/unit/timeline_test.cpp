// timeline_test.cpp — state spans and finish order from an event stream, cut at any cursor time.
#include "core/timeline.h"

#include "core/experiment.h"

#include <gtest/gtest.h>

#include <vector>

namespace looplab {
namespace {

using spans = std::vector<state_span>;

spans spans_of(const timeline& t, std::uint32_t id) { return {t.spans_of(id).begin(), t.spans_of(id).end()}; }

TEST(timeline, sequential_tasks_wait_then_block_for_exactly_their_delay) {
    lane l{make_plan({.delays = {1000, 0, 2000}}), lane_mode::sequential};
    l.run_to_end();
    const timeline t = build_timeline(l.events(), 3, 4000);
    EXPECT_EQ(spans_of(t, 1), (spans{{0, 1000, task_state::running_or_blocking}, {1000, 4000, task_state::done}}));
    EXPECT_EQ(spans_of(t, 2), (spans{{0, 1000, task_state::waiting}, {1000, 4000, task_state::done}}));
    EXPECT_EQ(spans_of(t, 3), (spans{{0, 1000, task_state::waiting},
                                     {1000, 3000, task_state::running_or_blocking},
                                     {3000, 4000, task_state::done}}));
    EXPECT_EQ(t.finish_order, (std::vector<std::uint32_t>{1, 2, 3}));
}

TEST(timeline, concurrent_tasks_sleep_for_exactly_their_delay) {
    lane l{make_plan({.delays = {1000, 0, 2000}}), lane_mode::concurrent};
    l.run_to_end();
    const timeline t = build_timeline(l.events(), 3, 2500);
    EXPECT_EQ(spans_of(t, 1), (spans{{0, 1000, task_state::sleeping}, {1000, 2500, task_state::done}}));
    EXPECT_EQ(spans_of(t, 2), (spans{{0, 2500, task_state::done}}));
    EXPECT_EQ(spans_of(t, 3), (spans{{0, 2000, task_state::sleeping}, {2000, 2500, task_state::done}}));
    EXPECT_EQ(t.finish_order, (std::vector<std::uint32_t>{2, 1, 3}));
}

TEST(timeline, cutting_at_a_cursor_shows_the_state_at_that_moment) {
    lane l{make_plan({.delays = {1000, 0, 2000}}), lane_mode::sequential};
    l.run_to_end();
    const timeline t = build_timeline(l.events(), 3, 1500);
    EXPECT_EQ(t.state_of(1), task_state::done);
    EXPECT_EQ(t.state_of(2), task_state::done);
    EXPECT_EQ(t.state_of(3), task_state::running_or_blocking);
    EXPECT_EQ(spans_of(t, 3).back(), (state_span{1000, 1500, task_state::running_or_blocking}));
    EXPECT_EQ(t.finish_order, (std::vector<std::uint32_t>{1, 2}));
}

TEST(timeline, scrubbing_back_and_forth_is_deterministic_and_finish_orders_are_prefixes) {
    lane l{make_plan({.task_count = 30, .distribution = delay_distribution::uniform, .seed = 8}),
           lane_mode::concurrent};
    l.run_to_end();
    const timeline end = build_timeline(l.events(), 30, l.total());
    ASSERT_EQ(end.finish_order.size(), 30u);
    for (virtual_time cursor : {virtual_time{1500}, virtual_time{0}, virtual_time{700}, virtual_time{1500}}) {
        const timeline a = build_timeline(l.events(), 30, cursor);
        const timeline b = build_timeline(l.events(), 30, cursor);
        EXPECT_EQ(a.spans, b.spans);
        ASSERT_LE(a.finish_order.size(), end.finish_order.size());
        EXPECT_TRUE(std::equal(a.finish_order.begin(), a.finish_order.end(), end.finish_order.begin()));
        for (std::uint32_t id = 1; id <= 30; ++id) {
            const auto mine = a.spans_of(id);
            ASSERT_FALSE(mine.empty());
            EXPECT_EQ(mine.front().begin, 0);
            EXPECT_EQ(mine.back().end, cursor);
            for (std::size_t i = 1; i < mine.size(); ++i) EXPECT_EQ(mine[i].begin, mine[i - 1].end);
        }
    }
}

TEST(timeline, a_prefix_of_the_events_gives_the_state_after_k_steps) {
    lane l{make_plan({.delays = {1000, 0}}), lane_mode::concurrent};
    l.run_to_end();
    const auto events = l.events();
    // spawned 1, spawned 2, running 1, sleeping 1: task 1 sleeps, task 2 has not run yet.
    const timeline t = build_timeline(events.first(4), 2, events[3].time);
    EXPECT_EQ(t.state_of(1), task_state::sleeping);
    EXPECT_EQ(t.state_of(2), task_state::waiting);
}

}  // namespace
}  // namespace looplab
