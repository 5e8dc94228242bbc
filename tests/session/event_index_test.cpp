// event_index_test.cpp — state spans and finish order from an event stream, cut at any cursor time, through the
// one span derivation (event_index::for_each_span).
#include "session/event_index.h"

#include "core/experiment.h"

#include <gtest/gtest.h>

#include <vector>

namespace looplab {
namespace {

// A span as the timeline shows it: [begin, end) in one state.
struct state_span {
    virtual_time begin = 0;
    virtual_time end = 0;
    task_state state = task_state::ready;
    friend bool operator==(const state_span&, const state_span&) = default;
};

using spans = std::vector<state_span>;

// A lane's index with every event read.
event_index index_of(const lane& l) {
    event_index index;
    index.reset(l.task_count(), default_event_log_cap);
    index.ingest(l.events());
    return index;
}

// Events with time <= cursor.
std::size_t visible_at(std::span<const event> events, virtual_time cursor) {
    std::size_t n = 0;
    while (n < events.size() && events[n].time <= cursor) ++n;
    return n;
}

// A task's spans at a cursor, as drawn: touching spans of one state merged, empty closed ones (zero-time steps)
// left out, the last one cut at the cursor.
spans spans_at(const event_index& index, std::span<const event> events, std::uint32_t task, virtual_time cursor) {
    spans out;
    index.for_each_span(task, visible_at(events, cursor), cursor, [&](const visible_span& s) {
        if (!out.empty() && out.back().state == s.state && out.back().end == s.begin) {
            out.back().end = s.end;
            return;
        }
        if (s.closed && s.end <= s.begin) return;
        out.push_back(state_span{s.begin, s.end, s.state});
    });
    return out;
}

// Task numbers finished by the cursor, in order.
std::vector<std::uint32_t> finish_order_at(const event_index& index, virtual_time cursor) {
    std::vector<std::uint32_t> out;
    for (std::size_t i = 0; i < index.finished_by(cursor); ++i) out.push_back(index.finishes()[i].task);
    return out;
}

TEST(event_index, sequential_tasks_are_ready_then_block_for_exactly_their_delay) {
    lane l{make_plan({.delays = {1000, 0, 2000}}), lane_mode::sequential};
    l.run_to_end();
    const event_index index = index_of(l);
    EXPECT_EQ(spans_at(index, l.events(), 1, 4000),
              (spans{{0, 1000, task_state::blocking}, {1000, 4000, task_state::done}}));
    EXPECT_EQ(spans_at(index, l.events(), 2, 4000),
              (spans{{0, 1000, task_state::ready}, {1000, 4000, task_state::done}}));
    EXPECT_EQ(
        spans_at(index, l.events(), 3, 4000),
        (spans{{0, 1000, task_state::ready}, {1000, 3000, task_state::blocking}, {3000, 4000, task_state::done}}));
    EXPECT_EQ(finish_order_at(index, 4000), (std::vector<std::uint32_t>{1, 2, 3}));
}

TEST(event_index, concurrent_tasks_sleep_for_exactly_their_delay) {
    lane l{make_plan({.delays = {1000, 0, 2000}}), lane_mode::concurrent};
    l.run_to_end();
    const event_index index = index_of(l);
    EXPECT_EQ(spans_at(index, l.events(), 1, 2500),
              (spans{{0, 1000, task_state::sleeping}, {1000, 2500, task_state::done}}));
    EXPECT_EQ(spans_at(index, l.events(), 2, 2500), (spans{{0, 2500, task_state::done}}));
    EXPECT_EQ(spans_at(index, l.events(), 3, 2500),
              (spans{{0, 2000, task_state::sleeping}, {2000, 2500, task_state::done}}));
    EXPECT_EQ(finish_order_at(index, 2500), (std::vector<std::uint32_t>{2, 1, 3}));
}

TEST(event_index, cutting_at_a_cursor_shows_the_state_at_that_moment) {
    lane l{make_plan({.delays = {1000, 0, 2000}}), lane_mode::sequential};
    l.run_to_end();
    const event_index index = index_of(l);
    const std::size_t visible = visible_at(l.events(), 1500);
    EXPECT_EQ(index.state_at(1, visible), task_state::done);
    EXPECT_EQ(index.state_at(2, visible), task_state::done);
    EXPECT_EQ(index.state_at(3, visible), task_state::blocking);
    EXPECT_EQ(spans_at(index, l.events(), 3, 1500).back(), (state_span{1000, 1500, task_state::blocking}));
    EXPECT_EQ(finish_order_at(index, 1500), (std::vector<std::uint32_t>{1, 2}));
}

TEST(event_index, scrubbing_back_and_forth_is_deterministic_and_finish_orders_are_prefixes) {
    lane l{make_plan({.task_count = 30, .distribution = delay_distribution::uniform, .seed = 8}),
           lane_mode::concurrent};
    l.run_to_end();
    const event_index index = index_of(l);
    const auto end = finish_order_at(index, l.total());
    ASSERT_EQ(end.size(), 30u);
    for (virtual_time cursor : {virtual_time{1500}, virtual_time{0}, virtual_time{700}, virtual_time{1500}}) {
        const auto order = finish_order_at(index, cursor);
        ASSERT_LE(order.size(), end.size());
        EXPECT_TRUE(std::equal(order.begin(), order.end(), end.begin()));
        for (std::uint32_t id = 1; id <= 30; ++id) {
            const spans a = spans_at(index, l.events(), id, cursor);
            EXPECT_EQ(a, spans_at(index, l.events(), id, cursor));
            ASSERT_FALSE(a.empty());
            EXPECT_EQ(a.front().begin, 0);
            EXPECT_EQ(a.back().end, cursor);
            for (std::size_t i = 1; i < a.size(); ++i) EXPECT_EQ(a[i].begin, a[i - 1].end);
        }
    }
}

TEST(event_index, a_prefix_of_the_events_gives_the_state_after_k_steps) {
    lane l{make_plan({.delays = {1000, 0}}), lane_mode::concurrent};
    l.run_to_end();
    const event_index index = index_of(l);
    // spawned 1, spawned 2, running 1, sleeping 1: task 1 sleeps, task 2 has not run yet.
    EXPECT_EQ(index.state_at(1, 4), task_state::sleeping);
    EXPECT_EQ(index.state_at(2, 4), task_state::ready);
}

TEST(event_index, a_late_wake_up_ends_the_sleep_at_its_deadline_and_the_task_is_ready_behind_the_loop) {
    // Task 2 blocks the loop for 3 ms; task 1's 1 ms sleep is woken only when the loop is free again.
    lane l{make_plan({.delays = {1000, 3000}, .blocking_tasks = {2}}), lane_mode::concurrent};
    l.run_to_end();
    const event_index index = index_of(l);
    const spans task1 = spans_at(index, l.events(), 1, l.total());
    ASSERT_GE(task1.size(), 3u);
    EXPECT_EQ(task1[0], (state_span{0, 1000, task_state::sleeping}));
    EXPECT_EQ(task1[1], (state_span{1000, 3000, task_state::ready}));
    // Cut while the loop is still blocked: the open sleep ends at its deadline too.
    const spans cut = spans_at(index, std::span<const event>{l.events()}.first(visible_at(l.events(), 0)), 1, 2000);
    ASSERT_EQ(cut.size(), 2u);
    EXPECT_EQ(cut[0], (state_span{0, 1000, task_state::sleeping}));
    EXPECT_EQ(cut[1], (state_span{1000, 2000, task_state::ready}));
}

}  // namespace
}  // namespace looplab
