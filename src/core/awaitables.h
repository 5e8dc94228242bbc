// awaitables.h — what a task can co_await: sleep_for, yield_now, block_for, wait_all, wait_first, wait_for.
//
// Usage (inside a task<...> running on an event_loop):
//   co_await looplab::sleep_for(2 * looplab::milliseconds);   // asyncio.sleep(0.002)
//   co_await looplab::yield_now();                            // asyncio.sleep(0)
//   co_await looplab::block_for(5 * looplab::milliseconds);   // time.sleep(0.005) inside a coroutine
//   co_await looplab::wait_all(std::span{handles});           // asyncio.gather / wait(ALL_COMPLETED)
//   std::size_t i = co_await looplab::wait_first(std::span{handles});  // wait(FIRST_COMPLETED)
//   bool in_time = co_await looplab::wait_for(h, 10 * looplab::milliseconds);  // cancels h on timeout
#pragma once

#include "event_loop.h"

#include <cstddef>
#include <span>
#include <vector>

namespace looplab {

namespace detail {
// Awaiter of sleep_for / yield_now.
struct sleep_awaiter {
    virtual_duration m_duration;
    bool await_ready() const noexcept { return false; }
    template <class P> void await_suspend(coro::coroutine_handle<P> self) const {
        promise_base& root = *self.promise().m_root;
        root.m_resume = self;
        event_loop& loop = root.loop();
        if (m_duration <= 0)
            loop.suspend_yielded(root);
        else
            loop.suspend_sleeping(root, later_by(loop.now(), m_duration));
    }
    void await_resume() const noexcept {}
};

// Awaiter of block_for.
struct block_awaiter {
    virtual_duration m_duration;
    bool await_ready() const noexcept { return m_duration <= 0; }
    template <class P> void await_suspend(coro::coroutine_handle<P> self) const {
        promise_base& root = *self.promise().m_root;
        root.m_resume = self;
        root.loop().suspend_blocking(root, m_duration);
    }
    void await_resume() const noexcept {}
};

// Awaiter of wait_all / wait_first: one wait_node per awaited task.
class multi_wait_awaiter : public wait_hook {
public:
    static constexpr std::size_t none = static_cast<std::size_t>(-1);
    multi_wait_awaiter(std::vector<task_record*> targets, bool first) noexcept;
    multi_wait_awaiter(const multi_wait_awaiter&) = delete;
    multi_wait_awaiter& operator=(const multi_wait_awaiter&) = delete;
    ~multi_wait_awaiter();
    bool await_ready() noexcept;
    template <class P> void await_suspend(coro::coroutine_handle<P> self) {
        promise_base& root = *self.promise().m_root;
        root.m_resume = self;
        suspend(root);
    }
    std::size_t await_resume() const noexcept { return m_first; }

private:
    struct node : wait_node {
        multi_wait_awaiter* owner = nullptr;
        std::size_t index = 0;
    };
    void suspend(promise_base& root);
    static void on_done(wait_node* n) noexcept;
    static void on_detach(wait_hook* h) noexcept;

    std::vector<task_record*> m_targets;
    std::vector<node> m_nodes;
    promise_base* m_waiter = nullptr;
    std::size_t m_remaining = 0;
    std::size_t m_first = none;
    bool m_wait_first = false;
};

// Awaiter of wait_for: a join with a timer; on timeout the target is cancelled.
class timeout_awaiter : public wait_hook, public wait_node {
public:
    timeout_awaiter(task_record* target, virtual_duration timeout) noexcept;
    timeout_awaiter(const timeout_awaiter&) = delete;
    timeout_awaiter& operator=(const timeout_awaiter&) = delete;
    ~timeout_awaiter();
    bool await_ready() const noexcept;
    template <class P> void await_suspend(coro::coroutine_handle<P> self) {
        promise_base& root = *self.promise().m_root;
        root.m_resume = self;
        suspend(root);
    }
    bool await_resume() const noexcept;

private:
    void suspend(promise_base& root);
    task_record* m_target;
    promise_base* m_waiter = nullptr;
    virtual_duration m_timeout;
};

}  // namespace detail

// Suspends for d of virtual time (asyncio.sleep(d)); d <= 0 behaves as yield_now().
inline detail::sleep_awaiter sleep_for(virtual_duration d) noexcept { return {d}; }

// Requeues the task behind everything that is ready now (asyncio.sleep(0)).
inline detail::sleep_awaiter yield_now() noexcept { return {0}; }

// Holds the loop for d without yielding (time.sleep inside a coroutine): every other task stalls.
inline detail::block_awaiter block_for(virtual_duration d) noexcept { return {d}; }

// Waits until every task in handles has ended (finished or cancelled); co_await yields nothing useful.
template <class T> detail::multi_wait_awaiter wait_all(std::span<const task_handle<T>> handles) {
    std::vector<detail::task_record*> targets;
    targets.reserve(handles.size());
    for (const auto& h : handles) targets.push_back(h.record());
    return detail::multi_wait_awaiter{std::move(targets), false};
}

// Waits until the first of handles ends; co_await yields its index (the lowest, if several already have).
template <class T> detail::multi_wait_awaiter wait_first(std::span<const task_handle<T>> handles) {
    std::vector<detail::task_record*> targets;
    targets.reserve(handles.size());
    for (const auto& h : handles) targets.push_back(h.record());
    return detail::multi_wait_awaiter{std::move(targets), true};
}

// Waits for h to end, at most timeout; co_await yields true if it finished in time. On timeout h is
// cancelled (delivered at its next suspension point) and false is returned (asyncio.wait_for).
template <class T> detail::timeout_awaiter wait_for(const task_handle<T>& h, virtual_duration timeout) noexcept {
    return detail::timeout_awaiter{h.record(), timeout};
}

}  // namespace looplab
