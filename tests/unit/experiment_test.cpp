// experiment_test.cpp — the seed's two runs: Σ and max exactly, stable-sort order, limits, blocking, lanes.
#include "core/experiment.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <queue>
#include <vector>

namespace looplab {
namespace {

std::vector<std::uint32_t> stable_order_by_delay(const std::vector<virtual_duration>& delays) {
    std::vector<std::uint32_t> order(delays.size());
    std::iota(order.begin(), order.end(), 1u);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return delays[a - 1] < delays[b - 1]; });
    return order;
}

TEST(experiment, the_default_seed_reproduces_the_blogs_asynchronous_order) {
    const experiment_result r = run_experiment({});
    EXPECT_EQ(r.sequential.finish_order, (std::vector<std::uint32_t>{1, 2, 3, 4, 5, 6, 7, 8, 9}));
    EXPECT_EQ(r.concurrent.finish_order, (std::vector<std::uint32_t>{2, 5, 6, 8, 9, 1, 4, 3, 7}));
}

TEST(experiment, totals_are_the_sum_and_the_maximum_of_the_delays_exactly) {
    for (int d = 0; d < delay_distribution_count; ++d) {
        for (std::uint64_t seed = 0; seed < 25; ++seed) {
            const experiment_result r =
                run_experiment({.task_count = 50, .distribution = static_cast<delay_distribution>(d), .seed = seed});
            const auto& delays = r.plan.delays;
            EXPECT_EQ(r.sequential.total, std::accumulate(delays.begin(), delays.end(), virtual_duration{0}));
            EXPECT_EQ(r.concurrent.total, *std::max_element(delays.begin(), delays.end()));
        }
    }
}

TEST(experiment, the_concurrent_finish_order_is_the_stable_sort_by_delay) {
    for (int d = 0; d < delay_distribution_count; ++d) {
        for (std::uint64_t seed = 0; seed < 25; ++seed) {
            const experiment_result r =
                run_experiment({.task_count = 40, .distribution = static_cast<delay_distribution>(d), .seed = seed});
            EXPECT_EQ(r.concurrent.finish_order, stable_order_by_delay(r.plan.delays));
            for (std::uint32_t i = 0; i < 40; ++i) EXPECT_EQ(r.concurrent.finish[i], r.plan.delays[i]);
        }
    }
}

TEST(experiment, explicit_delays_replace_the_draw) {
    const experiment_result r = run_experiment({.delays = {2000, 0, 1500}});
    EXPECT_EQ(r.plan.delays.size(), 3u);
    EXPECT_EQ(r.sequential.finish, (std::vector<virtual_time>{2000, 2000, 3500}));
    EXPECT_EQ(r.concurrent.finish_order, (std::vector<std::uint32_t>{2, 3, 1}));
    EXPECT_EQ(r.speedup_milli(), 1750);
}

TEST(experiment, a_limit_of_k_gives_what_k_workers_taking_tasks_in_order_give) {
    const experiment_result r =
        run_experiment({.task_count = 30, .distribution = delay_distribution::uniform, .seed = 3, .limit = 4});
    // Expected: each task starts when the earliest of k permits frees up (FIFO hand-over).
    std::priority_queue<virtual_time, std::vector<virtual_time>, std::greater<>> free_at;
    for (int i = 0; i < 4; ++i) free_at.push(0);
    virtual_time makespan = 0;
    for (std::uint32_t i = 0; i < 30; ++i) {
        const virtual_time start = free_at.top();
        free_at.pop();
        EXPECT_EQ(r.concurrent.start[i], start) << "task " << i + 1;
        EXPECT_EQ(r.concurrent.finish[i], start + r.plan.delays[i]) << "task " << i + 1;
        free_at.push(start + r.plan.delays[i]);
        makespan = std::max(makespan, start + r.plan.delays[i]);
    }
    EXPECT_EQ(r.concurrent.total, makespan);
}

TEST(experiment, a_blocking_task_stalls_every_other_task_in_the_concurrent_run) {
    const experiment_result r = run_experiment({.delays = {1000, 5000, 0, 2000}, .blocking_tasks = {2}});
    // Task 1 started sleeping before task 2 blocked 0..5000, so it can only resume at 5000.
    EXPECT_EQ(r.concurrent.finish, (std::vector<virtual_time>{5000, 5000, 5000, 7000}));
    EXPECT_EQ(r.concurrent.finish_order, (std::vector<std::uint32_t>{2, 3, 1, 4}));
    EXPECT_EQ(r.concurrent.start[3], 5000);  // task 4 could not even start before the block ended
    EXPECT_EQ(r.concurrent.total, 7000);
}

TEST(lane, stepping_one_event_at_a_time_gives_the_same_stream_as_running_to_the_end) {
    const experiment_plan plan = make_plan(
        {.task_count = 25, .distribution = delay_distribution::heavy, .seed = 5, .limit = 3, .blocking_tasks = {4, 9}});
    for (lane_mode mode : {lane_mode::sequential, lane_mode::concurrent}) {
        lane whole{plan, mode};
        whole.run_to_end();
        lane stepped{plan, mode};
        int steps = 0;
        while (stepped.step()) ++steps;
        EXPECT_TRUE(stepped.done());
        EXPECT_GT(steps, 25);
        EXPECT_TRUE(
            std::equal(stepped.events().begin(), stepped.events().end(), whole.events().begin(), whole.events().end()));
    }
}

TEST(lane, frame_stepping_at_60_hz_gives_the_same_stream_as_one_step) {
    const experiment_plan plan = make_plan(
        {.task_count = 25, .distribution = delay_distribution::exponential, .seed = 11, .blocking_tasks = {2}});
    for (lane_mode mode : {lane_mode::sequential, lane_mode::concurrent}) {
        lane whole{plan, mode};
        whole.run_until(end_of_time - 1);
        lane framed{plan, mode};
        int frames = 0;
        while (!framed.done()) {
            const virtual_time before = framed.now();
            framed.advance(16'667);
            EXPECT_EQ(framed.now(), before + 16'667);
            ++frames;
        }
        EXPECT_GT(frames, 0);
        EXPECT_TRUE(
            std::equal(framed.events().begin(), framed.events().end(), whole.events().begin(), whole.events().end()));
        EXPECT_EQ(framed.total(), whole.total());
    }
}

TEST(lane, next_event_time_and_done_describe_the_remaining_work) {
    const experiment_plan plan = make_plan({.delays = {3000, 1000}});
    lane l{plan, lane_mode::concurrent};
    EXPECT_EQ(l.next_event_time(), 0);
    l.run_until(0);
    EXPECT_EQ(l.next_event_time(), 1000);
    EXPECT_FALSE(l.done());
    l.run_until(1000);
    EXPECT_EQ(l.finish_order().size(), 1u);
    l.run_until(3000);
    EXPECT_TRUE(l.done());
    EXPECT_FALSE(l.next_event_time().has_value());
    EXPECT_EQ(l.total(), 3000);
}

}  // namespace
}  // namespace looplab
