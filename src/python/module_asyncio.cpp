// module_asyncio.cpp — Futures and Tasks on core's scheduler: call_soon handles, completion and done-callbacks,
// cancellation, create_task, and the awaitables' send protocol (the Task driver: module_asyncio_task_step.cpp).
#include "python/module_asyncio.h"

#include "core/awaitables.h"
#include "core/task_state.h"
#include "python/vm_internal.h"

namespace looplab::python {

namespace {
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

value call_soon_handle(vm& m, value fn, const value* args, std::size_t nargs, bool timer, virtual_time when) {
    auto* h = m.heap.make<handle_object>();
    h->type = m.aio->t_handle;
    h->fn = std::move(fn);
    for (std::size_t i = 0; i < nargs; ++i) h->args.push_back(args[i]);
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

// Runs no Python code (a wake-up or a new handle per callback), so the list cannot change while it is read.
void future_schedule_callbacks(vm& m, future_object* f) {
    value fv = value::from_obj(f);
    for (auto& cb : f->callbacks) {
        if (task_object* t = cb.waiting_task()) {
            if (t->root && t->fut_waiter.same(fv)) t->root->loop().make_ready(*t->root);
        } else {
            call_soon_handle(m, cb.target, &fv, 1, false, 0);
        }
    }
    f->callbacks.clear();
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
    if (f->gather) {
        if (f->done()) return false;
        bool ret = false;
        for (auto& c : f->gather->children) {
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
    if (state == 0 && !taken && owner && !owner->tearing_down)
        owner->warn(owner->filename + ":" + std::to_string(called_at.line()) +
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

value cancelled_error(vm& m, future_object* f) {
    // A cancelled Task keeps the CancelledError its coroutine raised, with that traceback, for the first taker
    // (CPython's _make_cancelled_error hands out _cancelled_exc once); later takers get a new one.
    if (f->exception.is(kind::exception)) return std::exchange(f->exception, value::none());
    value exc = m.make_exception(m.t_cancelled_error, "");
    if (!f->cancel_message.is_none()) exc.as<exception_object>()->args = m.new_tuple({f->cancel_message});
    return exc;
}

traceback_entry native_await_frame(vm& m, const value& awaited) {
    if (!m.aio || !awaited.is(kind::asyncio) || awaited.as<aio_object>()->what != aio_kind::sleep) return {nullptr, 0};
    return m.aio->sleep_frame;
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
    t->number = number;
    if (!name.is_none()) {
        std::string n;
        m.str_of(name, n);
        t->given_name = m.str_value(n);
    }
    t->self_ref = tv;
    ++m.aio->live_tasks;
    spawn_task_driver(m, t);
    m.aio->tasks.push_back(tv);
    return tv;
}

std::string task_name(const task_object& t) {
    if (t.given_name.is(kind::str)) return t.given_name.as<str_object>()->s;
    return "Task-" + std::to_string(t.number);
}

value ensure_future(vm& m, const value& v) {
    if (v.is(kind::asyncio) &&
        (v.as<aio_object>()->what == aio_kind::future || v.as<aio_object>()->what == aio_kind::task))
        return v;
    if (v.is(kind::generator) && v.as<generator_object>()->coroutine) return create_task(m, v, value::none());
    if (v.is(kind::asyncio) && v.as<aio_object>()->what == aio_kind::sleep) return create_task(m, v, value::none());
    return m.raise(m.t_type_error, "An asyncio.Future, a coroutine or an awaitable is required");
}

int sleep_delay_type_error(vm& m, const sleep_object& s) {
    m.raise(m.t_type_error, "'<=' not supported between instances of '" + type_name(m, s.delay_arg) + "' and 'int'");
    return -1;
}

// The send protocol of asyncio's awaitables (Future/Task: yield self until done, then the result).
int asyncio_native_send(vm& m, value& it, const value&, const value* thr, value& out) {
    auto* a = it.as<aio_object>();
    if (a->what == aio_kind::sleep) {
        if (thr) {
            m.pending = *thr;
            return -1;
        }
        return sleep_send(m, it, out);
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
        m.pending = cancelled_error(m, f);
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
