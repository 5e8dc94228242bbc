// state_counts_test.cpp — per-state task tallies over time from an event stream: each bucket's tally equals a
// replay of the events before its end, ingesting in pieces equals ingesting at once, long runs widen the buckets, and
// a time near the clock's end still lands in a bucket.
#include "session/state_counts.h"

#include "core/experiment.h"

#include <gtest/gtest.h>

#include <vector>

namespace looplab {
namespace {

// The tally once every event with time < end happened, replayed from scratch.
state_tally replayed_tally(std::span<const event> events, std::uint32_t tasks, virtual_time end) {
    std::vector<int> slot(tasks, -1);
    state_tally tally{};
    for (const event& e : events) {
        if (e.time >= end) break;
        if (e.task == 0 || e.task > tasks) continue;
        if (slot[e.task - 1] >= 0) --tally[static_cast<std::size_t>(slot[e.task - 1])];
        slot[e.task - 1] = static_cast<int>(state_slot(state_after(e.kind)));
        ++tally[static_cast<std::size_t>(slot[e.task - 1])];
    }
    return tally;
}

void expect_buckets_match_replay(const state_counts& counts, std::span<const event> events, std::uint32_t tasks) {
    ASSERT_GT(counts.bucket_count(), 0u);
    for (std::size_t b = 0; b < counts.bucket_count(); ++b) {
        // Bucket b ends at (b + 1) * width; the last bucket of a run reaching the clock's end ends past int64's range.
        const auto w = static_cast<std::uint64_t>(counts.bucket_width());
        const std::uint64_t end_u = (b + 1) * w;
        const virtual_time end =
            end_u > static_cast<std::uint64_t>(end_of_time) ? end_of_time : static_cast<virtual_time>(end_u);
        EXPECT_EQ(counts.bucket(b), replayed_tally(events, tasks, end)) << "bucket " << b;
    }
}

TEST(state_counts, the_blog_run_has_every_task_done_at_its_end_and_buckets_equal_a_replay) {
    lane l{make_plan({}), lane_mode::concurrent};
    l.run_to_end();
    state_counts counts;
    counts.reset(l.task_count());
    counts.ingest(l.events());
    EXPECT_EQ(counts.ingested(), l.events().size());
    EXPECT_EQ(counts.current()[state_slot(task_state::done)], 9u);
    EXPECT_EQ(counts.bucket(counts.bucket_count() - 1)[state_slot(task_state::done)], 9u);
    // The seed run lasts 2 ms: 2,000 µs fit 256 buckets once they are 8 µs wide.
    EXPECT_EQ(counts.bucket_width(), 8);
    expect_buckets_match_replay(counts, l.events(), l.task_count());
    // At t = 0 every task was spawned, and the ones with a delay sleep.
    const state_tally& first = counts.bucket(0);
    std::uint32_t sum = 0;
    for (const std::uint32_t n : first) sum += n;
    EXPECT_EQ(sum, 9u);
    EXPECT_GT(first[state_slot(task_state::sleeping)], 0u);
}

TEST(state_counts, ingesting_in_pieces_equals_ingesting_at_once) {
    lane l{make_plan({.task_count = 300, .distribution = delay_distribution::exponential, .seed = 5}),
           lane_mode::concurrent};
    l.run_to_end();
    const std::span<const event> all = l.events();
    state_counts whole;
    whole.reset(l.task_count());
    whole.ingest(all);
    state_counts pieces;
    pieces.reset(l.task_count());
    for (std::size_t n = 0; n <= all.size(); n += 97) pieces.ingest(all.first(n));
    pieces.ingest(all);
    ASSERT_EQ(pieces.bucket_count(), whole.bucket_count());
    EXPECT_EQ(pieces.bucket_width(), whole.bucket_width());
    for (std::size_t b = 0; b < whole.bucket_count(); ++b) EXPECT_EQ(pieces.bucket(b), whole.bucket(b)) << b;
    expect_buckets_match_replay(whole, all, l.task_count());
}

TEST(state_counts, a_long_sequential_run_widens_the_buckets_and_keeps_one_running_task_at_a_time) {
    lane l{make_plan({.task_count = 1000, .distribution = delay_distribution::uniform, .seed = 3}),
           lane_mode::sequential};
    l.run_to_end();
    state_counts counts;
    counts.reset(l.task_count());
    counts.ingest(l.events());
    EXPECT_LE(counts.bucket_count(), state_count_buckets);
    EXPECT_GT(counts.bucket_count(), state_count_buckets / 2) << "at least half the buckets are in use";
    EXPECT_GE(static_cast<virtual_time>(counts.bucket_count()) * counts.bucket_width(), l.total());
    expect_buckets_match_replay(counts, l.events(), l.task_count());
    for (std::size_t b = 0; b < counts.bucket_count(); ++b)
        EXPECT_LE(counts.bucket(b)[state_slot(task_state::sleeping)], 1u) << "one task at a time sleeps";
    EXPECT_EQ(counts.current()[state_slot(task_state::done)], 1000u);
}

TEST(state_counts, events_of_unknown_tasks_are_ignored_and_grow_tasks_counts_new_ones) {
    state_counts counts;
    counts.reset(1);
    const std::vector<event> events = {{.time = 0, .task = 1, .kind = event_kind::spawned},
                                       {.time = 0, .task = 2, .kind = event_kind::spawned},
                                       {.time = 5, .task = 1, .kind = event_kind::finished}};
    counts.ingest(std::span<const event>(events).first(2));
    EXPECT_EQ(counts.current()[state_slot(task_state::ready)], 1u);
    counts.grow_tasks(2);
    counts.ingest(events);
    EXPECT_EQ(counts.current()[state_slot(task_state::done)], 1u);
    EXPECT_EQ(counts.task_count(), 2u);
}

TEST(state_counts, an_event_near_the_clocks_end_gets_a_bucket_in_range) {
    // t / width passes 2**32 long before the buckets are wide enough, and size_t is 32-bit in the wasm build.
    constexpr virtual_time late = 9'222'627'397'581'000'000;  // where the clock_end_blocking fuzz seed fails
    state_counts counts;
    counts.reset(1);
    const std::vector<event> events = {{.time = 0, .task = 1, .kind = event_kind::spawned},
                                       {.time = 3'518'743'761'000'000, .task = 1, .kind = event_kind::blocking},
                                       {.time = late, .task = 1, .kind = event_kind::failed}};
    counts.ingest(events);
    EXPECT_LE(counts.bucket_count(), state_count_buckets);
    EXPECT_EQ(static_cast<std::size_t>(late / counts.bucket_width()), counts.bucket_count() - 1) << "the last bucket";
    expect_buckets_match_replay(counts, events, 1);
    EXPECT_EQ(counts.current()[state_slot(task_state::failed)], 1u);
}

}  // namespace
}  // namespace looplab
