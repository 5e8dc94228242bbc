// run_sized_vector.h — the growth rule of the vectors that grow with a run's event count (core's event stream, the
// Script view's shifted copy, the event index's spans): one big step instead of every doubling.
//
// Usage:
//   looplab::reserve_for_push(events);   // before each push_back
//   events.push_back(e);
// A vector that doubles copies all its elements at once: at 2^18 and 2^19 events that copy (3 MB of the 6 MB
// stream, then 6 MB) lands in one frame of the page. Here a full vector of at least run_sized_early elements jumps
// straight to run_sized_large, so a run of up to a million events copies its elements once, at 65,536. Past
// run_sized_large the vector doubles again. Capacity is address space until it is written.
#pragma once

#include <cstddef>
#include <vector>

namespace looplab {

inline constexpr std::size_t run_sized_early = std::size_t{1} << 16;  // below it: the usual doubling
inline constexpr std::size_t run_sized_large = std::size_t{1} << 20;  // the one step, the Script view's span cap

// Makes room for one more element by the rule above (a no-op while there is room).
template <class T> void reserve_for_push(std::vector<T>& v) {
    if (v.size() < v.capacity() || v.size() < run_sized_early || v.size() >= run_sized_large) return;
    v.reserve(run_sized_large);
}

}  // namespace looplab
