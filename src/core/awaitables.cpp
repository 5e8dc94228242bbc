// awaitables.cpp — the multi-task waits (wait_all, wait_first) and wait_for's timeout.
#include "awaitables.h"

#include "task_state.h"

namespace looplab::detail {

multi_wait_awaiter::multi_wait_awaiter(std::vector<task_record*> targets, bool first) noexcept
    : m_targets(std::move(targets)), m_wait_first(first) {
    for (task_record* t : m_targets) add_ref(*t);
}

multi_wait_awaiter::~multi_wait_awaiter() {
    for (node& n : m_nodes) unlink(n);  // only matters if the waiting frame is destroyed mid-wait
    for (task_record* t : m_targets) release_ref(*t);
}

bool multi_wait_awaiter::await_ready() noexcept {
    m_remaining = 0;
    for (std::size_t i = 0; i < m_targets.size(); ++i) {
        if (has_ended(*m_targets[i])) {
            if (m_first == none) m_first = i;
        } else {
            ++m_remaining;
        }
    }
    return m_remaining == 0 || (m_wait_first && m_first != none) || m_targets.empty();
}

void multi_wait_awaiter::suspend(promise_base& root) {
    m_waiter = &root;
    wait_hook::detach = &on_detach;
    m_nodes.resize(m_targets.size());
    for (std::size_t i = 0; i < m_targets.size(); ++i) {
        if (has_ended(*m_targets[i])) continue;
        node& n = m_nodes[i];
        n.owner = this;
        n.index = i;
        n.notify = &on_done;
        link_back(m_targets[i]->promise->m_joiners, n);
    }
    root.loop().suspend_waiting(root, this, wait_arg(wait_target::gather));
}

void multi_wait_awaiter::on_done(wait_node* n) noexcept {
    node& done = static_cast<node&>(*n);
    multi_wait_awaiter* self = done.owner;
    if (self->m_first == none) self->m_first = done.index;
    if (--self->m_remaining == 0 || self->m_wait_first) self->m_waiter->loop().make_ready(*self->m_waiter);
}

void multi_wait_awaiter::on_detach(wait_hook* h) noexcept {
    for (node& n : static_cast<multi_wait_awaiter&>(*h).m_nodes) unlink(n);
}

timeout_awaiter::timeout_awaiter(task_record* target, virtual_duration timeout) noexcept
    : m_target(target), m_timeout(timeout) {
    add_ref(*target);
}

timeout_awaiter::~timeout_awaiter() { release_ref(*m_target); }

bool timeout_awaiter::await_ready() const noexcept { return has_ended(*m_target) || m_timeout <= 0; }

void timeout_awaiter::suspend(promise_base& root) {
    m_waiter = &root;
    wait_hook::detach = [](wait_hook* h) noexcept { unlink(static_cast<timeout_awaiter&>(*h)); };
    wait_node::notify = [](wait_node* n) noexcept {
        auto& self = static_cast<timeout_awaiter&>(*n);
        self.m_waiter->loop().make_ready(*self.m_waiter);
    };
    link_back(m_target->promise->m_joiners, *this);
    root.loop().suspend_waiting(root, this, m_target->id);
    root.loop().add_timeout(root, later_by(root.loop().now(), m_timeout));
}

bool timeout_awaiter::await_resume() const noexcept {
    if (has_ended(*m_target)) return m_target->state == run_state::finished;
    m_target->loop->cancel(*m_target->promise);  // timed out
    return false;
}

}  // namespace looplab::detail
