// module_asyncio_task_step.cpp — the Task driver: one core task per Python Task, each step of its coroutine (a
// call_soon callback of core's loop), what it waits on between steps, and how it finishes.
#include "python/module_asyncio.h"

#include "core/awaitables.h"
#include "core/task_state.h"
#include "python/vm_internal.h"

namespace looplab::python {

namespace {
// The slice ended inside the task's step: the loop resumes it before anything else.
struct park_awaiter {
    bool await_ready() const noexcept { return false; }
    template <class P> void await_suspend(coro::coroutine_handle<P> h) const {
        detail::promise_base& root = *h.promise().m_root;
        root.m_resume = h;
        root.loop().suspend_parked(root);
    }
    void await_resume() const noexcept {}
};

void no_detach(detail::wait_hook*) noexcept {}
detail::wait_hook g_no_hook{no_detach};

// Waiting on a future (or a sleep timer): woken by make_ready.
struct wait_awaiter {
    event_kind kind;
    std::int64_t arg;
    bool await_ready() const noexcept { return false; }
    template <class P> void await_suspend(coro::coroutine_handle<P> h) const {
        detail::promise_base& root = *h.promise().m_root;
        root.m_resume = h;
        root.loop().suspend_waiting_as(root, &g_no_hook, kind, arg);
    }
    void await_resume() const noexcept {}
};

enum class step_outcome : std::uint8_t { parked, yielded, waiting, done };

struct wait_info {
    event_kind kind = event_kind::waiting;
    std::int64_t arg = 0;
};

void on_sleep_timer(callback_node& n, bool cancelled) noexcept {
    auto& t = *static_cast<task_object::timer_t&>(n).owner;
    t.sleeping = false;
    if (cancelled || !t.root) return;
    t.root->loop().make_ready(*t.root);
}

step_outcome task_step(vm& m, task_object& t, wait_info& w);

// The wait a function of LoopLab's asyncio stands for, by its qualified name (unknown: not a wait of its own).
wait_target library_wait_target(std::string_view qualname) {
    static constexpr struct {
        std::string_view qualname;
        wait_target target;
    } table[] = {{"Lock.acquire", wait_target::lock},
                 {"Semaphore.acquire", wait_target::semaphore},
                 {"Event.wait", wait_target::event},
                 {"Condition.wait", wait_target::condition},
                 {"Condition.wait_for", wait_target::condition},
                 {"Queue.get", wait_target::queue_get},
                 {"Queue.put", wait_target::queue_put},
                 {"Queue.join", wait_target::queue_join},
                 {"wait", wait_target::wait},
                 {"wait_for", wait_target::wait_for},
                 {"TaskGroup.__aexit__", wait_target::task_group},
                 {"as_completed.<locals>._wait_for_one", wait_target::as_completed}};
    for (const auto& row : table)
        if (row.qualname == qualname) return row.target;
    return wait_target::unknown;
}

// What task t waits on when it suspends on future f (not a Task): the outermost function of LoopLab's asyncio in
// its await chain that names a wait (`async with lock` -> __aenter__ -> Lock.acquire says lock), else gather for a
// gathering future, else a bare Future. Read once per suspension; costs nothing per event.
wait_target awaited_target(const task_object& t, const future_object& f) {
    if (f.gather) return wait_target::gather;
    // Each frame suspended in `await` keeps the awaited coroutine on top of its stack (throw_into relies on it).
    const frame* fr = t.coro.as<generator_object>()->f;
    for (int depth = 0; fr && depth < 256; ++depth) {
        if (fr->code->library) {
            const wait_target w = library_wait_target(fr->code->qualname);
            if (w != wait_target::unknown) return w;
        }
        if (fr->stack.empty() || !fr->stack.back().is(kind::generator)) break;
        fr = fr->stack.back().as<generator_object>()->f;
    }
    return wait_target::future;
}

looplab::task<void> drive(vm* m, task_object* t) {
    for (;;) {  // t->root was set by create_task from the spawned task's record
        wait_info w;
        const step_outcome o = task_step(*m, *t, w);
        if (o == step_outcome::done) break;
        if (o == step_outcome::parked) {
            co_await park_awaiter{};
        } else if (o == step_outcome::yielded) {
            co_await looplab::yield_now();
        } else {
            co_await wait_awaiter{w.kind, w.arg};
        }
    }
    t->root = nullptr;
    value keep = std::move(t->self_ref);  // the task object may go with its last reference after this
    --m->aio->live_tasks;
}

void finish_task(vm& m, task_object& t, exec_status s) {
    if (s == exec_status::returned) {
        future_set_result(m, &t, std::move(m.result));
        t.root->m_end_kind = static_cast<std::uint8_t>(event_kind::finished);
        return;
    }
    value exc = m.take_pending();
    if (exc.is(kind::exception) && m.type_of(exc)->is_subtype_of(m.t_cancelled_error)) {
        t.state = fut_state::cancelled;
        t.exception = exc;
        t.cancel_message = value::none();  // as CPython's Future.cancel() without a message, after the coroutine's
        future_schedule_callbacks(m, &t);
        t.root->m_end_kind = static_cast<std::uint8_t>(event_kind::cancelled);
        return;
    }
    future_set_exception(m, &t, exc);
    t.log_traceback = true;
    t.root->m_end_kind = static_cast<std::uint8_t>(event_kind::failed);
}

step_outcome task_step_inner(vm& m, task_object& t, wait_info& w);

// One step, then asyncio's debug-mode warning when the step held the loop too long (a blocking call). A step that
// a slice's end parked is timed from where it began, so the warning does not depend on the slice size.
step_outcome task_step(vm& m, task_object& t, wait_info& w) {
    if (!t.parked) t.step_start = m.loop.now();
    const virtual_time start = t.step_start;
    const step_outcome o = task_step_inner(m, t, w);
    if (o != step_outcome::parked && m.loop.now() - start >= m.cfg.slow_callback) {
        char buf[64];
        std::snprintf(buf, sizeof buf, " took %.3f seconds", static_cast<double>(m.loop.now() - start) / 1e6);
        m.warn("Executing " + task_repr(m, &t) + buf, warning_kind::slow_step, t.core_id);
    }
    return o;
}

step_outcome task_step_inner(vm& m, task_object& t, wait_info& w) {
    if (m.cfg.record_events) m.record_event_lines();  // every task is where its events left it
    m.current_task = &t;
    m.current_task_id = t.core_id;
    auto* g = t.coro.as<generator_object>();
    exec_status s;
    if (t.parked) {
        t.parked = false;
        s = m.execute(t.th, true);
    } else {
        value thr;
        if (!t.pending_throw.is_none()) {
            thr = std::move(t.pending_throw);
            t.pending_throw = value::none();
        } else if (t.must_cancel) {
            t.must_cancel = false;
            thr = m.make_exception(m.t_cancelled_error, "");
            if (!t.cancel_message.is_none()) thr.as<exception_object>()->args = m.new_tuple({t.cancel_message});
        }
        t.fut_waiter = value::none();
        if (!t.started) {
            t.started = true;
            g->awaited = true;
            if (g->state != gen_state::created || !g->f) {
                m.raise(m.t_runtime_error, "cannot reuse already awaited coroutine");
                s = exec_status::error;
            } else if (!thr.is_none()) {
                g->state = gen_state::closed;
                m.pending = thr;
                s = exec_status::error;
            } else {
                g->state = gen_state::running;
                g->f->how = entry::root;
                g->f->back = nullptr;
                t.th.top = g->f;
                t.th.depth = 1;
                t.th.task = &t;
                s = m.execute(t.th, true);
            }
        } else if (!thr.is_none()) {
            g->state = gen_state::running;
            s = throw_into(m, t.th, thr, true);
        } else {
            g->state = gen_state::running;
            t.th.top->stack.push_back(value::none());
            s = m.execute(t.th, true);
        }
    }
    m.current_task = nullptr;
    m.current_task_id = 0;
    if (s == exec_status::returned || s == exec_status::error || s == exec_status::aborted) t.th.top = nullptr;
    switch (s) {
        case exec_status::parked:
            t.parked = true;
            return step_outcome::parked;
        case exec_status::returned:
        case exec_status::error:
            if (s == exec_status::error && m.aborted) return step_outcome::done;
            finish_task(m, t, s);
            return step_outcome::done;
        case exec_status::aborted:
        case exec_status::suspend_main:
            return step_outcome::done;
        case exec_status::yielded:
            break;
    }
    value y = std::move(m.result);
    if (y.is_none()) return step_outcome::yielded;
    if (y.is(kind::asyncio) && y.as<aio_object>()->what == aio_kind::sleep) {
        auto* sl = y.as<sleep_object>();
        if (t.must_cancel || sl->delay <= 0) return step_outcome::yielded;
        const virtual_time deadline = later_by(m.loop.now(), sl->delay);
        t.sleep_timer.fn = on_sleep_timer;
        t.sleeping = true;
        m.loop.call_at(t.sleep_timer, deadline);
        w.kind = event_kind::sleeping;
        w.arg = deadline;
        return step_outcome::waiting;
    }
    if (y.is(kind::asyncio) &&
        (y.as<aio_object>()->what == aio_kind::future || y.as<aio_object>()->what == aio_kind::task)) {
        auto* f = y.as<future_object>();
        if (f == &t) {
            t.pending_throw = m.make_exception(m.t_runtime_error, "Task cannot await on itself: " + task_repr(m, &t));
            return step_outcome::yielded;
        }
        if (f->done()) return step_outcome::yielded;
        future_object::callback cb;
        cb.target = value::from_obj(&t);
        cb.wakes = true;
        f->callbacks.push_back(std::move(cb));
        t.fut_waiter = y;
        if (t.must_cancel) {
            if (f->what == aio_kind::task ? task_cancel(m, static_cast<task_object*>(f), t.cancel_message)
                                          : future_cancel(m, f, t.cancel_message))
                t.must_cancel = false;
        }
        w.kind = event_kind::waiting;
        w.arg = f->what == aio_kind::task ? static_cast<task_object*>(f)->core_id : wait_arg(awaited_target(t, *f));
        return step_outcome::waiting;
    }
    std::string r;
    m.repr_of(y, r);
    t.pending_throw = m.make_exception(m.t_runtime_error, "Task got bad yield: " + r);
    return step_outcome::yielded;
}
}  // namespace

void spawn_task_driver(vm& m, task_object* t) {
    auto h = m.loop.spawn(drive(&m, t));
    t->core_id = h.id();
    t->root = h.record()->promise;  // the loop keeps its own reference while the task lives
}

}  // namespace looplab::python
