// module_asyncio_api.cpp — the asyncio module's native table: event loops, Future/Task/Handle methods,
// create_task / ensure_future / sleep / current_task / all_tasks, and the 2016 dialect (@coroutine, async()).
#include "python/module_asyncio.h"
#include "python/vm_internal.h"

#include <cmath>

namespace looplab::python {

std::string asyncio_prelude_source();  // module_asyncio_prelude.cpp
bool seconds_to_virtual(vm& m, const value& v, virtual_duration& out, const char* what);

void blocking_step(vm& m, virtual_duration d) {
    // time.sleep(0) is a blocking step too (of no time): the timeline shows one step per call.
    if (d < 0) return;
    m.loop.record_event(m.current_task_id, event_kind::blocking, d);
    m.loop.hold(d);
}

namespace {
future_object* F(const value& v) { return v.as<future_object>(); }
task_object* T(const value& v) { return v.as<task_object>(); }

value new_future(vm& m) {
    auto* f = m.heap.make<future_object>();
    f->type = m.aio->t_future;
    return value::from_obj(f);
}

value loop_value(vm& m) {
    if (m.aio->current_loop.is_none()) {
        auto* l = m.heap.make<loop_object>();
        l->type = m.aio->t_loop;
        m.aio->current_loop = value::from_obj(l);
    }
    return m.aio->current_loop;
}

value cancelled_error(vm& m, future_object* f) {
    if (f->exception.is(kind::exception) && f->state == fut_state::cancelled) return f->exception;
    value exc = m.make_exception(m.t_cancelled_error, "");
    if (!f->cancel_message.is_none()) exc.as<exception_object>()->args = m.new_tuple({f->cancel_message});
    return exc;
}

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
        call_soon_handle(m, a[0], {self}, false, 0);
        return value::none();
    }
    future_object::callback cb;
    cb.fn = a[0];
    f->callbacks.push_back(std::move(cb));
    return value::none();
}
value f_remove_done_callback(vm& m, const value& self, const call_args& a) {
    if (!check_args(m, a, 1, 1, "remove_done_callback")) return value::error();
    auto& cbs = F(self)->callbacks;
    std::int64_t n = 0;
    for (auto it = cbs.begin(); it != cbs.end();) {
        if (!it->wake && (it->fn.same(a[0]) || m.equals(it->fn, a[0]) == 1)) {
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

value t_get_name(vm& m, const value& self, const call_args&) { return m.str_value(T(self)->name); }
value t_set_name(vm& m, const value& self, const call_args& a) {
    if (!check_args(m, a, 1, 1, "set_name")) return value::error();
    std::string n;
    if (!m.str_of(a[0], n)) return value::error();
    T(self)->name = n;
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
    return call_soon_handle(m, a[0], std::vector<value>(a.pos + 1, a.pos + a.npos), false, 0);
}
value l_call_later(vm& m, const value&, const call_args& a) {
    if (a.npos < 2) return m.raise(m.t_type_error, "call_later() missing required arguments");
    if (!a[0].is_number()) return m.raise(m.t_type_error, "delay must be a number");
    const auto d = static_cast<virtual_duration>(std::llround(a[0].to_double() * 1e6));
    return call_soon_handle(m, a[1], std::vector<value>(a.pos + 2, a.pos + a.npos), true, m.loop.now() + d);
}
value l_call_at(vm& m, const value&, const call_args& a) {
    if (a.npos < 2) return m.raise(m.t_type_error, "call_at() missing required arguments");
    const auto when = static_cast<virtual_time>(std::llround(a[0].to_double() * 1e6));
    return call_soon_handle(m, a[1], std::vector<value>(a.pos + 2, a.pos + a.npos), true, when);
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
        call_soon_handle(m, m.new_native("_run_until_complete_cb", stop_cb), {fut}, false, 0);
    } else {
        future_object::callback cb;
        cb.fn = m.new_native("_run_until_complete_cb", stop_cb);
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

// [SECTION] module functions
value a_get_event_loop(vm& m, const value&, const call_args&) {
    if (!m.aio->running_loop.is_none()) return m.aio->running_loop;
    return loop_value(m);
}
value a_new_event_loop(vm& m, const value&, const call_args&) {
    auto* l = m.heap.make<loop_object>();
    l->type = m.aio->t_loop;
    return value::from_obj(l);
}
value a_set_event_loop(vm& m, const value&, const call_args& a) {
    m.aio->current_loop = a.npos ? a[0] : value::none();
    return value::none();
}
value a_get_running_loop(vm& m, const value&, const call_args&) {
    if (m.aio->running_loop.is_none()) return m.raise(m.t_runtime_error, "no running event loop");
    return m.aio->running_loop;
}
value a_private_running_loop(vm& m, const value&, const call_args&) { return m.aio->running_loop; }
value a_create_task(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 1, 1, "create_task")) return value::error();
    if (m.aio->running_loop.is_none()) {
        value r = m.raise(m.t_runtime_error, "no running event loop");
        if (a[0].is(kind::generator)) a[0].as<generator_object>()->awaited = false;
        return r;
    }
    const value* name = a.kw("name");
    return create_task(m, a[0], name ? *name : value::none());
}
value a_ensure_future(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 1, 1, "ensure_future")) return value::error();
    return ensure_future(m, a[0]);
}
value a_sleep(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 1, 2, "sleep")) return value::error();
    auto* s = m.heap.make<sleep_object>();
    s->type = m.aio->t_sleep;
    value sv = value::from_obj(s);
    s->owner = &m;
    s->call_line = m.running_thread && m.running_thread->top ? m.running_thread->top->line() : 0;
    s->delay_arg = a[0];
    const double d = a[0].is_number() ? a[0].to_double() : 0;
    s->delay = d <= 0 || std::isnan(d) ? 0 : static_cast<virtual_duration>(std::llround(d * 1e6));
    if (a.npos == 2) s->result = a[1];
    if (const value* r = a.kw("result")) s->result = *r;
    return sv;
}
value a_current_task(vm& m, const value&, const call_args&) {
    if (!m.current_task) return value::none();
    return value::from_obj(m.current_task);
}
value a_all_tasks(vm& m, const value&, const call_args&) {
    value s = m.new_set();
    for (auto& t : m.aio->tasks)
        if (!F(t)->done()) s.as<dict_object>()->set(m, t, value::none());
    return s;
}
value a_iscoroutine(vm&, const value&, const call_args& a) {
    return value::from_bool(a.npos == 1 &&
                            ((a[0].is(kind::generator) && a[0].as<generator_object>()->coroutine) ||
                             (a[0].is(kind::asyncio) && a[0].as<aio_object>()->what == aio_kind::sleep)));
}
value a_iscoroutinefunction(vm&, const value&, const call_args& a) {
    if (a.npos == 1 && a[0].is(kind::native_function) && a[0].as<native_function_object>()->fn == a_sleep)
        return value::from_bool(true);  // asyncio.sleep: native, but a coroutine function in CPython
    if (a.npos != 1 || !a[0].is(kind::function)) return value::from_bool(false);
    auto* f = a[0].as<function_object>();
    return value::from_bool(f->code->is_coroutine || f->is_async_coroutine_decorated);
}
value a_isfuture(vm&, const value&, const call_args& a) {
    return value::from_bool(
        a.npos == 1 && a[0].is(kind::asyncio) &&
        (a[0].as<aio_object>()->what == aio_kind::future || a[0].as<aio_object>()->what == aio_kind::task));
}
value a_coroutine(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 1, 1, "coroutine")) return value::error();
    if (a[0].is(kind::function)) a[0].as<function_object>()->is_async_coroutine_decorated = true;
    return a[0];
}
value a_async(vm& m, const value& self, const call_args& a) { return a_ensure_future(m, self, a); }
value a_gathering_future(vm& m, const value&, const call_args& a) {
    value f = new_future(m);
    F(f)->gathering = true;
    if (a.npos > 0 && !m.to_vector(a[0], F(f)->children)) return value::error();
    return f;
}
}  // namespace

std::string task_repr(vm& m, task_object* t) {
    auto* g = t->coro.as<generator_object>();
    std::string state = t->state == fut_state::pending     ? "pending"
                        : t->state == fut_state::cancelled ? "cancelled"
                                                           : "finished";
    std::string s = "<Task " + state + " name='" + t->name + "' coro=<" + g->qualname + "() ";
    if (t->done())
        s += "done, defined at " + m.filename + ":" + std::to_string(g->created_line) + ">";
    else
        s += "running at " + m.filename + ":" + std::to_string(t->th.top ? t->th.top->line() : g->created_line) + ">";
    if (t->state == fut_state::finished) {
        if (t->exception.is(kind::exception)) {
            s += " exception=";
            m.repr_of(t->exception, s);
        } else {
            s += " result=";
            m.repr_of(t->result, s);
        }
    }
    return s + ">";
}

std::string asyncio_repr(vm& m, const value& v) {
    auto* a = v.as<aio_object>();
    switch (a->what) {
        case aio_kind::task:
            return task_repr(m, static_cast<task_object*>(a));
        case aio_kind::future: {
            auto* f = static_cast<future_object*>(a);
            std::string s = f->state == fut_state::pending     ? "<Future pending>"
                            : f->state == fut_state::cancelled ? "<Future cancelled>"
                                                               : "<Future finished ";
            if (f->state == fut_state::finished) {
                if (f->exception.is(kind::exception)) {
                    s += "exception=";
                    m.repr_of(f->exception, s);
                } else {
                    s += "result=";
                    m.repr_of(f->result, s);
                }
                s += ">";
            }
            return s;
        }
        case aio_kind::loop:
            return "<_UnixSelectorEventLoop running=False closed=False debug=False>";
        case aio_kind::handle:
            return "<TimerHandle>";
        case aio_kind::sleep:
            return "<coroutine object sleep>";
    }
    return "<asyncio object>";
}

void report_unretrieved(vm& m) {
    for (auto& tv : m.aio->tasks) {
        auto* t = T(tv);
        if (!t->log_traceback || !t->exception.is(kind::exception)) continue;
        t->log_traceback = false;
        std::string text =
            "Task exception was never retrieved\nfuture: " + task_repr(m, t) + "\n" + m.format_traceback(t->exception);
        if (!text.empty() && text.back() == '\n') text.pop_back();
        m.warn(text, warning_kind::never_retrieved, t->core_id);
    }
}

value make_module_asyncio(vm& m) {
    if (!m.aio) m.aio = new asyncio_state();
    asyncio_state& s = *m.aio;
    s.t_future = m.new_type("Future", m.t_object, kind::asyncio);
    s.t_future->module_name = "asyncio";
    s.t_task = m.new_type("Task", s.t_future, kind::asyncio);
    s.t_task->module_name = "asyncio";
    s.t_loop = m.new_type("_UnixSelectorEventLoop", m.t_object, kind::asyncio);
    s.t_handle = m.new_type("TimerHandle", m.t_object, kind::asyncio);
    s.t_sleep = m.new_type("coroutine", m.t_object, kind::asyncio);
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
    auto* natives = m.heap.make<module_object>();
    natives->type = m.t_module;
    natives->name = "_asyncio_native";
    value nv = value::from_obj(natives);
    const std::pair<const char*, native_fn> fns[] = {{"get_event_loop", a_get_event_loop},
                                                     {"_sleep", a_sleep},
                                                     {"new_event_loop", a_new_event_loop},
                                                     {"set_event_loop", a_set_event_loop},
                                                     {"get_running_loop", a_get_running_loop},
                                                     {"_get_running_loop", a_private_running_loop},
                                                     {"create_task", a_create_task},
                                                     {"ensure_future", a_ensure_future},
                                                     {"sleep", a_sleep},
                                                     {"current_task", a_current_task},
                                                     {"all_tasks", a_all_tasks},
                                                     {"iscoroutine", a_iscoroutine},
                                                     {"iscoroutinefunction", a_iscoroutinefunction},
                                                     {"isfuture", a_isfuture},
                                                     {"coroutine", a_coroutine},
                                                     {"async", a_async},
                                                     {"_gathering_future", a_gathering_future}};
    for (auto& [n, f] : fns) natives->set(n, m.new_native(n, f));
    natives->set("Future", value::from_obj(s.t_future));
    natives->set("Task", value::from_obj(s.t_task));
    natives->set("CancelledError", value::from_obj(m.t_cancelled_error));
    natives->set("InvalidStateError", value::from_obj(m.t_invalid_state));
    natives->set("TimeoutError", value::from_obj(m.t_timeout_error));
    m.modules.emplace_back("_asyncio_native", nv);
    value mod = m.load_prelude("asyncio", asyncio_prelude_source());
    if (mod.is_error()) return mod;
    s.module = mod;
    mod.as<module_object>()->set("async", natives->get("async") ? *natives->get("async") : value::none());
    return mod;
}

}  // namespace looplab::python
