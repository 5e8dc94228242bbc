// frame_pool.h — the recycling allocator of coroutine frames (promise_base's operator new / delete): per-size
// free lists carved from slabs, so a frame costs its own size (no malloc chunk header) and recycling is O(1).
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>

// NOTE: under AddressSanitizer frames go straight to operator new, so that ASan still sees each one.
#if defined(__SANITIZE_ADDRESS__)
#define LOOPLAB_FRAME_POOL 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LOOPLAB_FRAME_POOL 0
#endif
#endif
#ifndef LOOPLAB_FRAME_POOL
#define LOOPLAB_FRAME_POOL 1
#endif

namespace looplab::detail {

inline constexpr std::size_t frame_granule = 16;  // size-class step, and the alignment of every frame
inline constexpr std::size_t frame_classes = 64;  // classes 1..63 (16 B .. 1008 B); larger frames use new

// One thread's pool. Frames are recycled per thread (the scheme of Asio's recycling allocator): a task
// must be destroyed on the thread that created it, as every event_loop is single-threaded anyway.
// When the last frame of a thread goes, its slabs go back to operator new.
struct frame_pool {
    void* free_lists[frame_classes];  // per size class: freed frames, linked through their first word
    unsigned char* bump;  // unused rest of the newest slab
    unsigned char* bump_end;  // its end
    void* slabs;  // every slab, linked through its first word
    std::size_t slab_count;  // how many (slabs grow from 4 KiB to 256 KiB)
    std::size_t live;  // frames handed out and not yet returned
};

// The calling thread's pool (constant-initialized: no guard, no destructor on the hot path).
constinit inline thread_local frame_pool t_frame_pool{};

void* frame_pool_refill(frame_pool& pool, std::size_t bytes);  // a new slab, then the first frame from it
void frame_pool_release(frame_pool& pool) noexcept;  // gives every slab back (live == 0)

// A frame of size bytes.
inline void* allocate_frame(std::size_t size) {
#if LOOPLAB_FRAME_POOL
    const std::size_t cls = (size + frame_granule - 1) / frame_granule;
    if (cls < frame_classes) {
        frame_pool& pool = t_frame_pool;
        ++pool.live;
        if (void* frame = pool.free_lists[cls]) {
            pool.free_lists[cls] = *static_cast<void**>(frame);
            return frame;
        }
        const std::size_t bytes = cls * frame_granule;
        if (static_cast<std::size_t>(pool.bump_end - pool.bump) >= bytes) {
            void* frame = pool.bump;
            pool.bump += bytes;
            return frame;
        }
        return frame_pool_refill(pool, bytes);
    }
#endif
    return ::operator new(size);
}

// Returns a frame from allocate_frame(size).
inline void deallocate_frame(void* frame, [[maybe_unused]] std::size_t size) noexcept {
#if LOOPLAB_FRAME_POOL
    const std::size_t cls = (size + frame_granule - 1) / frame_granule;
    if (cls < frame_classes) {
        frame_pool& pool = t_frame_pool;
        *static_cast<void**>(frame) = pool.free_lists[cls];
        pool.free_lists[cls] = frame;
        if (--pool.live == 0) frame_pool_release(pool);
        return;
    }
#endif
    ::operator delete(frame);  // unsized: clang 14 with libstdc++ declares the sized one only with -fsized-deallocation
}

}  // namespace looplab::detail
