// task_test.cpp — task<T> laziness, results, frame lifetimes and long chains of synchronous completions.
#include "core/task.h"

#include "core/awaitables.h"
#include "core/event_loop.h"
#include "test_tasks.h"

#include <gtest/gtest.h>

#include <string>

namespace looplab {
namespace {

using testing::counted;

task<int> immediate(int v) { co_return v; }

task<int> sleepy_value(int v, virtual_duration d) {
    co_await sleep_for(d);
    co_return v * 2;
}

task<std::string> compose() {
    const int a = co_await immediate(20);
    const int b = co_await sleepy_value(11, 3000);
    co_return std::to_string(a + b);
}

TEST(task, is_lazy_until_spawned_or_awaited) {
    bool ran = false;
    auto body = [](bool& flag) -> task<void> {
        flag = true;
        co_return;
    };
    {
        task<void> t = body(ran);
        EXPECT_FALSE(ran);
    }
    EXPECT_FALSE(ran);  // destroyed without ever running
}

TEST(task, awaiting_children_yields_their_results) {
    event_loop loop;
    auto h = loop.spawn(compose());
    loop.run_until(2999);
    EXPECT_FALSE(h.done());
    loop.run_until(3000);
    ASSERT_TRUE(h.finished());
    EXPECT_EQ(h.result(), "42");
}

TEST(task, a_child_continues_its_parent_in_the_same_turn) {
    // asyncio's `await coro()`: no extra loop iteration between child and parent.
    event_loop loop;
    auto h = loop.spawn(compose());
    loop.run_until_idle();
    int running = 0;
    for (const event& e : loop.events()) running += e.kind == event_kind::running ? 1 : 0;
    EXPECT_EQ(running, 2);  // the first turn, and the one after the 3000 µs sleep
}

task<long> sum_of_immediates(int count) {
    long total = 0;
    for (int i = 0; i < count; ++i) total += co_await immediate(1);
    co_return total;
}

TEST(task, a_hundred_thousand_synchronous_completions_do_not_overflow_the_stack) {
    event_loop loop;
    auto h = loop.spawn(sum_of_immediates(100'000));
    loop.run_until_idle();
    ASSERT_TRUE(h.finished());
    EXPECT_EQ(h.result(), 100'000);
}

task<int> nested(int depth) {
    if (depth == 0) co_return 0;
    co_return 1 + co_await nested(depth - 1);
}

TEST(task, a_chain_a_hundred_thousand_deep_completes_without_overflowing_the_stack) {
    event_loop loop;
    auto h = loop.spawn(nested(100'000));
    loop.run_until_idle();
    ASSERT_TRUE(h.finished());
    EXPECT_EQ(h.result(), 100'000);
}

TEST(task, frames_are_destroyed_exactly_once_when_the_last_reference_goes) {
    counted::reset();
    {
        event_loop loop;
        auto h = loop.spawn(testing::counted_sleeper(10));
        loop.run_until(5);
        EXPECT_EQ(counted::live, 1);
        loop.run_until_idle();
        EXPECT_EQ(counted::live, 0);  // the body finished: its locals are gone
        ASSERT_TRUE(h.finished());
        EXPECT_EQ(h.result(), 7);  // the frame (and result) lives while the handle does
        task_handle<int> copy = h;
        EXPECT_EQ(copy.result(), 7);
    }
    EXPECT_EQ(counted::live, 0);
    EXPECT_EQ(counted::destroyed, 1);
}

TEST(task, a_fire_and_forget_task_is_freed_when_it_finishes) {
    counted::reset();
    event_loop loop;
    (void)loop.spawn(testing::counted_sleeper(10));
    loop.run_until_idle();
    EXPECT_EQ(counted::live, 0);
    EXPECT_EQ(counted::destroyed, 1);
    EXPECT_EQ(loop.live_task_count(), 0u);
}

TEST(task, destroying_the_loop_destroys_unfinished_frames) {
    counted::reset();
    {
        event_loop loop;
        for (int i = 0; i < 10; ++i) (void)loop.spawn(testing::counted_sleeper(1000 * (i + 1)));
        loop.run_until(3500);
        EXPECT_EQ(counted::live, 7);
    }
    EXPECT_EQ(counted::live, 0);
    EXPECT_EQ(counted::destroyed, 10);
}

TEST(task, a_child_frame_is_destroyed_with_its_awaiting_parent) {
    counted::reset();
    auto parent = []() -> task<int> { co_return co_await testing::counted_sleeper(1000); };
    {
        event_loop loop;
        auto h = loop.spawn(parent());
        loop.run_until(10);
        EXPECT_EQ(counted::live, 1);
        h.cancel();
        loop.run_until(20);
        EXPECT_TRUE(h.cancelled());
        EXPECT_EQ(counted::live, 0);
    }
    EXPECT_EQ(counted::destroyed, 1);
}

}  // namespace
}  // namespace looplab
