// awaitables_test.cpp — cancellation, wait_all, wait_first, wait_for, the semaphore and a million tasks.
#include "core/awaitables.h"

#include "core/coro_semaphore.h"
#include "core/event_loop.h"
#include "core/random.h"
#include "test_tasks.h"

#include <gtest/gtest.h>

#include <array>
#include <string>
#include <vector>

namespace looplab {
namespace {

using testing::counted;
using testing::note;
using testing::sleeper;
using log_t = std::vector<std::string>;

task<int> value_after(virtual_duration d, int v) {
    co_await sleep_for(d);
    co_return v;
}

TEST(cancellation, a_sleeping_task_is_destroyed_on_its_next_turn_and_never_resumes) {
    counted::reset();
    event_loop loop;
    auto victim = loop.spawn(testing::counted_sleeper(5000));
    log_t log;
    (void)loop.spawn(sleeper(loop, log, "other", 5000));
    loop.run_until(1000);
    victim.cancel();
    EXPECT_FALSE(victim.done());  // delivered on the next turn, like asyncio
    loop.run_until(1000);
    EXPECT_TRUE(victim.cancelled());
    EXPECT_EQ(counted::live, 0);
    const event last = loop.events().back();
    EXPECT_EQ(last.kind, event_kind::cancelled);
    EXPECT_EQ(last.time, 1000);
    loop.run_until_idle();
    EXPECT_EQ(log, (log_t{"other@5000"}));  // its timer left the heap; the other one is unaffected
    EXPECT_EQ(loop.now(), 5000);
}

TEST(cancellation, a_task_cancelled_before_it_starts_never_runs) {
    event_loop loop;
    log_t log;
    auto h = loop.spawn(sleeper(loop, log, "never", 0));
    h.cancel();
    loop.run_until_idle();
    EXPECT_TRUE(h.cancelled());
    EXPECT_TRUE(log.empty());
}

task<void> self_cancelling(event_loop& loop, log_t& log, task_handle<void>* self) {
    note(log, loop, "before");
    self->cancel();
    note(log, loop, "still running");  // cancellation waits for the next suspension point
    co_await sleep_for(100);
    note(log, loop, "never");
}

TEST(cancellation, is_delivered_at_the_next_suspension_point) {
    event_loop loop;
    log_t log;
    task_handle<void> self;
    self = loop.spawn(self_cancelling(loop, log, &self));
    loop.run_until_idle();
    EXPECT_TRUE(self.cancelled());
    EXPECT_EQ(log, (log_t{"before@0", "still running@0"}));
}

task<void> joiner(event_loop& loop, log_t& log, task_handle<int> target) {
    const bool finished = co_await target.join();
    note(log, loop, finished ? "finished" : "cancelled");
}

TEST(cancellation, a_joiner_learns_that_its_target_was_cancelled) {
    event_loop loop;
    log_t log;
    auto target = loop.spawn(value_after(5000, 1));
    (void)loop.spawn(joiner(loop, log, target));
    loop.run_until(2000);
    target.cancel();
    loop.run_until_idle();
    EXPECT_EQ(log, (log_t{"cancelled@2000"}));
}

task<void> first_of(event_loop& loop, log_t& log, std::vector<task_handle<int>> handles) {
    const std::size_t index = co_await wait_first(std::span<const task_handle<int>>{handles});
    note(log, loop, "first=" + std::to_string(index) + " value=" + std::to_string(handles[index].result()));
}

TEST(wait_first, resumes_when_the_first_task_ends_and_reports_its_index) {
    event_loop loop;
    log_t log;
    std::vector<task_handle<int>> handles{loop.spawn(value_after(3000, 30)), loop.spawn(value_after(1000, 10)),
                                          loop.spawn(value_after(2000, 20))};
    (void)loop.spawn(first_of(loop, log, handles));
    loop.run_until_idle();
    EXPECT_EQ(log, (log_t{"first=1 value=10@1000"}));
    for (const auto& h : handles) EXPECT_TRUE(h.finished());  // the others keep running
}

task<void> all_of(event_loop& loop, log_t& log, std::vector<task_handle<int>> handles) {
    co_await wait_all(std::span<const task_handle<int>>{handles});
    int sum = 0;
    for (const auto& h : handles) sum += h.result();
    note(log, loop, "sum=" + std::to_string(sum));
}

TEST(wait_all, resumes_once_when_the_last_task_ends) {
    event_loop loop;
    log_t log;
    std::vector<task_handle<int>> handles{loop.spawn(value_after(3000, 30)), loop.spawn(value_after(1000, 10)),
                                          loop.spawn(value_after(2000, 20))};
    auto gatherer = loop.spawn(all_of(loop, log, handles));
    loop.run_until_idle();
    EXPECT_EQ(log, (log_t{"sum=60@3000"}));
    int gatherer_turns = 0;
    for (const event& e : loop.events())
        gatherer_turns += e.task == gatherer.id() && e.kind == event_kind::running ? 1 : 0;
    EXPECT_EQ(gatherer_turns, 2);
}

task<void> bounded(event_loop& loop, log_t& log, task_handle<int> target, virtual_duration timeout) {
    const bool in_time = co_await wait_for(target, timeout);
    note(log, loop, in_time ? "in time" : "timed out");
}

TEST(wait_for, cancels_the_task_and_returns_false_on_timeout) {
    event_loop loop;
    log_t log;
    auto slow = loop.spawn(value_after(5000, 1));
    (void)loop.spawn(bounded(loop, log, slow, 2000));
    loop.run_until_idle();
    EXPECT_EQ(log, (log_t{"timed out@2000"}));
    EXPECT_TRUE(slow.cancelled());
    EXPECT_EQ(loop.now(), 2000);  // the slow task's timer was removed with it
}

TEST(wait_for, returns_true_and_drops_its_timer_when_the_task_ends_in_time) {
    event_loop loop;
    log_t log;
    auto quick = loop.spawn(value_after(1000, 1));
    (void)loop.spawn(bounded(loop, log, quick, 9000));
    loop.run_until_idle();
    EXPECT_EQ(log, (log_t{"in time@1000"}));
    EXPECT_TRUE(quick.finished());
    EXPECT_EQ(loop.now(), 1000);
}

task<void> limited_worker(event_loop& loop, semaphore& limit, int& holders, int& most, virtual_duration d,
                          std::vector<virtual_time>& finish) {
    semaphore_permit permit = co_await limit.acquire();
    most = std::max(most, ++holders);
    co_await sleep_for(d);
    --holders;
    finish.push_back(loop.now());
}

TEST(semaphore, at_most_k_tasks_hold_a_permit_at_once) {
    event_loop loop;
    semaphore limit{3};
    int holders = 0;
    int most = 0;
    std::vector<virtual_time> finish;
    for (int i = 0; i < 10; ++i) (void)loop.spawn(limited_worker(loop, limit, holders, most, 1000, finish));
    loop.run_until_idle();
    EXPECT_EQ(most, 3);
    EXPECT_EQ(finish, (std::vector<virtual_time>{1000, 1000, 1000, 2000, 2000, 2000, 3000, 3000, 3000, 4000}));
    EXPECT_EQ(limit.available(), 3u);
}

TEST(semaphore, a_cancelled_waiter_gives_its_turn_to_the_next) {
    event_loop loop;
    semaphore limit{1};
    int holders = 0;
    int most = 0;
    std::vector<virtual_time> finish;
    (void)loop.spawn(limited_worker(loop, limit, holders, most, 1000, finish));
    auto waiting = loop.spawn(limited_worker(loop, limit, holders, most, 1000, finish));
    (void)loop.spawn(limited_worker(loop, limit, holders, most, 1000, finish));
    loop.run_until(500);
    waiting.cancel();
    loop.run_until_idle();
    EXPECT_TRUE(waiting.cancelled());
    EXPECT_EQ(finish, (std::vector<virtual_time>{1000, 2000}));
    EXPECT_EQ(limit.available(), 1u);
}

TEST(semaphore, a_permit_granted_to_a_task_cancelled_before_it_resumed_is_handed_on) {
    event_loop loop;
    semaphore limit{1};
    int holders = 0;
    int most = 0;
    std::vector<virtual_time> finish;
    (void)loop.spawn(limited_worker(loop, limit, holders, most, 1000, finish));
    auto second = loop.spawn(limited_worker(loop, limit, holders, most, 1000, finish));
    (void)loop.spawn(limited_worker(loop, limit, holders, most, 1000, finish));
    loop.run_until(1000);  // the first finished; its permit went to the second, which is queued
    second.cancel();
    loop.run_until_idle();
    EXPECT_TRUE(second.cancelled());
    EXPECT_EQ(finish, (std::vector<virtual_time>{1000, 2000}));
    EXPECT_EQ(limit.available(), 1u);
}

task<void> tiny(virtual_duration d) { co_await sleep_for(d); }

TEST(scale, a_million_tasks_complete) {
    event_loop loop{loop_options{.record_events = false}};
    xoshiro256ss rng{1};
    constexpr std::uint32_t count = 1'000'000;
    for (std::uint32_t i = 0; i < count; ++i)
        (void)loop.spawn(tiny(static_cast<virtual_duration>(uniform_below(rng, 3)) * milliseconds));
    EXPECT_EQ(loop.live_task_count(), count);
    loop.run_until_idle();
    EXPECT_EQ(loop.live_task_count(), 0u);
    EXPECT_EQ(loop.spawned_count(), count);
    EXPECT_EQ(loop.now(), 2 * milliseconds);
}

}  // namespace
}  // namespace looplab
