// object_heap.h — the vm's heap: every Python object a vm allocates lives in the heap's size-classed pages, so
// dropping the heap at the end of a run frees everything, reference cycles included.
//
// Usage:
//   object_heap heap;
//   auto* l = heap.make<list_object>();   // refs = 0: value::from_obj(l) takes the first reference
//   ...                                   // the last reference goes: destroy_object(o) -> object_heap::release(o)
//   heap.destroy_all();                   // the run is over: every object's destructor, cycles included
// Pages are page_bytes in size and alignment, so release() finds an object's page (and heap) from its address.
// destroy_all() pins every object (one extra reference) before running any destructor, so no destructor frees
// another object by reference count, and leaves a tombstone (a plain `object` with a huge count) in each slot, so
// references dropped afterwards (by later destructors, or held outside the heap) stay valid until the heap itself
// is destroyed and frees its pages.
#pragma once

#include "python/value.h"

#include <cstddef>
#include <cstdint>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

namespace looplab::python {

class object_heap {
public:
    static constexpr std::size_t page_bytes = 32 * 1024;  // each page's size and alignment
    static constexpr std::size_t slot_granule = 16;  // slot sizes are multiples of this
    static constexpr std::size_t max_object_bytes = 512;  // the largest object type must fit
    // Pages are cut from chunks of this many: one aligned allocation each (an aligned allocation per page would
    // leave up to a page of unused gap beside each, in the process's memory).
    static constexpr std::size_t pages_per_chunk = 16;
    // After the first few chunks, a chunk is 2 MiB and (on Linux) faulted in at once (object_heap.cpp's prefault):
    // a run of 100,000 tasks otherwise takes ~20,000 page faults in its object pages. A small script never gets
    // one. (Transparent huge pages were tried: on this project's VMs a huge page's first touch was sometimes 0.2 s
    // slower per run, bench/README.md.)
    static constexpr std::size_t small_chunks = 8;
    static constexpr std::size_t big_chunk_bytes = std::size_t{2} << 20;

    object_heap() = default;
    ~object_heap();  // destroy_all() if not done yet, then frees the pages
    object_heap(const object_heap&) = delete;
    object_heap& operator=(const object_heap&) = delete;

    // A new object of type T (refs = 0).
    template <class T, class... A> T* make(A&&... args) {
        static_assert(std::is_base_of_v<object, T>, "heap objects derive from object");
        static_assert(sizeof(T) <= max_object_bytes && alignof(T) <= slot_granule, "raise max_object_bytes");
        return ::new (allocate(sizeof(T))) T(std::forward<A>(args)...);
    }
    // A page_bytes block (aligned to page_bytes) of raw memory from the same chunks, for the vm's own pools (its
    // frames); it is not an object page, and is freed with the heap.
    void* allocate_raw_page();
    static void release(object* o) noexcept;  // its last reference went: destroys it and reuses its slot
    void destroy_all() noexcept;  // every live object's destructor, each pinned first (see above)
    std::size_t live_objects() const noexcept { return m_live; }  // made and not yet released or destroyed
    std::size_t page_count() const noexcept { return m_pages.size(); }  // pages allocated

private:
    struct page;
    struct free_slot {
        void* no_vtable;  // null: tells a free slot from a live object (whose first word is its vtable)
        free_slot* next;
    };
    struct size_class {
        free_slot* free = nullptr;  // released slots
        page* bump = nullptr;  // the page new slots are cut from
    };
    void* allocate(std::size_t bytes);
    void* allocate_from_new_page(size_class& c, std::size_t slot_bytes);
    std::byte* next_chunk_page();  // a fresh page_bytes block, cut from the chunks (a new chunk when needed)
    std::size_t destroy_pages(std::size_t first) noexcept;  // pins, then destroys, the objects of pages [first, end)

    std::vector<page*> m_pages;
    struct chunk {
        std::byte* memory;  // from aligned_alloc
        std::size_t bytes;
    };
    std::vector<chunk> m_chunks;  // what the pages are cut from (freed by ~object_heap)
    std::size_t m_chunk_pages_left = 0;  // pages not yet cut from m_chunks.back()
    size_class m_classes[max_object_bytes / slot_granule];
    std::size_t m_live = 0;
    bool m_destroyed = false;
};

}  // namespace looplab::python
