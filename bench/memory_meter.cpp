// memory_meter.cpp — peak RSS / linear memory size, and a counting replacement of the global operator new.
#include "memory_meter.h"

#include <cstdlib>
#include <malloc.h>
#include <new>

#include <cstdio>
#include <cstring>

namespace {
// NOTE: plain globals, not atomics: the harness is single-threaded (so is the scheduler).
bool g_counting = false;
std::int64_t g_live = 0;
std::int64_t g_peak = 0;

void* counted_alloc(std::size_t size) {
    void* block = std::malloc(size ? size : 1);
    if (!block) std::abort();  // the core builds without exceptions; bad_alloc would abort anyway
    if (g_counting) {
        g_live += static_cast<std::int64_t>(malloc_usable_size(block));
        if (g_live > g_peak) g_peak = g_live;
    }
    return block;
}

void counted_free(void* block) noexcept {
    if (!block) return;
    if (g_counting) g_live -= static_cast<std::int64_t>(malloc_usable_size(block));
    std::free(block);
}
}  // namespace

namespace looplab::bench {

namespace {
// A "Vm...: N kB" line of /proc/self/status in bytes, or -1.
// NOTE: not getrusage's ru_maxrss: Linux carries it over exec, so a child starts with its parent's peak.
[[maybe_unused]] std::int64_t status_bytes(const char* field) noexcept {
    std::FILE* status = std::fopen("/proc/self/status", "r");
    if (!status) return -1;
    char line[256];
    std::int64_t kib = -1;
    const std::size_t length = std::strlen(field);
    while (std::fgets(line, sizeof line, status))
        if (std::strncmp(line, field, length) == 0 && line[length] == ':') kib = std::atoll(line + length + 1);
    std::fclose(status);
    return kib < 0 ? -1 : kib * 1024;
}
}  // namespace

std::int64_t resident_bytes() noexcept {
#ifdef __EMSCRIPTEN__
    return static_cast<std::int64_t>(__builtin_wasm_memory_size(0)) * 65536;
#else
    return status_bytes("VmRSS");
#endif
}

std::int64_t peak_resident_bytes() noexcept {
#ifdef __EMSCRIPTEN__
    return static_cast<std::int64_t>(__builtin_wasm_memory_size(0)) * 65536;
#else
    return status_bytes("VmHWM");
#endif
}

void heap_counter_start() noexcept {
    g_live = g_peak = 0;
    g_counting = true;
}

std::int64_t heap_counter_stop() noexcept {
    g_counting = false;
    return g_peak;
}

}  // namespace looplab::bench

// Blocks freed while counting but allocated before (or the reverse) skew g_live; the harness starts and
// stops counting around self-contained runs, so every block it counts is allocated and freed inside.
void* operator new(std::size_t size) { return counted_alloc(size); }
void* operator new[](std::size_t size) { return counted_alloc(size); }
void operator delete(void* block) noexcept { counted_free(block); }
void operator delete[](void* block) noexcept { counted_free(block); }
void operator delete(void* block, std::size_t) noexcept { counted_free(block); }
void operator delete[](void* block, std::size_t) noexcept { counted_free(block); }
