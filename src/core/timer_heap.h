// timer_heap.h — the loop's two queues: timers grouped by deadline (a min-heap of distinct deadlines, each a
// FIFO list of the tasks due then) and the ready FIFO. Both are intrusive: the links live in the promise.
#pragma once

#include "event.h"
#include "task.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace looplab::detail {

// Timers ordered by (deadline, scheduling order). Tasks due at one deadline share a bucket: a circular doubly
// linked FIFO through promise_base::m_prev / m_next. So scheduling at an existing deadline and taking the
// earliest are O(1), equal deadlines fire in the order they were scheduled, and cancelling is an O(1) unlink.
// Only a new or emptied deadline touches the heap of buckets, whose entries know their index, so that
// removing a bucket costs O(log d) for d distinct deadlines (the scheme of Asio's timer_queue.hpp).
// A hash index (deadline -> bucket) finds an existing deadline's bucket.
class timer_heap {
public:
    bool empty() const noexcept { return m_heap.empty(); }  // no timers pending
    std::size_t size() const noexcept { return m_count; }  // number of timers pending
    virtual_time next_deadline() const noexcept { return m_heap.front().deadline; }  // the earliest; !empty()

    // Schedules task to fire at deadline, after every timer already scheduled for that deadline.
    void push(promise_base& task, virtual_time deadline) {
        std::uint32_t slot = find(deadline);
        if (slot == no_index) slot = add_bucket(deadline);
        bucket& b = m_buckets[slot];
        task.m_bucket = slot;
        ++m_count;
        ++b.count;
        if (!b.head) {
            task.m_prev = task.m_next = &task;
            b.head = &task;
            return;
        }
        promise_base* last = b.head->m_prev;
        task.m_prev = last;
        task.m_next = b.head;
        last->m_next = &task;
        b.head->m_prev = &task;
    }

    // Unlinks a task from its bucket (task.m_bucket != no_index); the bucket goes once it is empty.
    void remove(promise_base& task) noexcept {
        const std::uint32_t slot = task.m_bucket;
        bucket& b = m_buckets[slot];
        task.m_bucket = no_index;
        --m_count;
        --b.count;
        if (task.m_next == &task) {
            remove_bucket(slot);
            return;
        }
        task.m_prev->m_next = task.m_next;
        task.m_next->m_prev = task.m_prev;
        if (b.head == &task) b.head = task.m_next;
    }

    // Removes the earliest deadline's bucket and returns its tasks in scheduling order, as a null-terminated
    // list through m_next. The caller must set each task's m_bucket to no_index as it walks the list (one
    // pass over tasks that are likely out of cache). !empty().
    promise_base* pop_earliest() noexcept {
        const std::uint32_t slot = m_heap.front().slot;
        bucket& b = m_buckets[slot];
        promise_base* first = b.head;
        first->m_prev->m_next = nullptr;
        m_count -= b.count;
        remove_bucket(slot);
        return first;
    }

    std::size_t capacity_bytes() const noexcept {  // memory held
        return m_buckets.capacity() * sizeof(bucket) + m_heap.capacity() * sizeof(heap_entry) +
               m_index.capacity() * sizeof(std::uint32_t);
    }

private:
    struct bucket {
        virtual_time deadline = 0;  // when its tasks fire
        promise_base* head = nullptr;  // first task; head->m_prev is the last
        std::uint32_t heap_pos = 0;  // its entry in m_heap; the next free slot while unused
        std::uint32_t count = 0;  // tasks in the list
    };
    struct heap_entry {
        virtual_time deadline;  // copied from the bucket: sifting never leaves the heap's memory
        std::uint32_t slot;  // the bucket
    };

    std::uint32_t add_bucket(virtual_time deadline);
    void remove_bucket(std::uint32_t slot) noexcept;
    void sift_up(std::uint32_t pos) noexcept;
    void sift_down(std::uint32_t pos) noexcept;
    void place(std::uint32_t pos, const heap_entry& e) noexcept {
        m_heap[pos] = e;
        m_buckets[e.slot].heap_pos = pos;
    }

    // The hash index: open addressing with linear probing over bucket slots, at most half full.
    std::size_t home(virtual_time deadline) const noexcept {
        return static_cast<std::size_t>((static_cast<std::uint64_t>(deadline) * 0x9E37'79B9'7F4A'7C15ull) >>
                                        m_index_shift);
    }
    std::uint32_t find(virtual_time deadline) const noexcept {
        if (m_index.empty()) return no_index;
        const std::size_t mask = m_index.size() - 1;
        for (std::size_t i = home(deadline);; i = (i + 1) & mask) {
            const std::uint32_t slot = m_index[i];
            if (slot == no_index || m_buckets[slot].deadline == deadline) return slot;
        }
    }
    void index_insert(std::uint32_t slot);
    void index_erase(virtual_time deadline) noexcept;
    void index_rehash(std::size_t size);

    std::vector<bucket> m_buckets;  // bucket slots (stable indices; unused ones form a free list)
    std::vector<heap_entry> m_heap;  // min-heap of the live buckets by deadline (distinct deadlines)
    std::vector<std::uint32_t> m_index;  // deadline -> slot; a power of two in size, no_index = empty
    unsigned m_index_shift = 64;  // 64 - log2(m_index.size())
    std::uint32_t m_free_slot = no_index;  // first unused bucket slot
    std::size_t m_count = 0;  // timers pending
};

// FIFO of ready root tasks, linked through promise_base::m_next: no allocation, ever.
class ready_queue {
public:
    bool empty() const noexcept { return m_head == nullptr; }  // nothing ready
    std::size_t size() const noexcept { return m_size; }  // number of ready tasks

    // Appends a task at the back.
    void push(promise_base* task) noexcept {
        task->m_next = nullptr;
        if (m_tail)
            m_tail->m_next = task;
        else
            m_head = task;
        m_tail = task;
        ++m_size;
    }

    // Removes and returns the front task. !empty().
    promise_base* pop() noexcept {
        promise_base* task = m_head;
        m_head = task->m_next;
        if (!m_head) m_tail = nullptr;
        // The next task's frame is loaded while this one runs (at 10^5 tasks the frames are out of cache).
        else
            __builtin_prefetch(m_head);
        --m_size;
        return task;
    }

private:
    promise_base* m_head = nullptr;
    promise_base* m_tail = nullptr;
    std::size_t m_size = 0;
};

}  // namespace looplab::detail
