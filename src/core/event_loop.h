// event_loop.h — the cooperative scheduler: a virtual clock, a FIFO ready queue and a timer heap,
// pumped by its caller (it owns no thread and never reads the wall clock).
//
// Usage:
//   looplab::event_loop loop;                                      // events recorded by default
//   auto h = loop.spawn(my_task(loop));                            // queued as ready, runs on the next pump
//   loop.run_until(16'667);                                        // one 16.667 ms frame of virtual time
//   loop.run_until_idle();                                         // or: run everything that is left
//   if (h.finished()) use(h.result());
//
// Ordering rules (asyncio's, and tested):
//   * The ready queue is FIFO. One loop iteration first moves every due timer to the back of the ready
//     queue, then runs exactly the tasks that were ready at its start; tasks made ready meanwhile wait
//     for the next iteration. So sleep(0) / yield_now() resumes after everything ready now ran once.
//   * Timers are ordered by (deadline, scheduling order): equal deadlines resume in the order they were
//     scheduled. A task that sleeps d at loop time t resumes at exactly t + d (unless a blocking task
//     holds the loop past that; it then resumes as soon as the loop is free, still in deadline order).
//   * The clock moves only inside run_until / advance / step, jumping straight to the next deadline.
//     Each timer fires stamped with its own deadline, so one big step and many small steps produce
//     identical event streams.
//   * Running costs no virtual time; only block_for does. A blocking step holds the loop for its
//     duration: nothing else runs meanwhile. (So a task that only ever yields keeps the clock still.)
//   * Cancellation is delivered at the task's next suspension point: a suspended task is queued and,
//     when its turn comes, its frame is destroyed (locals' destructors run; it cannot be intercepted).
#pragma once

#include "event.h"
#include "run_sized_vector.h"
#include "task.h"
#include "timer_heap.h"

#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace looplab {

namespace detail {
struct join_awaiter;
inline void add_ref(task_record& r) noexcept { ++r.refs; }
inline void release_ref(task_record& r) noexcept;  // defined after event_loop
}  // namespace detail

// The latest representable virtual time ("no limit").
inline constexpr virtual_time end_of_time = std::numeric_limits<virtual_time>::max();

// t + d for d >= 0, saturated at end_of_time: a deadline or a held clock never wraps around.
constexpr virtual_time later_by(virtual_time t, virtual_duration d) noexcept {
    if (d <= 0) return t;
    return d > end_of_time - t ? end_of_time : t + d;
}

// A shared reference to a spawned task: query, cancel, await, read the result.
// Handles must be destroyed before their event_loop.
template <class T> class task_handle {
public:
    task_handle() noexcept = default;  // refers to nothing
    explicit task_handle(detail::task_record* adopted) noexcept : m_record(adopted) {}  // adopts a reference
    task_handle(const task_handle& o) noexcept : m_record(o.m_record) {
        if (m_record) detail::add_ref(*m_record);
    }  // shares
    task_handle(task_handle&& o) noexcept : m_record(std::exchange(o.m_record, nullptr)) {}  // moves
    task_handle& operator=(task_handle o) noexcept {
        std::swap(m_record, o.m_record);
        return *this;
    }  // copy/move-assigns
    ~task_handle() {
        if (m_record) detail::release_ref(*m_record);
    }  // lets go

    bool valid() const noexcept { return m_record != nullptr; }  // refers to a task
    std::uint32_t id() const noexcept { return m_record->id; }  // 1-based spawn order
    bool finished() const noexcept { return m_record->state == detail::run_state::finished; }  // returned
    bool cancelled() const noexcept { return m_record->state == detail::run_state::cancelled; }  // was cancelled
    bool done() const noexcept { return finished() || cancelled(); }  // finished or cancelled
    void cancel() const noexcept;  // requests cancellation; delivered at the task's next suspension point
    detail::join_awaiter join() const noexcept;  // co_await h.join() -> true if finished, false if cancelled

    // The task's result; only valid when finished().
    template <class U = T>
    requires(!std::is_void_v<U>) U& result() const noexcept {
        return *static_cast<detail::promise<T>*>(m_record->promise)->m_value;
    }

    detail::task_record* record() const noexcept { return m_record; }  // the control block (for wait_all etc.)

private:
    detail::task_record* m_record = nullptr;
};

// A callback on the loop's queues (asyncio's Handle): it shares the ready FIFO and the timer buckets with tasks,
// so call_soon callbacks and task steps interleave exactly as in asyncio. The owner keeps it alive until fn has
// been called (fn is called once per scheduling: with cancelled = true if cancel_callback came first).
struct callback_node : detail::promise_base {
    void (*fn)(callback_node& self, bool cancelled) noexcept = nullptr;  // what to run
    bool pending() const noexcept {
        return m_state == detail::run_state::ready || m_state == detail::run_state::sleeping;
    }
};

// Construction options of an event_loop.
struct loop_options {
    bool record_events = true;  // keep the event stream (switch off for benchmarks)
    std::size_t reserve_events = 0;  // events to reserve up front
};

// The scheduler. Not copyable or movable: tasks point at it.
class event_loop {
public:
    explicit event_loop(loop_options options = {});  // an empty loop at virtual time 0
    ~event_loop();  // destroys the frames of unfinished tasks (no events are recorded for them)
    event_loop(const event_loop&) = delete;
    event_loop& operator=(const event_loop&) = delete;

    // Spawns a task (asyncio.create_task): it gets the next id and runs when the loop gets to it.
    template <class T> task_handle<T> spawn(task<T> t);

    virtual_time now() const noexcept { return m_now; }  // the virtual clock
    void run_until(virtual_time t);  // runs everything due up to t, then sets the clock to t
    void advance(virtual_duration dt) { run_until(later_by(m_now, dt)); }  // run_until(now() + dt)
    void run_until_idle();  // runs until nothing is ready, sleeping or blocking
    bool step() { return step_until(end_of_time); }  // advances to and processes exactly the next scheduler event
    bool step_until(virtual_time limit);  // step(), unless the next event lies after limit; false if none ran
    std::optional<virtual_time> next_event_time() const noexcept;  // when step() would act, if ever
    bool idle() const noexcept { return !next_event_time().has_value(); }  // nothing left to do

    std::span<const event> events() const noexcept { return m_events; }  // the event stream so far
    void clear_events() noexcept { m_events.clear(); }  // forgets the stream (keeps capacity)
    void set_recording(bool on) noexcept { m_recording = on; }  // switches recording on or off
    std::size_t live_task_count() const noexcept { return m_live_count; }  // spawned, not yet ended
    std::uint32_t spawned_count() const noexcept { return m_last_id; }  // tasks spawned so far
    std::size_t bookkeeping_bytes() const noexcept;  // capacity of the loop's own containers (no events)

    // -- callbacks and outside actors (LoopLab Python's asyncio) --
    void call_soon(callback_node& cb);  // queues cb at the back of the ready FIFO (not pending already)
    void call_at(callback_node& cb, virtual_time deadline);  // a timer: cb joins the ready FIFO at deadline
    void cancel_callback(callback_node& cb) noexcept;  // a timer: removed and fn(cb, true) now; ready: skipped
    void hold(virtual_duration d) noexcept { m_now = later_by(m_now, d); }  // running code blocks the loop for d
    void record_event(std::uint32_t task, event_kind kind, std::int64_t arg = 0) {  // an event for task (0 = main)
        if (!m_recording) return;
        reserve_for_push(m_events);
        m_events.push_back(event{m_now, arg, task, kind});
    }
    bool mid_iteration() const noexcept { return m_batch_left != 0 || m_blocked; }  // inside a loop iteration
    void suspend_parked(detail::promise_base& root);  // pauses the running task (slice over); resumes it first
    void suspend_waiting_as(detail::promise_base& root, detail::wait_hook* hook, event_kind kind,
                            std::int64_t arg);  // as suspend_waiting, recording kind (e.g. sleeping) instead

    // -- used by awaitables (sleep_for, semaphore, ...), not by application code --
    void suspend_sleeping(detail::promise_base& root, virtual_time deadline);  // timer registration
    void suspend_yielded(detail::promise_base& root);  // sleep(0)
    void suspend_blocking(detail::promise_base& root, virtual_duration d);  // holds the loop for d
    void suspend_waiting(detail::promise_base& root, detail::wait_hook* hook, std::int64_t arg);  // waits (event arg)
    void add_timeout(detail::promise_base& root, virtual_time deadline);  // extra timer for a waiting task
    void make_ready(detail::promise_base& root);  // wakes a sleeping/waiting task (detaches it first)
    void cancel(detail::promise_base& root) noexcept;  // see task_handle::cancel
    void free_record(detail::task_record& r) noexcept;  // the last reference went: frame and record go

private:
    void record(const detail::promise_base& root, event_kind kind, std::int64_t arg = 0) {
        if (m_recording) append_event(root, kind, arg);
    }
    void append_event(const detail::promise_base& root, event_kind kind, std::int64_t arg);
    void adopt(detail::promise_base& root, coro::coroutine_handle<> frame);
    void pump(virtual_time limit);
    bool resume_blocked(virtual_time limit);
    bool begin_iteration(virtual_time limit);
    void run_next();
    void run(detail::promise_base& root);
    void after_run(detail::promise_base& root);
    void detach(detail::promise_base& root) noexcept;
    void end_task(detail::promise_base& root, event_kind how);
    detail::task_record& new_record();

    virtual_time m_now = 0;
    detail::ready_queue m_ready;
    detail::timer_heap m_timers;
    std::size_t m_batch_left = 0;  // tasks left in the current loop iteration
    detail::promise_base* m_blocked = nullptr;  // the task holding the loop, if any
    virtual_time m_busy_until = 0;  // when m_blocked lets go
    std::vector<event> m_events;
    std::vector<std::unique_ptr<detail::task_record[]>> m_record_chunks;  // pool storage
    std::vector<std::size_t> m_chunk_sizes;  // records per chunk
    detail::task_record* m_free_records = nullptr;  // pool free list
    std::size_t m_live_count = 0;  // spawned, not yet ended
    std::uint32_t m_last_id = 0;
    bool m_recording = true;
};

// The two suspensions on the switch path, inline so that an awaiter's await_suspend compiles to a few stores.
inline void event_loop::suspend_sleeping(detail::promise_base& root, virtual_time deadline) {
    root.m_state = detail::run_state::sleeping;
    record(root, event_kind::sleeping, deadline);
    m_timers.push(root, deadline);
}

inline void event_loop::suspend_yielded(detail::promise_base& root) {
    root.m_state = detail::run_state::ready;
    record(root, event_kind::yielded);
    m_ready.push(&root);
}

template <class T> task_handle<T> event_loop::spawn(task<T> t) {
    auto frame = t.release();
    adopt(frame.promise(), frame);
    return task_handle<T>{frame.promise().m_record};
}

template <class T> void task_handle<T>::cancel() const noexcept {
    if (m_record->promise && m_record->state == detail::run_state::ready) m_record->loop->cancel(*m_record->promise);
}

namespace detail {
inline void release_ref(task_record& r) noexcept {
    if (--r.refs == 0) r.loop->free_record(r);
}

inline bool has_ended(const task_record& r) noexcept { return r.state != run_state::ready; }

// Awaiter of task_handle::join(): waits for the task to end; true if it finished, false if cancelled.
struct join_awaiter : wait_hook, wait_node {
    task_record* m_target = nullptr;
    promise_base* m_waiter = nullptr;

    explicit join_awaiter(task_record* target) noexcept : m_target(target) { add_ref(*target); }
    join_awaiter(const join_awaiter&) = delete;
    join_awaiter& operator=(const join_awaiter&) = delete;
    ~join_awaiter() { release_ref(*m_target); }
    bool await_ready() const noexcept { return has_ended(*m_target); }
    template <class P> void await_suspend(coro::coroutine_handle<P> self) noexcept {
        m_waiter = self.promise().m_root;
        m_waiter->m_resume = self;
        wait_node::notify = [](wait_node* n) noexcept {
            auto& a = static_cast<join_awaiter&>(*n);
            a.m_waiter->loop().make_ready(*a.m_waiter);
        };
        wait_hook::detach = [](wait_hook* h) noexcept { unlink(static_cast<join_awaiter&>(*h)); };
        link_back(m_target->promise->m_joiners, *this);
        m_waiter->loop().suspend_waiting(*m_waiter, this, m_target->id);
    }
    bool await_resume() const noexcept { return m_target->state == run_state::finished; }
};
}  // namespace detail

template <class T> detail::join_awaiter task_handle<T>::join() const noexcept { return detail::join_awaiter{m_record}; }

}  // namespace looplab
