// module_asyncio_api.cpp — the asyncio module's native table: get_event_loop and friends, create_task /
// ensure_future / sleep / current_task / all_tasks, gather's natives, the 2016 dialect (@coroutine, async()), and
// the module's assembly (the types' methods: module_asyncio_methods.cpp).
#include "python/library_module.h"
#include "python/module_asyncio.h"
#include "python/vm_internal.h"

#include <cmath>

namespace looplab::python {

void blocking_step(vm& m, virtual_duration d) {
    // time.sleep(0) is a blocking step too (of no time): the timeline shows one step per call.
    if (d < 0) return;
    m.loop.record_event(m.current_task_id, event_kind::blocking, d);
    if (m.cfg.record_events) m.record_event_lines();  // the blocking step's line: the time.sleep call
    m.loop.hold(d);
}

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

namespace {
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
    s->called_at = m.caller_site();
    s->delay_arg = a[0];
    const double d = a[0].is_number() ? a[0].to_double() : 0;
    s->delay = d <= 0 ? 0 : seconds_to_virtual_time(d);
    if (a.npos == 2) s->result = a[1];
    if (a.nkw != 0)
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
}  // namespace

std::string task_repr(vm& m, task_object* t) {
    auto* g = t->coro.as<generator_object>();
    std::string state = t->state == fut_state::pending     ? "pending"
                        : t->state == fut_state::cancelled ? "cancelled"
                                                           : "finished";
    std::string s = "<Task " + state + " name='" + task_name(*t) + "' coro=<" + g->qualname + "() ";
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
    add_asyncio_methods(m, s);
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
                                                     {"async", a_async}};
    for (auto& [n, f] : fns) natives->set(n, m.new_native(n, f));
    add_gather_natives(m, natives);
    natives->set("Future", value::from_obj(s.t_future));
    natives->set("Task", value::from_obj(s.t_task));
    natives->set("CancelledError", value::from_obj(m.t_cancelled_error));
    natives->set("InvalidStateError", value::from_obj(m.t_invalid_state));
    natives->set("TimeoutError", value::from_obj(m.t_timeout_error));
    m.modules.emplace_back("_asyncio_native", nv);
    value mod = m.load_prelude("asyncio", asyncio_prelude());
    if (mod.is_error()) return mod;
    s.module = mod;
    if (value* sc = mod.as<module_object>()->get("_sleep_coroutine"); sc && sc->is(kind::function)) {
        code_object* code = sc->as<function_object>()->code;
        for (std::uint32_t ip = 0; ip < code->ops.size(); ++ip)
            if (decode_op(code->ops[ip]) == op::send) {
                s.sleep_frame = traceback_entry{code, code->line_at(ip)};
                break;
            }
    }
    mod.as<module_object>()->set("async", natives->get("async") ? *natives->get("async") : value::none());
    return mod;
}

}  // namespace looplab::python
