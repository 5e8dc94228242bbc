// state_counts.h — how many of a run's tasks are in each task_state over time, counted incrementally as the event
// stream is ingested, in a fixed number of time buckets whose width doubles as the run grows: reading it costs
// O(buckets) whatever the task count (the overview band of a lane with more tasks than rows).
//
// Usage:
//   looplab::state_counts counts;
//   counts.reset(run.task_count());
//   counts.ingest(run.events());                              // each frame: only the newly appended events are read
//   for (std::size_t b = 0; b < counts.bucket_count(); ++b)   // bucket b covers [b * width, (b + 1) * width)
//       draw(b, counts.bucket(b)[state_slot(looplab::task_state::sleeping)]);
#pragma once

#include "core/event.h"
#include "core/task_state.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace looplab {

// Buckets across a run's time (the band draws one column per bucket).
inline constexpr std::size_t state_count_buckets = 256;
// Slots in a tally: one per task_state (keyed on the enum, so a new state only needs a slot here).
inline constexpr std::size_t task_state_slots = task_state_count;
// Tasks per state; tasks not spawned yet are in no slot.
using state_tally = std::array<std::uint32_t, task_state_slots>;

// The slot of a state in a state_tally.
constexpr std::size_t state_slot(task_state s) noexcept { return static_cast<std::size_t>(s); }

class state_counts {
public:
    void reset(std::uint32_t task_count);  // forgets everything; sizes for task_count tasks
    void grow_tasks(std::uint32_t task_count);  // more tasks appeared (a script's)
    // Reads events[ingested()..] (times never decrease) and updates the tallies.
    void ingest(std::span<const event> events);
    std::size_t ingested() const noexcept { return m_ingested; }  // events read so far
    virtual_time bucket_width() const noexcept { return m_width; }  // virtual µs per bucket (doubles as needed)
    std::size_t bucket_count() const noexcept { return m_used; }  // buckets up to the last event's (0 if none)
    // The tally once every event before the end of bucket b happened (b < bucket_count()).
    const state_tally& bucket(std::size_t b) const noexcept { return m_buckets[b]; }
    const state_tally& current() const noexcept { return m_current; }  // after every event read
    std::uint32_t task_count() const noexcept { return static_cast<std::uint32_t>(m_state.size()); }  // tasks

private:
    void widen_to(virtual_time t);  // doubles the width until time t has a bucket, merging pairs of buckets

    std::vector<std::uint8_t> m_state;  // per task: its slot, or not_spawned
    std::array<state_tally, state_count_buckets> m_buckets{};
    state_tally m_current{};
    std::size_t m_used = 0;
    std::size_t m_ingested = 0;
    virtual_time m_width = 1;
};

}  // namespace looplab
