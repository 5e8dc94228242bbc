// timer_heap.cpp — the deadline buckets' slow paths: a new or emptied deadline (heap and hash index upkeep).
#include "timer_heap.h"

namespace looplab::detail {

std::uint32_t timer_heap::add_bucket(virtual_time deadline) {
    std::uint32_t slot = m_free_slot;
    if (slot != no_index) {
        m_free_slot = m_buckets[slot].heap_pos;
    } else {
        slot = static_cast<std::uint32_t>(m_buckets.size());
        m_buckets.emplace_back();
    }
    m_buckets[slot].deadline = deadline;
    m_buckets[slot].head = nullptr;
    m_buckets[slot].count = 0;
    const auto pos = static_cast<std::uint32_t>(m_heap.size());
    m_heap.push_back(heap_entry{deadline, slot});
    m_buckets[slot].heap_pos = pos;
    sift_up(pos);
    index_insert(slot);
    return slot;
}

void timer_heap::remove_bucket(std::uint32_t slot) noexcept {
    bucket& b = m_buckets[slot];
    index_erase(b.deadline);
    const std::uint32_t pos = b.heap_pos;
    const auto last = static_cast<std::uint32_t>(m_heap.size() - 1);
    if (pos != last) {
        place(pos, m_heap[last]);
        m_heap.pop_back();
        // Deadlines are distinct, so a plain < orders the heap.
        if (pos > 0 && m_heap[pos].deadline < m_heap[(pos - 1) / 2].deadline)
            sift_up(pos);
        else
            sift_down(pos);
    } else {
        m_heap.pop_back();
    }
    b.head = nullptr;
    b.heap_pos = m_free_slot;
    m_free_slot = slot;
}

void timer_heap::sift_up(std::uint32_t pos) noexcept {
    const heap_entry moving = m_heap[pos];
    while (pos > 0) {
        const std::uint32_t parent = (pos - 1) / 2;
        if (!(moving.deadline < m_heap[parent].deadline)) break;
        place(pos, m_heap[parent]);
        pos = parent;
    }
    place(pos, moving);
}

void timer_heap::sift_down(std::uint32_t pos) noexcept {
    const heap_entry moving = m_heap[pos];
    const auto count = static_cast<std::uint32_t>(m_heap.size());
    for (;;) {
        std::uint32_t child = 2 * pos + 1;
        if (child >= count) break;
        if (child + 1 < count && m_heap[child + 1].deadline < m_heap[child].deadline) ++child;
        if (!(m_heap[child].deadline < moving.deadline)) break;
        place(pos, m_heap[child]);
        pos = child;
    }
    place(pos, moving);
}

void timer_heap::index_insert(std::uint32_t slot) {
    if (2 * (m_heap.size() + 1) > m_index.size()) index_rehash(m_index.empty() ? 16 : 2 * m_index.size());
    const std::size_t mask = m_index.size() - 1;
    std::size_t i = home(m_buckets[slot].deadline);
    while (m_index[i] != no_index) i = (i + 1) & mask;
    m_index[i] = slot;
}

void timer_heap::index_erase(virtual_time deadline) noexcept {
    const std::size_t mask = m_index.size() - 1;
    std::size_t hole = home(deadline);
    while (m_buckets[m_index[hole]].deadline != deadline) hole = (hole + 1) & mask;
    // Backward-shift deletion: pull later entries of the probe run into the hole when their home allows it,
    // so lookups never need tombstones.
    for (std::size_t j = (hole + 1) & mask; m_index[j] != no_index; j = (j + 1) & mask) {
        const std::size_t h = home(m_buckets[m_index[j]].deadline);
        const bool home_in_gap = hole <= j ? (hole < h && h <= j) : (hole < h || h <= j);
        if (home_in_gap) continue;
        m_index[hole] = m_index[j];
        hole = j;
    }
    m_index[hole] = no_index;
}

void timer_heap::index_rehash(std::size_t size) {
    std::vector<std::uint32_t> old(size, no_index);
    old.swap(m_index);
    unsigned bits = 0;
    while ((std::size_t{1} << bits) < size) ++bits;
    m_index_shift = 64 - bits;
    const std::size_t mask = size - 1;
    for (std::uint32_t slot : old) {
        if (slot == no_index) continue;
        std::size_t i = home(m_buckets[slot].deadline);
        while (m_index[i] != no_index) i = (i + 1) & mask;
        m_index[i] = slot;
    }
}

}  // namespace looplab::detail
