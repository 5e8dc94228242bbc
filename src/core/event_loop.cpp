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
    // Every live task has a record with state ready. Destroying a frame can wake others (a semaphore
    // permit's destructor) or free records, but never makes a new record live.
    for (std::size_t c = 0; c < m_record_chunks.size(); ++c) {
        for (std::size_t i = 0; i < m_chunk_sizes[c]; ++i) {
            detail::task_record& r = m_record_chunks[c][i];
            if (r.state != run_state::ready) continue;
            promise_base& root = *r.promise;
            detach(root);
            root.m_state = run_state::cancelled;
            r.state = run_state::cancelled;
            r.promise = nullptr;
            --m_live_count;
            root.m_continuation.destroy();
            detail::release_ref(r);
        }
    }
}

detail::task_record& event_loop::new_record() {
    if (!m_free_records) {
        // Chunks grow to 1024 records (32 KiB): few allocations, little slack.
        const std::size_t count = std::size_t{64} << std::min<std::size_t>(m_record_chunks.size(), 4);
        m_record_chunks.push_back(std::make_unique<detail::task_record[]>(count));
        m_chunk_sizes.push_back(count);
        detail::task_record* chunk = m_record_chunks.back().get();
        for (std::size_t i = count; i-- > 0;) {
            chunk[i].next_free = m_free_records;
            m_free_records = &chunk[i];
        }
    }
    detail::task_record& r = *m_free_records;
    m_free_records = r.next_free;
    return r;
}

void event_loop::free_record(detail::task_record& r) noexcept {
    if (r.promise) {  // a finished task whose result nobody can read any more
        promise_base& root = *std::exchange(r.promise, nullptr);
        root.m_continuation.destroy();
    }
    r.next_free = m_free_records;
    m_free_records = &r;
}

void event_loop::adopt(promise_base& root, coro::coroutine_handle<> frame) {
    root.m_root = &root;
    root.m_continuation = frame;
    root.m_resume = frame;
    root.m_state = run_state::ready;
    detail::task_record& r = new_record();
    r.promise = &root;
    r.loop = this;
    r.id = ++m_last_id;
    r.refs = 2;  // the loop's reference and the returned handle's
    r.state = run_state::ready;
    root.m_record = &r;
    ++m_live_count;
    record(root, event_kind::spawned);
    m_ready.push(&root);
}

std::size_t event_loop::bookkeeping_bytes() const noexcept {
    std::size_t record_bytes =
        m_record_chunks.capacity() * sizeof(void*) + m_chunk_sizes.capacity() * sizeof(std::size_t);
    for (std::size_t count : m_chunk_sizes) record_bytes += count * sizeof(detail::task_record);
    return m_timers.capacity_bytes() + record_bytes;  // the ready FIFO is intrusive: no memory of its own
}

void event_loop::append_event(const promise_base& root, event_kind kind, std::int64_t arg) {
    reserve_for_push(m_events);
    m_events.push_back(event{m_now, arg, root.m_record->id, kind});
}

std::optional<virtual_time> event_loop::next_event_time() const noexcept {
    if (m_blocked) return m_busy_until;
    if (!m_ready.empty()) return m_now;
    if (!m_timers.empty()) return std::max(m_timers.next_deadline(), m_now);
    return std::nullopt;
}

void event_loop::run_until(virtual_time t) {
    pump(t);
    if (m_now < t) m_now = t;
}

void event_loop::run_until_idle() { pump(end_of_time); }

bool event_loop::step_until(virtual_time limit) {
    if (m_blocked) return resume_blocked(limit);
    if (m_batch_left == 0 && !begin_iteration(limit)) return false;
    run_next();
    return true;
}

void event_loop::pump(virtual_time limit) {
    // Exactly the steps step_until(limit) would take one call at a time, with a whole ready batch per turn
    // of the outer loop (the loop state is re-checked only where a step could have changed it).
    for (;;) {
        if (m_blocked) {
            if (!resume_blocked(limit)) return;
            continue;
        }
        if (m_batch_left == 0 && !begin_iteration(limit)) return;
        do {
            run_next();
        } while (m_batch_left != 0 && !m_blocked);
    }
}

bool event_loop::resume_blocked(virtual_time limit) {
    // The blocked task is still inside its own step: it continues before anything else.
    if (m_busy_until > limit) return false;
    m_now = m_busy_until;
    promise_base& root = *std::exchange(m_blocked, nullptr);
    root.m_state = run_state::running;
    run(root);
    return true;
}

bool event_loop::begin_iteration(virtual_time limit) {
    // Start a loop iteration: jump to the next deadline if idle, move due timers, fix the batch.
    if (m_ready.empty()) {
        if (m_timers.empty() || m_timers.next_deadline() > limit) return false;
        if (m_timers.next_deadline() > m_now) m_now = m_timers.next_deadline();
    }
    while (!m_timers.empty() && m_timers.next_deadline() <= m_now) {
        // A whole deadline at once, in scheduling order; m_next is read before make_ready relinks the task.
        for (promise_base* root = m_timers.pop_earliest(); root;) {
            promise_base* next = root->m_next;
            root->m_bucket = detail::no_index;
            if (root->m_is_callback) {
                root->m_state = run_state::ready;
                m_ready.push(root);
            } else {
                make_ready(*root);
            }
            root = next;
        }
    }
    m_batch_left = m_ready.size();
    return true;
}

inline void event_loop::run_next() {
    --m_batch_left;
    promise_base& root = *m_ready.pop();
    if (root.m_is_callback) [[unlikely]] {
        auto& cb = static_cast<callback_node&>(root);
        const bool cancelled = std::exchange(cb.m_cancel_requested, false);
        cb.m_state = run_state::finished;
        cb.fn(cb, cancelled);
        return;
    }
    if (root.m_cancel_requested) {
        end_task(root, event_kind::cancelled);
        return;
    }
    record(root, event_kind::running);
    root.m_state = run_state::running;
    run(root);
}

inline void event_loop::run(promise_base& root) {
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

void event_loop::suspend_blocking(promise_base& root, virtual_duration d) {
    root.m_state = run_state::blocked;
    record(root, event_kind::blocking, d);
    m_blocked = &root;
    m_busy_until = later_by(m_now, d);
}

void event_loop::suspend_waiting(promise_base& root, detail::wait_hook* hook, std::int64_t arg) {
    root.m_state = run_state::waiting;
    root.m_wait = hook;
    record(root, event_kind::waiting, arg);
}

void event_loop::call_soon(callback_node& cb) {
    cb.m_is_callback = true;
    cb.m_cancel_requested = false;
    cb.m_state = run_state::ready;
    m_ready.push(&cb);
}

void event_loop::call_at(callback_node& cb, virtual_time deadline) {
    cb.m_is_callback = true;
    cb.m_cancel_requested = false;
    cb.m_state = run_state::sleeping;
    m_timers.push(cb, deadline);
}

void event_loop::cancel_callback(callback_node& cb) noexcept {
    if (cb.m_state == run_state::sleeping && cb.m_bucket != detail::no_index) {
        m_timers.remove(cb);
        cb.m_state = run_state::finished;
        cb.fn(cb, true);
    } else if (cb.m_state == run_state::ready) {
        cb.m_cancel_requested = true;  // the FIFO is singly linked: skipped when its turn comes
    }
}

void event_loop::suspend_parked(promise_base& root) {
    root.m_state = run_state::blocked;
    m_blocked = &root;
    m_busy_until = m_now;
}

void event_loop::suspend_waiting_as(promise_base& root, detail::wait_hook* hook, event_kind kind, std::int64_t arg) {
    root.m_state = run_state::waiting;
    root.m_wait = hook;
    record(root, kind, arg);
}

void event_loop::add_timeout(promise_base& root, virtual_time deadline) { m_timers.push(root, deadline); }

void event_loop::detach(promise_base& root) noexcept {
    if (root.m_bucket != detail::no_index) m_timers.remove(root);
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
    record(root, finished ? static_cast<event_kind>(root.m_end_kind) : how);
    while (detail::wait_node* joiner = root.m_joiners.head) {
        detail::unlink(*joiner);
        joiner->notify(joiner);
    }
    --m_live_count;
    if (!finished) {
        // Cancelled: unwind now (locals' destructors run, e.g. semaphore permits go back), even if
        // handles remain; they only need the record.
        r.promise = nullptr;
        root.m_continuation.destroy();
    }
    detail::release_ref(r);  // the loop's reference; a finished frame goes with the last one
}

}  // namespace looplab
