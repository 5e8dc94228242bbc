// frame_pool.cpp — the frame pool's slow paths: a new slab, and giving all slabs back.
#include "frame_pool.h"

#include <algorithm>

namespace looplab::detail {

namespace {
// Each slab starts with this header (the slab list link), padded to the frame alignment.
constexpr std::size_t slab_header = frame_granule;
}  // namespace

void* frame_pool_refill(frame_pool& pool, std::size_t bytes) {
    // Slabs double from 4 KiB to 256 KiB: a handful of tasks costs little, 10^6 tasks few allocations.
    const std::size_t slab_bytes = std::size_t{4096} << std::min<std::size_t>(pool.slab_count, 6);
    auto* slab = static_cast<unsigned char*>(::operator new(slab_bytes));
    *reinterpret_cast<void**>(slab) = pool.slabs;
    pool.slabs = slab;
    ++pool.slab_count;
    // The old slab's tail is dropped (at most one frame's worth, until the release).
    pool.bump = slab + slab_header + bytes;
    pool.bump_end = slab + slab_bytes;
    return slab + slab_header;
}

void frame_pool_release(frame_pool& pool) noexcept {
    // Every frame is back, so no free list entry is in use: drop them all with the slabs.
    for (void* slab = pool.slabs; slab;) {
        void* next = *static_cast<void**>(slab);
        ::operator delete(slab);
        slab = next;
    }
    pool = frame_pool{};
}

}  // namespace looplab::detail
