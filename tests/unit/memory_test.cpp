// memory_test.cpp — bytes per sleeping task, measured by counting every live heap byte of the test
// binary (global operator new/delete replaced below), natively and in wasm alike.
#include "core/event_loop.h"

#include "core/awaitables.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <new>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {
// Test-only counter: live bytes requested through operator new. Each block carries a 16-byte header
// holding its size (not counted), so that unsized operator delete can subtract it.
std::size_t g_live_bytes = 0;
constexpr std::size_t header = 16;

void* counted_alloc(std::size_t n) {
    auto* block = static_cast<unsigned char*>(std::malloc(n + header));
    if (!block) std::abort();  // no exceptions: out of memory is fatal
    *reinterpret_cast<std::size_t*>(block) = n;
    g_live_bytes += n;
    return block + header;
}

void counted_free(void* p) noexcept {
    if (!p) return;
    unsigned char* block = static_cast<unsigned char*>(p) - header;
    g_live_bytes -= *reinterpret_cast<std::size_t*>(block);
    std::free(block);
}
}  // namespace

void* operator new(std::size_t n) { return counted_alloc(n); }
void* operator new[](std::size_t n) { return counted_alloc(n); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept { return counted_alloc(n); }
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept { return counted_alloc(n); }
void operator delete(void* p) noexcept { counted_free(p); }
void operator delete[](void* p) noexcept { counted_free(p); }
void operator delete(void* p, std::size_t) noexcept { counted_free(p); }
void operator delete[](void* p, std::size_t) noexcept { counted_free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { counted_free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { counted_free(p); }

namespace looplab {
namespace {

task<void> sleeping_task(virtual_duration d) { co_await sleep_for(d); }

TEST(memory, a_sleeping_task_costs_at_most_200_bytes) {
    constexpr std::size_t count = 100'000;
    const std::size_t before = g_live_bytes;
    std::size_t per_task = 0;
#if defined(__GLIBC__)
    const std::size_t heap_before = mallinfo2().uordblks;
#endif
    {
        event_loop loop{loop_options{.record_events = false, .reserve_events = 0}};
        const std::size_t empty_loop = g_live_bytes;
        (void)loop.spawn(sleeping_task(seconds));
        const std::size_t one_frame_and_record = g_live_bytes - empty_loop;
        for (std::size_t i = 1; i < count; ++i) (void)loop.spawn(sleeping_task(seconds));
        loop.run_until(1);
        ASSERT_EQ(loop.live_task_count(), count);
        ASSERT_EQ(loop.next_event_time(), seconds);  // every task is sleeping
        per_task = (g_live_bytes - before) / count;
        std::printf(
            "[ memory   ] %zu bytes per sleeping task (requested; first task: %zu bytes of frame + record "
            "chunk; loop bookkeeping %zu bytes/task)\n",
            per_task, one_frame_and_record, loop.bookkeeping_bytes() / count);
#if defined(__GLIBC__)
        std::printf(
            "[ memory   ] %zu bytes per sleeping task including glibc malloc overhead (and our 16-byte "
            "counting header)\n",
            (mallinfo2().uordblks - heap_before) / count);
#endif
    }
    EXPECT_EQ(g_live_bytes, before);  // the loop's destruction freed every frame
    EXPECT_LE(per_task, 200u);
    RecordProperty("bytes_per_sleeping_task", static_cast<int>(per_task));
}

}  // namespace
}  // namespace looplab
