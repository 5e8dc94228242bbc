// event_loop_test.cpp — asyncio's ordering rules, the virtual clock and step-size independence.
#include "core/event_loop.h"

#include "core/awaitables.h"
#include "core/coro_semaphore.h"
#include "core/random.h"
#include "test_tasks.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

namespace looplab {
namespace {

using testing::note;
using testing::sleeper;
using log_t = std::vector<std::string>;

TEST(event_loop, ready_tasks_run_in_spawn_order) {
    event_loop loop;
    log_t log;
    for (const char* name : {"a", "b", "c"}) (void)loop.spawn(sleeper(loop, log, name, 0));
    loop.run_until_idle();
    EXPECT_EQ(log, (log_t{"a@0", "b@0", "c@0"}));
}

TEST(event_loop, a_task_that_sleeps_d_at_time_t_resumes_at_exactly_t_plus_d) {
    event_loop loop;
    log_t log;
    loop.run_until(300);
    (void)loop.spawn(sleeper(loop, log, "x", 1000));
    loop.run_until(1299);
    EXPECT_TRUE(log.empty());
    loop.run_until(1300);
    EXPECT_EQ(log, (log_t{"x@1300"}));
}

TEST(event_loop, timers_fire_in_deadline_order) {
    event_loop loop;
    log_t log;
    (void)loop.spawn(sleeper(loop, log, "late", 3000));
    (void)loop.spawn(sleeper(loop, log, "early", 1000));
    (void)loop.spawn(sleeper(loop, log, "middle", 2000));
    loop.run_until_idle();
    EXPECT_EQ(log, (log_t{"early@1000", "middle@2000", "late@3000"}));
}

task<void> sleep_then_sleep(event_loop& loop, log_t& log, std::string name, virtual_duration first,
                            virtual_duration second) {
    co_await sleep_for(first);
    co_await sleep_for(second);
    note(log, loop, name);
}

TEST(event_loop, equal_deadlines_resume_in_the_order_they_were_scheduled) {
    event_loop loop;
    log_t log;
    // Spawn order a, b, c; but the timers for deadline 3000 are scheduled in order c (at 0), b (at 1000), a (at 2000).
    (void)loop.spawn(sleep_then_sleep(loop, log, "a", 2000, 1000));
    (void)loop.spawn(sleep_then_sleep(loop, log, "b", 1000, 2000));
    (void)loop.spawn(sleeper(loop, log, "c", 3000));
    loop.run_until_idle();
    EXPECT_EQ(log, (log_t{"c@3000", "b@3000", "a@3000"}));
}

task<void> chatty(event_loop& loop, log_t& log, std::string name, int yields) {
    for (int i = 0; i < yields; ++i) {
        note(log, loop, name + std::to_string(i));
        co_await yield_now();
    }
    note(log, loop, name + "!");
}

TEST(event_loop, sleep_zero_resumes_after_everything_ready_now_has_run_once) {
    event_loop loop;
    log_t log;
    (void)loop.spawn(chatty(loop, log, "a", 2));
    (void)loop.spawn(chatty(loop, log, "b", 1));
    (void)loop.spawn(sleeper(loop, log, "c", 0));
    loop.run_until_idle();
    EXPECT_EQ(log, (log_t{"a0@0", "b0@0", "a1@0", "b!@0", "c@0", "a!@0"}));
}

task<void> blocker(event_loop& loop, log_t& log, std::string name, virtual_duration d) {
    note(log, loop, name + "-start");
    co_await block_for(d);
    note(log, loop, name + "-end");
}

TEST(event_loop, a_blocking_step_stalls_the_others_by_exactly_its_length) {
    event_loop loop;
    log_t log;
    (void)loop.spawn(sleeper(loop, log, "sleeper", 1000));  // due at 1000
    (void)loop.spawn(blocker(loop, log, "blocker", 5000));  // holds the loop 0..5000
    (void)loop.spawn(sleeper(loop, log, "yielder", 0));  // ready, but stuck behind the block
    loop.run_until(4999);
    EXPECT_EQ(log, (log_t{"blocker-start@0"}));
    EXPECT_EQ(loop.now(), 4999);
    loop.run_until_idle();
    EXPECT_EQ(log, (log_t{"blocker-start@0", "blocker-end@5000", "yielder@5000", "sleeper@5000"}));
}

TEST(event_loop, timers_that_fell_due_during_a_block_queue_behind_tasks_already_ready) {
    event_loop loop;
    log_t log;
    (void)loop.spawn(sleeper(loop, log, "a", 500));  // due at 500, but the loop is held until 1000
    (void)loop.spawn(blocker(loop, log, "b", 1000));
    (void)loop.spawn(chatty(loop, log, "c", 1));  // runs after the block, then yields
    loop.run_until_idle();
    EXPECT_EQ(log, (log_t{"b-start@0", "b-end@1000", "c0@1000", "c!@1000", "a@1000"}));
}

TEST(event_loop, run_until_leaves_the_clock_at_the_target_and_never_goes_back) {
    event_loop loop;
    loop.run_until(16'667);
    EXPECT_EQ(loop.now(), 16'667);
    loop.run_until(10);
    EXPECT_EQ(loop.now(), 16'667);
    loop.advance(333);
    EXPECT_EQ(loop.now(), 17'000);
}

TEST(event_loop, next_event_time_reports_what_step_will_do) {
    event_loop loop;
    log_t log;
    EXPECT_FALSE(loop.next_event_time().has_value());
    (void)loop.spawn(sleeper(loop, log, "x", 2500));
    EXPECT_EQ(loop.next_event_time(), 0);
    EXPECT_TRUE(loop.step());  // runs x until it sleeps
    EXPECT_EQ(loop.next_event_time(), 2500);
    EXPECT_EQ(loop.now(), 0);
    EXPECT_TRUE(loop.step());  // jumps to 2500 and resumes x, which finishes
    EXPECT_EQ(loop.now(), 2500);
    EXPECT_FALSE(loop.step());
    EXPECT_TRUE(loop.idle());
}

// A busy scenario: random sleeps, yields, blocking steps, a semaphore and joins.
task<void> busy_worker(semaphore& limit, std::uint64_t seed) {
    xoshiro256ss rng{seed};
    for (int round = 0; round < 4; ++round) {
        const auto choice = uniform_below(rng, 4);
        if (choice == 0) {
            semaphore_permit permit = co_await limit.acquire();
            co_await sleep_for(static_cast<virtual_duration>(uniform_below(rng, 20'000)));
        } else if (choice == 1) {
            co_await block_for(static_cast<virtual_duration>(uniform_below(rng, 7'000)));
        } else if (choice == 2) {
            co_await yield_now();
        } else {
            co_await sleep_for(static_cast<virtual_duration>(uniform_below(rng, 50'000)));
        }
    }
}

task<void> busy_joiner(task_handle<void> other) { (void)co_await other.join(); }

struct busy_scenario {
    std::unique_ptr<semaphore> limit = std::make_unique<semaphore>(3);
    std::unique_ptr<event_loop> loop = std::make_unique<event_loop>();
    busy_scenario() {
        for (std::uint64_t i = 0; i < 40; ++i) {
            auto h = loop->spawn(busy_worker(*limit, i));
            if (i % 5 == 0) (void)loop->spawn(busy_joiner(h));
        }
    }
    ~busy_scenario() { loop.reset(); }
};

TEST(event_loop, frame_stepped_and_one_step_runs_give_identical_event_streams) {
    busy_scenario whole;
    whole.loop->run_until(1'000'000);
    ASSERT_TRUE(whole.loop->idle());
    const std::vector<event> reference(whole.loop->events().begin(), whole.loop->events().end());
    ASSERT_GT(reference.size(), 300u);

    for (virtual_duration frame : {virtual_duration{16'667}, virtual_duration{1}, virtual_duration{997}}) {
        busy_scenario framed;
        while (framed.loop->now() < 1'000'000) framed.loop->advance(frame);
        const std::vector<event> stream(framed.loop->events().begin(), framed.loop->events().end());
        EXPECT_EQ(stream, reference) << "frame " << frame;
    }
    busy_scenario stepped;
    while (stepped.loop->step()) {}
    const std::vector<event> stream(stepped.loop->events().begin(), stepped.loop->events().end());
    EXPECT_EQ(stream, reference);
}

TEST(event_loop, recording_can_be_switched_off) {
    event_loop loop{loop_options{.record_events = false}};
    log_t log;
    (void)loop.spawn(sleeper(loop, log, "x", 5));
    loop.run_until_idle();
    EXPECT_EQ(log, (log_t{"x@5"}));
    EXPECT_TRUE(loop.events().empty());
}

TEST(event_loop, the_event_stream_records_every_state_change) {
    event_loop loop;
    log_t log;
    (void)loop.spawn(sleeper(loop, log, "x", 5));
    loop.run_until_idle();
    const std::vector<event> expected{
        {0, 0, 1, event_kind::spawned}, {0, 0, 1, event_kind::running}, {0, 5, 1, event_kind::sleeping},
        {5, 0, 1, event_kind::ready},   {5, 0, 1, event_kind::running}, {5, 0, 1, event_kind::finished},
    };
    EXPECT_EQ(std::vector<event>(loop.events().begin(), loop.events().end()), expected);
}

}  // namespace
}  // namespace looplab
