// event_loop.cpp — the scheduler's pump: asyncio's _run_once, made resumable at any virtual time.
#include "event_loop.h"

#include <algorithm>

namespace looplab {

using detail::promise_base;
using detail::run_state;

event_loop::event_loop(loop_options options) : m_recording(options.record_events) {
    m_events.reserve(options.reserve_events);
}

event_loop::~event_loop() {
    // Destroying a frame can wake others (a semaphore permit's destructor), so drain until empty.
    while (!m_live.empty()) {
        promise_base& root = *m_live.back();
        detach(root);
        remove_live(root);
        root.m_state = run_state::cancelled;
        detail::task_record& r = *root.m_record;
        r.state = run_state::cancelled;
        r.promise = nullptr;
        root.m_continuation.destroy();
        detail::release_ref(r);
    }
}

detail::task_record& event_loop::new_record() {
    if (m_free_records.empty()) {
        // Chunks grow with the pool, so a million tasks cost about twenty allocations.
        const std::size_t count = m_record_chunks.empty() ? 64 : 64u << std::min<std::size_t>(m_record_chunks.size(), 10);
        m_record_chunks.push_back(std::make_unique<detail::task_record[]>(count));
        detail::task_record* chunk = m_record_chunks.back().get();
        m_free_records.reserve(m_free_records.size() + count);
        for (std::size_t i = count; i-- > 0;) m_free_records.push_back(&chunk[i]);
    }
    detail::task_record& r = *m_free_records.back();
    m_free_records.pop_back();
    return r;
}

void event_loop::free_record(detail::task_record& r) noexcept {
    if (r.promise) {  // a finished task whose result nobody can read any more
        promise_base& root = *std::exchange(r.promise, nullptr);
        root.m_continuation.destroy();
    }
    m_free_records.push_back(&r);  // capacity reserved when the chunk was added: no allocation
}

void event_loop::adopt(promise_base& root, coro::coroutine_handle<> frame) {
    root.m_loop = this;
    root.m_root = &root;
    root.m_continuation = frame;
    root.m_resume = frame;
    root.m_id = ++m_last_id;
    root.m_state = run_state::ready;
    detail::task_record& r = new_record();
    r = detail::task_record{&root, this, root.m_id, 2, run_state::ready};  // the loop's and the handle's refs
    root.m_record = &r;
    root.m_live_index = static_cast<std::uint32_t>(m_live.size());
    m_live.push_back(&root);
    record(root, event_kind::spawned);
    m_ready.push(&root);
}

std::size_t event_loop::bookkeeping_bytes() const noexcept {
    std::size_t record_bytes = m_free_records.capacity() * sizeof(detail::task_record*);
    for (std::size_t i = 0; i < m_record_chunks.size(); ++i)
        record_bytes += (i == 0 ? 64 : 64u << std::min<std::size_t>(i, 10)) * sizeof(detail::task_record);
    return m_ready.capacity_bytes() + m_timers.capacity_bytes() + m_live.capacity() * sizeof(promise_base*) +
           record_bytes;
}

std::optional<virtual_time> event_loop::next_event_time() const noexcept {
    if (m_blocked) return m_busy_until;
    if (!m_ready.empty()) return m_now;
    if (!m_timers.empty()) return m_timers.top().deadline > m_now ? m_timers.top().deadline : m_now;
    return std::nullopt;
}

void event_loop::run_until(virtual_time t) {
    while (step_until(t)) {
    }
    if (m_now < t) m_now = t;
}

void event_loop::run_until_idle() {
    while (step_until(end_of_time)) {
    }
}

bool event_loop::step_until(virtual_time limit) {
    if (m_blocked) {
        // The blocked task is still inside its own step: it continues before anything else.
        if (m_busy_until > limit) return false;
        m_now = m_busy_until;
        promise_base& root = *std::exchange(m_blocked, nullptr);
        root.m_state = run_state::running;
        run(root);
        return true;
    }
    if (m_batch_left == 0) {
        // Start a loop iteration: jump to the next deadline if idle, move due timers, fix the batch.
        if (m_ready.empty()) {
            if (m_timers.empty() || m_timers.top().deadline > limit) return false;
            if (m_timers.top().deadline > m_now) m_now = m_timers.top().deadline;
        }
        while (!m_timers.empty() && m_timers.top().deadline <= m_now) {
            promise_base& root = *m_timers.pop();
            make_ready(root);
        }
        m_batch_left = m_ready.size();
    }
    --m_batch_left;
    promise_base& root = *m_ready.pop();
    if (root.m_cancel_requested) {
        end_task(root, event_kind::cancelled);
        return true;
    }
    record(root, event_kind::running);
    root.m_state = run_state::running;
    run(root);
    return true;
}

void event_loop::run(promise_base& root) {
    // Trampoline: a child starting or finishing leaves the next frame in m_resume and returns here,
    // so the native stack stays flat however deep or long the chain of synchronous completions is.
    while (root.m_state == run_state::running && root.m_resume) {
        std::exchange(root.m_resume, {}).resume();
    }
    after_run(root);
}

void event_loop::after_run(promise_base& root) {
    switch (root.m_state) {
    case run_state::finished:
        end_task(root, event_kind::finished);
        break;
    case run_state::sleeping:
    case run_state::waiting:
        if (root.m_cancel_requested) make_ready(root);  // cancel() was called while it ran
        break;
    default:  // ready (yielded; a pending cancel is seen when popped), blocked, or lost (running)
        break;
    }
}

void event_loop::suspend_sleeping(promise_base& root, virtual_time deadline) {
    root.m_state = run_state::sleeping;
    record(root, event_kind::sleeping, deadline);
    m_timers.push(root, deadline);
}

void event_loop::suspend_yielded(promise_base& root) {
    root.m_state = run_state::ready;
    record(root, event_kind::yielded);
    m_ready.push(&root);
}

void event_loop::suspend_blocking(promise_base& root, virtual_duration d) {
    root.m_state = run_state::blocked;
    record(root, event_kind::blocking, d);
    m_blocked = &root;
    m_busy_until = m_now + d;
}

void event_loop::suspend_waiting(promise_base& root, detail::wait_hook* hook, std::uint32_t on_task) {
    root.m_state = run_state::waiting;
    root.m_wait = hook;
    record(root, event_kind::waiting, on_task);
}

void event_loop::add_timeout(promise_base& root, virtual_time deadline) { m_timers.push(root, deadline); }

void event_loop::detach(promise_base& root) noexcept {
    if (root.m_heap_index != detail::no_index) m_timers.remove(root.m_heap_index);
    if (detail::wait_hook* hook = std::exchange(root.m_wait, nullptr)) hook->detach(hook);
}

void event_loop::make_ready(promise_base& root) {
    if (root.m_state != run_state::sleeping && root.m_state != run_state::waiting) return;
    detach(root);
    root.m_state = run_state::ready;
    record(root, event_kind::ready);
    m_ready.push(&root);
}

void event_loop::cancel(promise_base& root) noexcept {
    if (root.m_state == run_state::finished || root.m_state == run_state::cancelled) return;
    root.m_cancel_requested = true;
    // Sleeping or waiting: wake it now; it is destroyed when its turn comes. Ready: likewise.
    // Running or blocked: after_run() sees the request once it next suspends.
    if (root.m_state == run_state::sleeping || root.m_state == run_state::waiting) make_ready(root);
}

void event_loop::end_task(promise_base& root, event_kind how) {
    const bool finished = how == event_kind::finished;
    root.m_state = finished ? run_state::finished : run_state::cancelled;
    detail::task_record& r = *root.m_record;
    r.state = root.m_state;
    record(root, how);
    while (detail::wait_node* joiner = root.m_joiners.head) {
        detail::unlink(*joiner);
        joiner->notify(joiner);
    }
    remove_live(root);
    if (!finished) {
        // Cancelled: unwind now (locals' destructors run, e.g. semaphore permits go back), even if
        // handles remain; they only need the record.
        r.promise = nullptr;
        root.m_continuation.destroy();
    }
    detail::release_ref(r);  // the loop's reference; a finished frame goes with the last one
}

void event_loop::remove_live(promise_base& root) noexcept {
    promise_base* last = m_live.back();
    m_live[root.m_live_index] = last;
    last->m_live_index = root.m_live_index;
    m_live.pop_back();
    root.m_live_index = detail::no_index;
}

}  // namespace looplab
