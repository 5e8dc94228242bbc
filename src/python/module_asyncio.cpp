// module_asyncio.cpp — Futures and Tasks on core's scheduler: the Task driver (one core task per Python Task),
// completion and done-callbacks, cancellation, sleeping, and the awaitables' send protocol.
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
    if (f.gathering) return wait_target::gather;
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
        const virtual_time deadline = m.loop.now() + sl->delay;
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
        cb.wake = &t;
        cb.wake_ref = value::from_obj(&t);
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

void run_handle(callback_node& n, bool cancelled) noexcept {
    handle_object* h = static_cast<handle_object::node_t&>(n).owner;
    value keep = std::move(h->self_ref);
    h->self_ref = value::none();
    if (cancelled || h->cancelled) return;
    vm& m = *h->owner_vm;
    value r = m.call(h->fn, h->args.data(), h->args.size());
    if (r.is_error() && !m.aborted) {
        value exc = m.take_pending();
        std::string text = "Exception in callback ";
        m.repr_of(h->fn, text);
        text += "\nhandle: <Handle>\n" + m.format_traceback(exc);
        if (!text.empty() && text.back() == '\n') text.pop_back();
        m.warn(text, warning_kind::callback_error, m.current_task_id);
    }
}
}  // namespace

value call_soon_handle(vm& m, value fn, std::vector<value> args, bool timer, virtual_time when) {
    auto* h = m.heap.make<handle_object>();
    h->type = m.aio->t_handle;
    h->fn = std::move(fn);
    h->args = std::move(args);
    h->owner_vm = &m;
    h->timer = timer;
    h->when = when;
    h->node.fn = run_handle;
    value hv = value::from_obj(h);
    h->self_ref = hv;
    if (timer)
        m.loop.call_at(h->node, when < m.loop.now() ? m.loop.now() : when);
    else
        m.loop.call_soon(h->node);
    return hv;
}

void future_schedule_callbacks(vm& m, future_object* f) {
    std::vector<future_object::callback> cbs = std::move(f->callbacks);
    f->callbacks.clear();
    value fv = value::from_obj(f);
    for (auto& cb : cbs) {
        if (cb.wake) {
            if (cb.wake->root && cb.wake->fut_waiter.same(fv)) cb.wake->root->loop().make_ready(*cb.wake->root);
        } else {
            call_soon_handle(m, cb.fn, {fv}, false, 0);
        }
    }
}

bool future_set_result(vm& m, future_object* f, value v) {
    if (f->done()) {
        m.raise(m.t_invalid_state, "invalid state");
        return false;
    }
    f->result = std::move(v);
    f->state = fut_state::finished;
    future_schedule_callbacks(m, f);
    return true;
}

bool future_set_exception(vm& m, future_object* f, value exc) {
    if (f->done()) {
        m.raise(m.t_invalid_state, "invalid state");
        return false;
    }
    if (exc.is(kind::type)) exc = m.call0(exc);
    if (exc.is_error()) return false;
    if (exc.is(kind::exception) && m.type_of(exc)->is_subtype_of(m.t_stop_iteration)) {
        m.raise(m.t_type_error, "StopIteration interacts badly with generators and cannot be raised into a Future");
        return false;
    }
    f->exception = std::move(exc);
    f->state = fut_state::finished;
    f->log_traceback = true;
    future_schedule_callbacks(m, f);
    return true;
}

bool future_cancel(vm& m, future_object* f, const value& msg) {
    f->log_traceback = false;
    if (f->gathering) {
        if (f->done()) return false;
        bool ret = false;
        for (auto& c : f->children) {
            auto* cf = c.as<future_object>();
            if (cf->what == aio_kind::task ? task_cancel(m, static_cast<task_object*>(cf), msg)
                                           : future_cancel(m, cf, msg))
                ret = true;
        }
        if (ret) f->cancel_requested = true;
        return ret;
    }
    if (f->done()) return false;
    f->state = fut_state::cancelled;
    f->cancel_message = msg;
    future_schedule_callbacks(m, f);
    return true;
}

bool task_cancel(vm& m, task_object* t, const value& msg) {
    t->log_traceback = false;
    if (t->done()) return false;
    ++t->num_cancels_requested;
    if (t->sleeping) {
        m.loop.cancel_callback(t->sleep_timer);
        t->sleeping = false;
        t->must_cancel = true;
        t->cancel_message = msg;
        if (t->root) m.loop.make_ready(*t->root);
        return true;
    }
    if (t->fut_waiter.is(kind::asyncio)) {
        auto* f = t->fut_waiter.as<future_object>();
        value keep = t->fut_waiter;
        if (f->what == aio_kind::task ? task_cancel(m, static_cast<task_object*>(f), msg) : future_cancel(m, f, msg))
            return true;
    }
    t->must_cancel = true;
    t->cancel_message = msg;
    return true;
}

sleep_object::~sleep_object() {
    if (state == 0 && !taken && owner)
        owner->warn(owner->filename + ":" + std::to_string(call_line) +
                    ": RuntimeWarning: coroutine 'sleep' was never awaited");
}

value sleep_as_coroutine(vm& m, sleep_object* s) {
    if (s->state != 0) return m.raise(m.t_runtime_error, "cannot reuse already awaited coroutine");
    s->taken = true;
    value fn = m.get_attr(m.aio->module, "_sleep_coroutine");
    if (fn.is_error()) return fn;
    const value args[2] = {s->delay_arg, s->result};
    return m.call(fn, args, 2);
}

value create_task(vm& m, const value& coro_or_sleep, const value& name) {
    value coro = coro_or_sleep;
    if (coro.is(kind::asyncio) && coro.as<aio_object>()->what == aio_kind::sleep) {
        coro = sleep_as_coroutine(m, coro.as<sleep_object>());
        if (coro.is_error()) return coro;
    }
    if (!coro.is(kind::generator) || !coro.as<generator_object>()->coroutine) {
        std::string r;
        m.repr_of(coro, r);
        return m.raise(m.t_type_error, "a coroutine was expected, got " + r);
    }
    if (m.aio->live_tasks >= m.cfg.max_tasks)
        return m.raise(m.t_runtime_error, "LoopLab's task limit reached: at most " + std::to_string(m.cfg.max_tasks) +
                                              " tasks may be alive at once");
    auto* t = m.heap.make<task_object>();
    t->type = m.aio->t_task;
    value tv = value::from_obj(t);
    t->coro = coro;
    coro.as<generator_object>()->awaited = true;
    const std::uint64_t number = ++m.aio->task_counter;  // CPython counts named tasks too
    if (name.is_none()) {
        t->name = "Task-" + std::to_string(number);
    } else {
        std::string n;
        m.str_of(name, n);
        t->name = n;
    }
    t->self_ref = tv;
    ++m.aio->live_tasks;
    auto h = m.loop.spawn(drive(&m, t));
    t->core_id = h.id();
    t->root = h.record()->promise;  // the loop keeps its own reference while the task lives
    m.aio->tasks.push_back(tv);
    return tv;
}

value ensure_future(vm& m, const value& v) {
    if (v.is(kind::asyncio) &&
        (v.as<aio_object>()->what == aio_kind::future || v.as<aio_object>()->what == aio_kind::task))
        return v;
    if (v.is(kind::generator) && v.as<generator_object>()->coroutine) return create_task(m, v, value::none());
    if (v.is(kind::asyncio) && v.as<aio_object>()->what == aio_kind::sleep) return create_task(m, v, value::none());
    return m.raise(m.t_type_error, "An asyncio.Future, a coroutine or an awaitable is required");
}

// The send protocol of asyncio's awaitables (Future/Task: yield self until done, then the result).
int asyncio_native_send(vm& m, value& it, const value&, const value* thr, value& out) {
    auto* a = it.as<aio_object>();
    if (a->what == aio_kind::sleep) {
        auto* s = static_cast<sleep_object*>(a);
        if (thr) {
            m.pending = *thr;
            return -1;
        }
        if (s->state == 0) {
            s->state = 1;
            if (!s->delay_arg.is_number()) {
                m.raise(m.t_type_error,
                        "'<=' not supported between instances of '" + type_name(m, s->delay_arg) + "' and 'int'");
                return -1;
            }
            out = it;
            return s->delay <= 0 ? (out = value::none(), 0) : 0;
        }
        out = s->result;
        return 1;
    }
    if (a->what != aio_kind::future && a->what != aio_kind::task) {
        m.raise(m.t_type_error, "object is not awaitable");
        return -1;
    }
    auto* f = static_cast<future_object*>(a);
    if (thr) {
        m.pending = *thr;
        return -1;
    }
    if (!f->done()) {
        out = it;
        return 0;
    }
    if (f->state == fut_state::cancelled) {
        if (f->exception.is(kind::exception)) {
            m.pending = f->exception;
            f->exception.as<exception_object>()->tb.clear();
        } else {
            value exc = m.make_exception(m.t_cancelled_error, "");
            if (!f->cancel_message.is_none()) exc.as<exception_object>()->args = m.new_tuple({f->cancel_message});
            m.pending = exc;
        }
        return -1;
    }
    if (f->exception.is(kind::exception)) {
        f->log_traceback = false;
        m.pending = f->exception;
        return -1;
    }
    out = f->result;
    return 1;
}

bool pump_until(vm& m, future_object* fut) {
    while (!fut->done() || m.loop.mid_iteration()) {
        if (m.aborted) return false;
        if (fut->done() && m.aio->stopping) break;
        if (!m.loop.step()) break;
    }
    return !m.aborted;
}

}  // namespace looplab::python
