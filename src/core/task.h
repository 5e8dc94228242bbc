// task.h — task<T>: a lazy, [[nodiscard]] coroutine, plus the promise bookkeeping the event loop uses.
//
// Usage:
//   looplab::task<int> answer() { co_await looplab::sleep_for(5 * looplab::milliseconds); co_return 42; }
//   looplab::task<void> outer() { int v = co_await answer(); (void)v; }   // awaiting runs the child inline
//   auto handle = loop.spawn(outer());                                   // see event_loop.h
//
// A task does nothing until it is awaited or spawned. Awaiting a task<T> runs it as part of the awaiting
// task (asyncio's `await coro()`); each hop between parent and child goes through the loop's trampoline,
// so long chains of synchronous completions never grow the native stack. Frames are destroyed exactly
// once: by the owning task<T> (children); for spawned tasks, by the loop when cancelled, or when both the
// loop and the last task_handle let go of a finished one (its frame holds the result).
// Errors are values: a coroutine body must not throw (core builds cleanly with -fno-exceptions).
#pragma once

#include "coro_compat.h"
#include "frame_pool.h"

#include <cstddef>
#include <cstdint>
#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

namespace looplab {

class event_loop;
template <class T> class task;

namespace detail {

// Where a spawned (root) task is in its life; children share their root's state.
enum class run_state : std::uint8_t { ready, running, sleeping, waiting, blocked, finished, cancelled };

struct wait_node;

// A circular doubly linked FIFO of wait_nodes (joiners of a task, waiters of a semaphore); one pointer.
struct wait_list {
    wait_node* head = nullptr;  // first waiter; head->prev is the last
};

// A registration of a suspended task on some wait_list; lives inside an awaiter in the task's frame.
struct wait_node {
    wait_node* prev = nullptr;  // previous node in the list
    wait_node* next = nullptr;  // next node in the list
    wait_list* list = nullptr;  // the list this node is on, or null
    void (*notify)(wait_node*) noexcept = nullptr;  // called (after unlinking) when the wait completes
};

// Appends a node to a list (FIFO).
inline void link_back(wait_list& list, wait_node& node) noexcept {
    node.list = &list;
    if (!list.head) {
        node.prev = node.next = &node;
        list.head = &node;
        return;
    }
    wait_node* last = list.head->prev;
    node.prev = last;
    node.next = list.head;
    last->next = &node;
    list.head->prev = &node;
}

// Removes a node from whatever list it is on; a no-op for an unlinked node.
inline void unlink(wait_node& node) noexcept {
    if (!node.list) return;
    if (node.next == &node) {
        node.list->head = nullptr;
    } else {
        node.prev->next = node.next;
        node.next->prev = node.prev;
        if (node.list->head == &node) node.list->head = node.next;
    }
    node.prev = node.next = nullptr;
    node.list = nullptr;
}

// An awaiter that registered a task somewhere other than the timer heap; detach() undoes that.
struct wait_hook {
    void (*detach)(wait_hook*) noexcept = nullptr;  // unregisters the waiting task
};

inline constexpr std::uint32_t no_index = 0xFFFF'FFFFu;

struct promise_base;

// Control block of a spawned task, pooled by its loop. It outlives the frame while handles or waiters
// refer to it: a cancelled task's frame is destroyed at once, a finished one's when the last reference
// goes (it holds the result).
struct task_record {
    union {
        promise_base* promise = nullptr;  // the frame's promise; null once the frame is destroyed
        task_record* next_free;  // while in the pool's free list
    };
    event_loop* loop = nullptr;  // the owning loop (its pool)
    std::uint32_t id = 0;  // task id, 1-based spawn order
    std::uint32_t refs = 0;  // handles and awaiters, plus one while the task is live
    run_state state = run_state::cancelled;  // ready while live, then finished or cancelled
};

// State shared by every task promise (72 bytes on 64-bit). Fields marked "root" are used only by
// spawned tasks; a child reaches its loop through its root. Frames come from the recycling frame_pool.
struct promise_base {
    promise_base* m_root = nullptr;  // the spawned task this frame runs in
    coro::coroutine_handle<> m_continuation{};  // child: the parent awaiting it
    coro::coroutine_handle<> m_resume{};  // root: the innermost frame to resume next
    wait_hook* m_wait = nullptr;  // root: registration to undo when woken or cancelled
    wait_list m_joiners{};  // root: tasks waiting for this one to end
    task_record* m_record = nullptr;  // root: control block shared with handles
    promise_base* m_next = nullptr;  // root: next in the ready FIFO or in its timer bucket
    promise_base* m_prev = nullptr;  // root: previous in its timer bucket
    std::uint32_t m_bucket = no_index;  // root: its timer bucket (timer_heap), or no_index
    run_state m_state = run_state::ready;  // root: life-cycle state
    bool m_cancel_requested = false;  // root: cancel() was called
    bool m_is_callback = false;  // root: a callback_node on the loop's queues, not a task (event_loop.h)
    std::uint8_t m_end_kind = 7;  // root: the event_kind recorded when it returns (7 = finished; 9 = failed, ...)

    static void* operator new(std::size_t size) { return allocate_frame(size); }  // a pooled frame
    static void operator delete(void* frame, std::size_t size) noexcept { deallocate_frame(frame, size); }

    event_loop& loop() const noexcept { return *m_root->m_record->loop; }  // the loop running this frame
    std::uint32_t id() const noexcept { return m_root->m_record->id; }  // the task id of this frame

    struct final_awaiter {
        bool await_ready() const noexcept { return false; }
        template <class P> void await_suspend(coro::coroutine_handle<P> self) const noexcept {
            promise_base& p = self.promise();
            if (p.m_root != &p) {
                p.m_root->m_resume = p.m_continuation;  // the loop's trampoline resumes the parent
            } else {
                p.m_state = run_state::finished;  // the loop notices after resume() returns
            }
        }
        void await_resume() const noexcept {}
    };

    coro::suspend_always initial_suspend() const noexcept { return {}; }
    final_awaiter final_suspend() const noexcept { return {}; }
    [[noreturn]] void unhandled_exception() const noexcept { std::terminate(); }  // errors are values
};

// Promise of task<T>: holds the result until the owner reads it.
template <class T> struct promise : promise_base {
    std::optional<T> m_value;  // set by co_return
    task<T> get_return_object() noexcept;
    template <class U> void return_value(U&& value) { m_value.emplace(std::forward<U>(value)); }
};

// Promise of task<void>.
template <> struct promise<void> : promise_base {
    task<void> get_return_object() noexcept;
    void return_void() const noexcept {}
};

}  // namespace detail

// A lazy coroutine producing a T. Move-only; owns its frame until spawned or finished being awaited.
template <class T = void> class [[nodiscard]] task {
public:
    using promise_type = detail::promise<T>;  // the coroutine promise
    using handle_type = coro::coroutine_handle<promise_type>;  // the frame handle

    task() noexcept = default;  // an empty task
    explicit task(handle_type h) noexcept : m_handle(h) {}  // adopts a frame
    task(task&& other) noexcept : m_handle(std::exchange(other.m_handle, {})) {}  // moves ownership
    task& operator=(task&& other) noexcept {  // moves ownership, destroying the old frame
        if (this != &other) {
            reset();
            m_handle = std::exchange(other.m_handle, {});
        }
        return *this;
    }
    task(const task&) = delete;
    task& operator=(const task&) = delete;
    ~task() { reset(); }  // destroys the frame if still owned

    bool valid() const noexcept { return static_cast<bool>(m_handle); }  // owns a frame
    handle_type release() noexcept { return std::exchange(m_handle, {}); }  // gives up ownership

    // Awaiting a task runs it to completion inside the awaiting task and yields its result.
    struct awaiter {
        handle_type m_child;
        bool await_ready() const noexcept { return !m_child || m_child.done(); }
        template <class P> void await_suspend(coro::coroutine_handle<P> parent) const noexcept {
            static_assert(std::is_base_of_v<detail::promise_base, P>, "await tasks from tasks only");
            detail::promise_base& pp = parent.promise();
            promise_type& cp = m_child.promise();
            cp.m_root = pp.m_root;
            cp.m_continuation = parent;
            pp.m_root->m_resume = m_child;  // trampoline: started right after the parent suspends
        }
        T await_resume() const {
            if constexpr (!std::is_void_v<T>) return std::move(*m_child.promise().m_value);
        }
    };
    awaiter operator co_await() && noexcept { return awaiter{m_handle}; }  // co_await child()

private:
    void reset() noexcept {
        if (m_handle) std::exchange(m_handle, {}).destroy();
    }
    handle_type m_handle{};
};

namespace detail {
template <class T> task<T> promise<T>::get_return_object() noexcept {
    return task<T>{coro::coroutine_handle<promise<T>>::from_promise(*this)};
}
inline task<void> promise<void>::get_return_object() noexcept {
    return task<void>{coro::coroutine_handle<promise<void>>::from_promise(*this)};
}
}  // namespace detail

}  // namespace looplab
