// coro_semaphore.h — asyncio.Semaphore for looplab tasks: at most k holders, FIFO-fair hand-over.
//
// Usage:
//   looplab::semaphore limit{3};
//   looplab::task<void> worker() {
//       looplab::semaphore_permit permit = co_await limit.acquire();  // released when permit dies
//       co_await looplab::sleep_for(1 * looplab::milliseconds);
//   }
#pragma once

#include "event_loop.h"

#include <cstdint>
#include <utility>

namespace looplab {

class semaphore;

// One held permit; returns it to its semaphore when destroyed (also when the task is cancelled).
class [[nodiscard]] semaphore_permit {
public:
    semaphore_permit() noexcept = default;  // holds nothing
    explicit semaphore_permit(semaphore* s) noexcept : m_semaphore(s) {}  // adopts one permit
    semaphore_permit(semaphore_permit&& o) noexcept : m_semaphore(std::exchange(o.m_semaphore, nullptr)) {}  // moves
    semaphore_permit& operator=(semaphore_permit&& o) noexcept {  // moves, releasing the old permit
        if (this != &o) {
            release();
            m_semaphore = std::exchange(o.m_semaphore, nullptr);
        }
        return *this;
    }
    ~semaphore_permit() { release(); }  // releases
    void release() noexcept;  // returns the permit early
    bool held() const noexcept { return m_semaphore != nullptr; }  // still holds a permit

private:
    semaphore* m_semaphore = nullptr;
};

namespace detail {
// Awaiter of semaphore::acquire().
class acquire_awaiter : public wait_hook, public wait_node {
public:
    explicit acquire_awaiter(semaphore* s) noexcept : m_semaphore(s) {}
    acquire_awaiter(const acquire_awaiter&) = delete;
    acquire_awaiter& operator=(const acquire_awaiter&) = delete;
    ~acquire_awaiter();  // hands back a permit granted to a task cancelled before it resumed
    bool await_ready() noexcept;
    template <class P> void await_suspend(coro::coroutine_handle<P> self) {
        promise_base& root = *self.promise().m_root;
        root.m_resume = self;
        suspend(root);
    }
    semaphore_permit await_resume() noexcept {
        m_taken = true;
        return semaphore_permit{m_semaphore};
    }

private:
    void suspend(promise_base& root);
    semaphore* m_semaphore;
    promise_base* m_waiter = nullptr;
    bool m_granted = false;
    bool m_taken = false;
};
}  // namespace detail

// A counting semaphore. A task that finds no permit, or finds others already waiting, queues (FIFO);
// release() hands the permit straight to the first waiter, which resumes on the next loop iteration.
class semaphore {
public:
    explicit semaphore(std::uint32_t permits) noexcept : m_available(permits) {}  // k free permits
    semaphore(const semaphore&) = delete;
    semaphore& operator=(const semaphore&) = delete;

    detail::acquire_awaiter acquire() noexcept { return detail::acquire_awaiter{this}; }  // co_await -> permit
    void release() noexcept;  // returns a permit (prefer letting semaphore_permit do it)
    std::uint32_t available() const noexcept { return m_available; }  // free permits
    bool has_waiters() const noexcept { return m_waiters.head != nullptr; }  // tasks queued

private:
    friend class detail::acquire_awaiter;
    std::uint32_t m_available;
    detail::wait_list m_waiters;
};

inline void semaphore_permit::release() noexcept {
    if (m_semaphore) std::exchange(m_semaphore, nullptr)->release();
}

}  // namespace looplab
