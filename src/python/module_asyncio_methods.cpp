// module_asyncio_methods.cpp — the native methods of asyncio's types: Future and Task, TimerHandle, and the event
// loop (time, create_future, call_soon / call_later / call_at, run_until_complete, close, ...).
#include "python/module_asyncio.h"
#include "python/vm_internal.h"

#include <cmath>

namespace looplab::python {

namespace {
// [SECTION] Future / Task methods
value f_done(vm&, const value& self, const call_args&) { return value::from_bool(F(self)->done()); }
value f_cancelled(vm&, const value& self, const call_args&) {
    return value::from_bool(F(self)->state == fut_state::cancelled);
}
value f_result(vm& m, const value& self, const call_args&) {
    auto* f = F(self);
    if (f->state == fut_state::cancelled) return m.raise_value(cancelled_error(m, f));
    if (!f->done()) return m.raise(m.t_invalid_state, "Result is not set.");
    f->log_traceback = false;
    if (f->exception.is(kind::exception)) return m.raise_value(f->exception);
    return f->result;
}
value f_exception(vm& m, const value& self, const call_args&) {
    auto* f = F(self);
    if (f->state == fut_state::cancelled) return m.raise_value(cancelled_error(m, f));
    if (!f->done()) return m.raise(m.t_invalid_state, "Exception is not set.");
    f->log_traceback = false;
    return f->exception;
}
value f_set_result(vm& m, const value& self, const call_args& a) {
    if (!check_args(m, a, 1, 1, "set_result")) return value::error();
    if (F(self)->done()) return m.raise(m.t_invalid_state, "invalid state");
    if (!future_set_result(m, F(self), a[0])) return value::error();
    return value::none();
}
value f_set_exception(vm& m, const value& self, const call_args& a) {
    if (!check_args(m, a, 1, 1, "set_exception")) return value::error();
    if (F(self)->done()) return m.raise(m.t_invalid_state, "invalid state");
    if (!future_set_exception(m, F(self), a[0])) return value::error();
    return value::none();
}
value f_cancel(vm& m, const value& self, const call_args& a) {
    value msg = a.npos > 0 ? a[0] : value::none();
    if (const value* k = a.kw("msg")) msg = *k;
    auto* f = F(self);
    if (f->what == aio_kind::task) return value::from_bool(task_cancel(m, T(self), msg));
    return value::from_bool(future_cancel(m, f, msg));
}
value f_add_done_callback(vm& m, const value& self, const call_args& a) {
    if (!check_args(m, a, 1, 1, "add_done_callback")) return value::error();
    auto* f = F(self);
    if (f->done()) {
        call_soon_handle(m, a[0], &self, 1, false, 0);
        return value::none();
    }
    future_object::callback cb;
    cb.target = a[0];
    f->callbacks.push_back(std::move(cb));
    return value::none();
}
value f_remove_done_callback(vm& m, const value& self, const call_args& a) {
    if (!check_args(m, a, 1, 1, "remove_done_callback")) return value::error();
    auto& cbs = F(self)->callbacks;
    std::int64_t n = 0;
    for (auto it = cbs.begin(); it != cbs.end();) {
        if (!it->wakes && (it->target.same(a[0]) || m.equals(it->target, a[0]) == 1)) {
            it = cbs.erase(it);
            ++n;
        } else {
            ++it;
        }
    }
    return value::from_int(n);
}
value f_get_loop(vm& m, const value&, const call_args&) { return loop_value(m); }
value f_iter(vm&, const value& self, const call_args&) { return self; }
value f_cancel_message(vm&, const value& self, const call_args&) { return F(self)->cancel_message; }
value f_cancel_requested(vm&, const value& self, const call_args&) {
    return value::from_bool(F(self)->cancel_requested);
}
value f_make_cancelled_error(vm& m, const value& self, const call_args&) { return cancelled_error(m, F(self)); }
value f_log_traceback_off(vm&, const value& self, const call_args&) {
    F(self)->log_traceback = false;
    return value::none();
}

value t_get_name(vm& m, const value& self, const call_args&) {
    if (T(self)->given_name.is(kind::str)) return T(self)->given_name;
    return m.str_value(task_name(*T(self)));
}
value t_set_name(vm& m, const value& self, const call_args& a) {
    if (!check_args(m, a, 1, 1, "set_name")) return value::error();
    std::string n;
    if (!m.str_of(a[0], n)) return value::error();
    T(self)->given_name = m.str_value(n);
    return value::none();
}
value t_get_coro(vm&, const value& self, const call_args&) { return T(self)->coro; }
value t_cancelling(vm&, const value& self, const call_args&) { return value::from_int(T(self)->num_cancels_requested); }
value t_uncancel(vm&, const value& self, const call_args&) {
    auto* t = T(self);
    if (t->num_cancels_requested > 0) --t->num_cancels_requested;
    return value::from_int(t->num_cancels_requested);
}

// [SECTION] Handles
value h_cancel(vm& m, const value& self, const call_args&) {
    auto* h = self.as<handle_object>();
    if (!h->cancelled) {
        h->cancelled = true;
        if (h->node.pending()) m.loop.cancel_callback(h->node);
    }
    return value::none();
}
value h_cancelled(vm&, const value& self, const call_args&) {
    return value::from_bool(self.as<handle_object>()->cancelled);
}
value h_when(vm&, const value& self, const call_args&) {
    return value::from_float(static_cast<double>(self.as<handle_object>()->when) / 1e6);
}

// [SECTION] loops
value l_time(vm& m, const value&, const call_args&) {
    return value::from_float(static_cast<double>(m.loop.now()) / 1e6);
}
value l_create_future(vm& m, const value&, const call_args&) { return new_future(m); }
value l_create_task(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 1, 1, "create_task")) return value::error();
    const value* name = a.kw("name");
    return create_task(m, a[0], name ? *name : value::none());
}
value l_call_soon(vm& m, const value&, const call_args& a) {
    if (a.npos < 1) return m.raise(m.t_type_error, "call_soon() missing 1 required positional argument: 'callback'");
    return call_soon_handle(m, a[0], a.pos + 1, a.npos - 1, false, 0);
}
value l_call_later(vm& m, const value&, const call_args& a) {
    if (a.npos < 2) return m.raise(m.t_type_error, "call_later() missing required arguments");
    if (!a[0].is_number()) return m.raise(m.t_type_error, "delay must be a number");
    const virtual_duration d = seconds_to_virtual_time(a[0].to_double());
    const virtual_time when = d < 0 ? m.loop.now() + d : later_by(m.loop.now(), d);  // d >= -end_of_time
    return call_soon_handle(m, a[1], a.pos + 2, a.npos - 2, true, when);
}
value l_call_at(vm& m, const value&, const call_args& a) {
    if (a.npos < 2) return m.raise(m.t_type_error, "call_at() missing required arguments");
    const virtual_time when = seconds_to_virtual_time(a[0].to_double());
    return call_soon_handle(m, a[1], a.pos + 2, a.npos - 2, true, when);
}
value l_is_closed(vm&, const value& self, const call_args&) { return value::from_bool(self.as<loop_object>()->closed); }
value l_is_running(vm&, const value& self, const call_args&) {
    return value::from_bool(self.as<loop_object>()->running);
}
value l_close(vm& m, const value& self, const call_args&) {
    auto* l = self.as<loop_object>();
    if (l->running) return m.raise(m.t_runtime_error, "Cannot close a running event loop");
    l->closed = true;
    return value::none();
}
value l_stop(vm& m, const value&, const call_args&) {
    m.aio->stopping = true;
    return value::none();
}
value stop_cb(vm& m, const value&, const call_args&) {
    m.aio->stopping = true;
    return value::none();
}

value l_run_until_complete(vm& m, const value& self, const call_args& a) {
    if (!check_args(m, a, 1, 1, "run_until_complete")) return value::error();
    auto* l = self.as<loop_object>();
    if (l->closed) return m.raise(m.t_runtime_error, "Event loop is closed");
    if (l->running || !m.aio->running_loop.is_none())
        return m.raise(m.t_runtime_error, "This event loop is already running");
    value fut = ensure_future(m, a[0]);
    if (fut.is_error()) return fut;
    if (F(fut)->done()) {
        call_soon_handle(m, m.new_native("_run_until_complete_cb", stop_cb), &fut, 1, false, 0);
    } else {
        future_object::callback cb;
        cb.target = m.new_native("_run_until_complete_cb", stop_cb);
        F(fut)->callbacks.push_back(std::move(cb));
    }
    l->running = true;
    m.aio->running_loop = self;
    m.aio->stopping = false;
    // At module level (the main thread's own dispatch loop, no native frames in between) the main thread
    // suspends and script_run pumps the loop slice by slice; anywhere else the loop is pumped right here.
    if (m.native_depth == 0 && m.running_thread && m.running_thread->task == nullptr && m.main_sliced) {
        m.suspend_request = 1;
        m.suspend_arg = fut;
        return value::none();
    }
    const bool ok = pump_until(m, F(fut));
    l->running = false;
    m.aio->running_loop = value::none();
    m.aio->stopping = false;
    if (!ok) return value::error();
    if (!F(fut)->done()) return m.raise(m.t_runtime_error, "Event loop stopped before Future completed.");
    return f_result(m, fut, call_args{});
}

value l_run_forever(vm& m, const value&, const call_args&) {
    return m.raise(m.t_runtime_error,
                   "loop.run_forever() is not supported in LoopLab's Python; use run_until_complete");
}

value l_shutdown_asyncgens(vm& m, const value&, const call_args&) {
    value f = new_future(m);
    F(f)->state = fut_state::finished;
    return f;
}
}  // namespace

void add_asyncio_methods(vm& m, asyncio_state& s) {
    m.add_methods(s.t_future, {{"done", f_done},
                               {"cancelled", f_cancelled},
                               {"result", f_result},
                               {"exception", f_exception},
                               {"set_result", f_set_result},
                               {"set_exception", f_set_exception},
                               {"cancel", f_cancel},
                               {"add_done_callback", f_add_done_callback},
                               {"remove_done_callback", f_remove_done_callback},
                               {"get_loop", f_get_loop},
                               {"__await__", f_iter},
                               {"__iter__", f_iter},
                               {"_cancel_msg", f_cancel_message},
                               {"_cancel_requested", f_cancel_requested},
                               {"_make_cancelled_error", f_make_cancelled_error},
                               {"_no_log", f_log_traceback_off}});
    s.t_future->native_methods["__call__"] =
        m.new_native("Future", [](vm& mm, const value&, const call_args&) { return new_future(mm); });
    m.add_methods(s.t_task, {{"get_name", t_get_name},
                             {"set_name", t_set_name},
                             {"get_coro", t_get_coro},
                             {"cancelling", t_cancelling},
                             {"uncancel", t_uncancel}});
    s.t_task->native_methods["__call__"] = m.new_native("Task", [](vm& mm, const value&, const call_args& a) {
        if (a.npos < 1) return mm.raise(mm.t_type_error, "Task() missing 1 required positional argument: 'coro'");
        const value* name = a.kw("name");
        return create_task(mm, a[0], name ? *name : value::none());
    });
    m.add_methods(s.t_handle, {{"cancel", h_cancel}, {"cancelled", h_cancelled}, {"when", h_when}});
    m.add_methods(s.t_loop, {{"time", l_time},
                             {"create_future", l_create_future},
                             {"create_task", l_create_task},
                             {"call_soon", l_call_soon},
                             {"call_later", l_call_later},
                             {"call_at", l_call_at},
                             {"is_closed", l_is_closed},
                             {"is_running", l_is_running},
                             {"close", l_close},
                             {"stop", l_stop},
                             {"run_until_complete", l_run_until_complete},
                             {"run_forever", l_run_forever},
                             {"shutdown_asyncgens", l_shutdown_asyncgens},
                             {"shutdown_default_executor", l_shutdown_asyncgens}});
}

}  // namespace looplab::python
