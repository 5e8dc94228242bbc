// coro_semaphore.cpp — FIFO hand-over of permits between tasks.
#include "coro_semaphore.h"

#include "task_state.h"

namespace looplab {

void semaphore::release() noexcept {
    if (detail::wait_node* first = m_waiters.head) {
        detail::unlink(*first);
        first->notify(first);  // the permit goes straight to the first waiter
    } else {
        ++m_available;
    }
}

namespace detail {

acquire_awaiter::~acquire_awaiter() {
    unlink(*this);
    if (m_granted && !m_taken) m_semaphore->release();
}

bool acquire_awaiter::await_ready() noexcept {
    if (m_semaphore->m_available > 0 && !m_semaphore->m_waiters.head) {
        --m_semaphore->m_available;
        m_granted = true;
        return true;
    }
    return false;
}

void acquire_awaiter::suspend(promise_base& root) {
    m_waiter = &root;
    wait_hook::detach = [](wait_hook* h) noexcept { unlink(static_cast<acquire_awaiter&>(*h)); };
    wait_node::notify = [](wait_node* n) noexcept {
        auto& self = static_cast<acquire_awaiter&>(*n);
        self.m_granted = true;
        self.m_waiter->loop().make_ready(*self.m_waiter);
    };
    link_back(m_semaphore->m_waiters, *this);
    root.loop().suspend_waiting(root, this, wait_arg(wait_target::semaphore));
}

}  // namespace detail
}  // namespace looplab
