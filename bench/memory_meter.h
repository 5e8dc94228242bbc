// memory_meter.h — the two memory figures of the LoopLab harness: resident memory (native: VmRSS / VmHWM of
// /proc/self/status; wasm: the size of linear memory, which only grows) and exact live heap bytes counted by the
// replaced global operator new/delete in memory_meter.cpp (off unless switched on, so timed runs pay one
// predictable branch per allocation).
//
// Usage:
//   auto before = looplab::bench::resident_bytes();   ...   auto grown = peak_resident_bytes() - before;
//   looplab::bench::heap_counter_start();   ...   auto peak = looplab::bench::heap_counter_stop();
#pragma once

#include <cstdint>

namespace looplab::bench {

// Resident set size of the process now, in bytes (wasm: the linear memory size).
std::int64_t resident_bytes() noexcept;

// Peak resident set size of the process so far, in bytes (wasm: the linear memory size, which never shrinks).
std::int64_t peak_resident_bytes() noexcept;

// Starts counting live heap bytes (malloc_usable_size of each block) from zero.
void heap_counter_start() noexcept;

// Stops counting; returns the highest live-byte count seen since heap_counter_start().
std::int64_t heap_counter_stop() noexcept;

}  // namespace looplab::bench
