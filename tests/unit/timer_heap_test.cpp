// timer_heap_test.cpp — the deadline buckets and the ready FIFO against a reference model, and the frame pool.
#include "core/timer_heap.h"

#include "core/awaitables.h"
#include "core/event_loop.h"
#include "core/frame_pool.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <map>
#include <utility>
#include <vector>

namespace looplab {
namespace {

using detail::promise_base;

TEST(timer_heap, matches_a_sorted_reference_under_random_pushes_cancels_and_pops) {
    // Reference: (deadline, scheduling order) -> task, exactly the order the timers must fire in.
    std::vector<promise_base> tasks(2000);
    std::map<std::pair<virtual_time, std::uint64_t>, promise_base*> reference;
    std::map<promise_base*, std::pair<virtual_time, std::uint64_t>> key_of;
    detail::timer_heap heap;
    std::uint64_t order = 0;
    std::uint32_t x = 12345;
    auto next = [&x] {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        return x;
    };
    for (int round = 0; round < 20000; ++round) {
        const std::uint32_t r = next() % 10;
        promise_base& t = tasks[next() % tasks.size()];
        if (r < 6 && t.m_bucket == detail::no_index) {  // schedule at one of 40 deadlines (many ties)
            const virtual_time deadline = static_cast<virtual_time>(next() % 40) * 1000;
            heap.push(t, deadline);
            key_of[&t] = {deadline, order};
            reference[{deadline, order++}] = &t;
        } else if (r < 8 && t.m_bucket != detail::no_index) {  // cancel
            heap.remove(t);
            reference.erase(key_of[&t]);
            key_of.erase(&t);
        } else if (r >= 8 && !heap.empty()) {  // fire the earliest deadline
            const virtual_time deadline = heap.next_deadline();
            ASSERT_EQ(deadline, reference.begin()->first.first);
            for (promise_base* p = heap.pop_earliest(); p;) {
                promise_base* following = p->m_next;
                p->m_bucket = detail::no_index;
                ASSERT_EQ(reference.begin()->second, p);
                ASSERT_EQ(reference.begin()->first.first, deadline);
                key_of.erase(p);
                reference.erase(reference.begin());
                p = following;
            }
        }
        ASSERT_EQ(heap.size(), reference.size());
        ASSERT_EQ(heap.empty(), reference.empty());
        if (!heap.empty()) {
            ASSERT_EQ(heap.next_deadline(), reference.begin()->first.first);
        }
    }
}

TEST(ready_queue, is_first_in_first_out_and_counts_its_tasks) {
    std::vector<promise_base> tasks(5);
    detail::ready_queue ready;
    for (auto& t : tasks) ready.push(&t);
    EXPECT_EQ(ready.size(), 5u);
    for (auto& t : tasks) EXPECT_EQ(ready.pop(), &t);
    EXPECT_TRUE(ready.empty());
}

task<void> sleeper(virtual_duration d) { co_await sleep_for(d); }

TEST(timer_heap, cancelling_the_only_sleeper_of_the_earliest_deadline_moves_the_next_event_on) {
    event_loop loop;
    auto early = loop.spawn(sleeper(1 * milliseconds));
    auto late = loop.spawn(sleeper(5 * milliseconds));
    loop.run_until(0);
    EXPECT_EQ(loop.next_event_time(), 1 * milliseconds);
    early.cancel();
    loop.run_until(0);  // the cancelled task is destroyed at once (it was woken into the ready queue)
    EXPECT_TRUE(early.cancelled());
    EXPECT_EQ(loop.next_event_time(), 5 * milliseconds);
    loop.run_until_idle();
    EXPECT_TRUE(late.finished());
    EXPECT_EQ(loop.now(), 5 * milliseconds);
}

TEST(frame_pool, recycles_frames_and_gives_every_slab_back_when_the_last_frame_goes) {
    {
        event_loop loop{{.record_events = false}};
        for (int i = 0; i < 10'000; ++i) (void)loop.spawn(sleeper(i % 7));
        loop.run_until_idle();
        EXPECT_EQ(loop.live_task_count(), 0u);
    }
#if LOOPLAB_FRAME_POOL
    EXPECT_EQ(detail::t_frame_pool.live, 0u);
    EXPECT_EQ(detail::t_frame_pool.slabs, nullptr);
#endif
}

}  // namespace
}  // namespace looplab
