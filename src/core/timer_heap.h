// timer_heap.h — binary min-heap of (deadline, scheduling order) whose entries know their index,
// so cancelling a timer costs O(log n) (the scheme of Asio's timer_queue.hpp); plus the ready FIFO ring.
#pragma once

#include "event.h"
#include "task.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace looplab::detail {

// One pending timer: 24 bytes. The task stores the entry's index in m_heap_index.
struct timer_entry {
    virtual_time deadline = 0;    // when the timer fires
    std::uint64_t order = 0;      // scheduling order; breaks ties between equal deadlines
    promise_base* task = nullptr; // the sleeping root task
};

// Min-heap ordered by (deadline, order): equal deadlines fire in the order they were scheduled.
class timer_heap {
public:
    bool empty() const noexcept { return m_entries.empty(); }        // no timers pending
    std::size_t size() const noexcept { return m_entries.size(); }   // number of timers pending
    const timer_entry& top() const noexcept { return m_entries.front(); }  // the earliest timer

    // Schedules task to fire at deadline.
    void push(promise_base& task, virtual_time deadline) {
        const auto index = static_cast<std::uint32_t>(m_entries.size());
        m_entries.push_back(timer_entry{deadline, m_next_order++, &task});
        task.m_heap_index = index;
        sift_up(index);
    }

    // Removes and returns the task of the earliest timer.
    promise_base* pop() noexcept {
        promise_base* task = m_entries.front().task;
        remove(0);
        return task;
    }

    // Removes the timer at index (the task's m_heap_index) in O(log n).
    void remove(std::uint32_t index) noexcept {
        m_entries[index].task->m_heap_index = no_index;
        const auto last = static_cast<std::uint32_t>(m_entries.size() - 1);
        if (index != last) {
            place(index, m_entries[last]);
            m_entries.pop_back();
            if (index > 0 && less(m_entries[index], m_entries[(index - 1) / 2])) sift_up(index);
            else sift_down(index);
        } else {
            m_entries.pop_back();
        }
    }

    std::size_t capacity_bytes() const noexcept { return m_entries.capacity() * sizeof(timer_entry); }  // memory held

private:
    static bool less(const timer_entry& a, const timer_entry& b) noexcept {
        return a.deadline != b.deadline ? a.deadline < b.deadline : a.order < b.order;
    }
    void place(std::uint32_t index, const timer_entry& entry) noexcept {
        m_entries[index] = entry;
        entry.task->m_heap_index = index;
    }
    void sift_up(std::uint32_t index) noexcept {
        const timer_entry moving = m_entries[index];
        while (index > 0) {
            const std::uint32_t parent = (index - 1) / 2;
            if (!less(moving, m_entries[parent])) break;
            place(index, m_entries[parent]);
            index = parent;
        }
        place(index, moving);
    }
    void sift_down(std::uint32_t index) noexcept {
        const timer_entry moving = m_entries[index];
        const auto count = static_cast<std::uint32_t>(m_entries.size());
        for (;;) {
            std::uint32_t child = 2 * index + 1;
            if (child >= count) break;
            if (child + 1 < count && less(m_entries[child + 1], m_entries[child])) ++child;
            if (!less(m_entries[child], moving)) break;
            place(index, m_entries[child]);
            index = child;
        }
        place(index, moving);
    }

    std::vector<timer_entry> m_entries;
    std::uint64_t m_next_order = 0;
};

// FIFO of ready root tasks in a growable power-of-two ring: no allocation once warmed up.
class ready_ring {
public:
    bool empty() const noexcept { return m_head == m_tail; }  // nothing ready
    std::size_t size() const noexcept { return m_tail - m_head; }  // number of ready tasks

    // Appends a task at the back.
    void push(promise_base* task) {
        if (size() == m_slots.size()) grow();
        m_slots[m_tail++ & (m_slots.size() - 1)] = task;
    }

    // Removes and returns the front task.
    promise_base* pop() noexcept { return m_slots[m_head++ & (m_slots.size() - 1)]; }

    std::size_t capacity_bytes() const noexcept { return m_slots.capacity() * sizeof(promise_base*); }  // memory held

private:
    void grow() {
        std::vector<promise_base*> bigger(m_slots.empty() ? 16 : m_slots.size() * 2);
        const std::size_t count = size();
        for (std::size_t i = 0; i < count; ++i) bigger[i] = m_slots[(m_head + i) & (m_slots.size() - 1)];
        m_slots.swap(bigger);
        m_head = 0;
        m_tail = count;
    }

    std::vector<promise_base*> m_slots;
    std::size_t m_head = 0;
    std::size_t m_tail = 0;
};

}  // namespace looplab::detail
