// object_heap.cpp — the vm's heap of Python objects: size-classed slots in aligned pages, released slots reused
// first, and the end-of-run teardown that destroys every object, cycles included.
#include "python/object_heap.h"

#include "python/objects.h"

#include <cstdlib>
#include <cstring>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace looplab::python {

struct object_heap::page {
    object_heap* heap;
    size_class* cls;
    std::uint32_t slot_bytes;
    std::uint32_t used;  // slots cut so far, from the front
    std::uint32_t capacity;
    static constexpr std::size_t header_bytes = 32;  // keeps slots 16-byte aligned
    std::byte* slot(std::size_t i) noexcept {
        return reinterpret_cast<std::byte*>(this) + header_bytes + i * slot_bytes;
    }
};

namespace {
// Faults in [memory, memory + bytes) now, in one call (where Linux can: 5.14+), instead of one page fault per 4 KiB
// page as the objects first touch it. The pages come from the same free lists either way.
void prefault(std::byte* memory, std::size_t bytes) noexcept {
#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
    ::madvise(memory, bytes, MADV_POPULATE_WRITE);  // a failure only leaves the faults to the first touches
#else
    static_cast<void>(memory);
    static_cast<void>(bytes);
#endif
}

constexpr std::uint32_t tombstone_refs = std::uint32_t{1} << 31;

bool slot_is_live(const std::byte* slot) noexcept {
    void* first_word = nullptr;
    std::memcpy(&first_word, slot, sizeof first_word);
    return first_word != nullptr;
}
}  // namespace

object_heap::~object_heap() {
    destroy_all();
    for (const chunk& c : m_chunks) std::free(c.memory);
}

void* object_heap::allocate(std::size_t bytes) {
    const std::size_t slot_bytes = (bytes + slot_granule - 1) / slot_granule * slot_granule;
    size_class& c = m_classes[slot_bytes / slot_granule - 1];
    ++m_live;
    if (free_slot* s = c.free) {
        c.free = s->next;
        return s;
    }
    if (page* p = c.bump; p && p->used < p->capacity) return p->slot(p->used++);
    return allocate_from_new_page(c, slot_bytes);
}

std::byte* object_heap::next_chunk_page() {
    if (m_chunk_pages_left == 0) {
        const bool big = m_chunks.size() >= small_chunks;
        const std::size_t bytes = big ? big_chunk_bytes : page_bytes * pages_per_chunk;
        auto* memory = static_cast<std::byte*>(std::aligned_alloc(page_bytes, bytes));
        if (!memory) std::abort();  // the vm's memory budget (vm::reserve_memory) stops scripts long before this
        if (big) prefault(memory, bytes);
        m_chunks.push_back({memory, bytes});
        m_chunk_pages_left = bytes / page_bytes;
    }
    const chunk& last = m_chunks.back();
    std::byte* memory = last.memory + (last.bytes / page_bytes - m_chunk_pages_left) * page_bytes;
    --m_chunk_pages_left;
    return memory;
}

void* object_heap::allocate_raw_page() { return next_chunk_page(); }

void* object_heap::allocate_from_new_page(size_class& c, std::size_t slot_bytes) {
    void* memory = next_chunk_page();
    auto* p = ::new (memory) page{this, &c, static_cast<std::uint32_t>(slot_bytes), 1,
                                  static_cast<std::uint32_t>((page_bytes - page::header_bytes) / slot_bytes)};
    m_pages.push_back(p);
    c.bump = p;
    return p->slot(0);
}

void object_heap::release(object* o) noexcept {
    auto* p = reinterpret_cast<page*>(reinterpret_cast<std::uintptr_t>(o) & ~std::uintptr_t{page_bytes - 1});
    o->~object();
    p->cls->free = ::new (static_cast<void*>(o)) free_slot{nullptr, p->cls->free};
    --p->heap->m_live;
}

void object_heap::destroy_all() noexcept {
    if (m_destroyed) return;
    m_destroyed = true;
    // Objects a destructor might still make go to new pages, which the next round destroys.
    for (std::size_t first = 0; first < m_pages.size();) {
        for (size_class& c : m_classes) c = size_class{};
        first = destroy_pages(first);
    }
}

std::size_t object_heap::destroy_pages(std::size_t first) noexcept {
    const std::size_t end = m_pages.size();
    for (std::size_t i = first; i < end; ++i)
        for (std::uint32_t s = 0; s < m_pages[i]->used; ++s)
            if (std::byte* slot = m_pages[i]->slot(s); slot_is_live(slot)) incref(reinterpret_cast<object*>(slot));
    for (std::size_t i = first; i < end; ++i)
        for (std::uint32_t s = 0; s < m_pages[i]->used; ++s)
            if (std::byte* slot = m_pages[i]->slot(s); slot_is_live(slot)) {
                reinterpret_cast<object*>(slot)->~object();
                // A tombstone takes its place: references dropped later (by other objects' destructors, or by
                // the vm's members) decrement a live count that never reaches zero.
                (::new (static_cast<void*>(slot)) object(kind::other))->refs = tombstone_refs;
                --m_live;
            }
    return end;
}

}  // namespace looplab::python
