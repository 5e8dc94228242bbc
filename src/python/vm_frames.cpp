// vm_frames.cpp — frame life cycle: returns, generators entering and leaving, throws into suspended frames, class
// bodies, awaitables, nested calls from native code (names: vm_names.cpp; tracebacks: vm_traceback.cpp).
#include "python/vm_internal.h"

namespace looplab::python {

value make_generator(vm& m, function_object* fn, frame* f);
int asyncio_native_send(vm& m, value& it, const value& v, const value* thr, value& out);  // module_asyncio.cpp

void finish_frame(vm& m, frame* f, bool is_root) {
    if (f->gen) {
        f->gen->state = gen_state::closed;
        f->gen->f = nullptr;
        m.free_frame(f);
        return;
    }
    if (!is_root) m.free_frame(f);
}

value build_class(vm& m, frame* body);  // vm_attr.cpp

bool return_to(vm& m, frame* f, frame* back, value r) {
    if (f->gen) {
        back->reply = 2;
        back->reply_value = std::move(r);
        finish_frame(m, f, false);
        return true;
    }
    if (!f->class_header.is_none()) {
        value cls = build_class(m, f);
        m.free_frame(f);
        if (cls.is_error()) return false;
        back->stack.push_back(std::move(cls));
        return true;
    }
    if (!f->push_instead.is_none()) {
        if (!r.is_none()) {
            m.free_frame(f);
            m.raise(m.t_type_error, "__init__() should return None, not '" + type_name(m, r) + "'");
            return false;
        }
        back->stack.push_back(std::move(f->push_instead));
    } else {
        back->stack.push_back(std::move(r));
    }
    m.free_frame(f);
    return true;
}

// Resumes generator g on top of f (FOR_ITER / SEND re-run when it yields or returns).
bool enter_generator(vm& m, thread& t, frame*& f, generator_object* g, const value& send, const value* thr) {
    if (g->state == gen_state::running) {
        m.raise(m.t_value_error, g->coroutine ? "coroutine already executing" : "generator already executing");
        return false;
    }
    if (g->state == gen_state::closed) {
        if (g->coroutine) {
            m.raise(m.t_runtime_error, "cannot reuse already awaited coroutine");
            return false;
        }
        f->reply = 2;
        f->reply_value = value::none();
        --f->ip;
        return true;
    }
    if (g->state == gen_state::created && !send.is_none() && !thr) {
        m.raise(m.t_type_error, "can't send non-None value to a just-started generator");
        return false;
    }
    if (t.depth + m.depth_base >= m.cfg.recursion_limit) {
        m.raise(m.t_recursion_error, "maximum recursion depth exceeded");
        return false;
    }
    g->awaited = true;
    frame* gf = g->f;
    if (g->state == gen_state::suspended && !thr) gf->stack.push_back(send);
    g->state = gen_state::running;
    gf->back = f;
    gf->how = entry::gen;
    --f->ip;  // FOR_ITER / SEND runs again and takes the reply
    f = gf;
    ++t.depth;
    (void)thr;
    return true;
}

exec_status throw_into(vm& m, thread& t, value exc, bool sliced) {
    frame* f = t.top;
    const auto& ops = f->code->ops;
    // Suspended inside `yield from` / `await` (yield_value followed by a jump back to send): forward the throw.
    if (f->ip < ops.size() && decode_op(ops[f->ip]) == op::jump && decode_op(ops[decode_arg(ops[f->ip])]) == op::send &&
        !f->stack.empty()) {
        const std::uint32_t send_at = decode_arg(ops[f->ip]);
        value sub = f->stack.back();
        if (sub.is(kind::generator) && sub.as<generator_object>()->state == gen_state::suspended) {
            auto* g = sub.as<generator_object>();
            frame* gf = g->f;
            g->state = gen_state::running;
            gf->back = f;
            gf->how = entry::gen;
            f->ip = send_at;
            t.top = gf;
            ++t.depth;
            return throw_into(m, t, std::move(exc), sliced);
        }
        value out;
        const int r = native_send(m, sub, value::none(), &exc, out);
        f->ip = send_at + 1;
        if (r < 0) {
            note_native_await(m, t, *f, sub);
            return m.execute(t, sliced, true);
        }
        if (r == 0) {
            f->stack.push_back(std::move(out));
            return m.execute(t, sliced);
        }
        f->stack.back() = std::move(out);
        f->ip = decode_arg(ops[send_at]);
        return m.execute(t, sliced);
    }
    m.pending = std::move(exc);
    return m.execute(t, sliced, true);
}

bool start_class_body(vm& m, thread& t, frame*& f, std::uint32_t nbases) {
    std::vector<value> bases(nbases);
    for (std::uint32_t i = nbases; i-- > 0;) bases[i] = pop_value(f->stack);
    value name = pop_value(f->stack);
    value body = pop_value(f->stack);
    frame* callee = m.make_frame(body.as<function_object>(), nullptr, 0, nullptr);
    if (!callee) return false;
    callee->ns = m.new_dict();
    callee->class_header = m.new_tuple({name, m.new_tuple(std::move(bases))});
    return push_frame(m, t, f, callee);
}

value get_awaitable(vm& m, const value& v, bool await) {
    if (v.is(kind::generator)) {
        auto* g = v.as<generator_object>();
        if (await && !g->coroutine) {
            m.raise(m.t_type_error, "object generator can't be used in 'await' expression");
            return value::error();
        }
        if (await && g->state == gen_state::closed) {
            m.raise(m.t_runtime_error, "cannot reuse already awaited coroutine");
            return value::error();
        }
        g->awaited = true;
        return v;
    }
    if (v.is(kind::asyncio)) return v;
    if (await) {
        value fn = m.lookup_class(m.type_of(v), "__await__");
        if (fn.is_error()) {
            m.raise(m.t_type_error, "object " + type_name(m, v) + " can't be used in 'await' expression");
            return value::error();
        }
        return m.call1(fn, v);
    }
    return m.get_iter(v);
}

int native_send(vm& m, value& it, const value& v, const value* thr, value& out) {
    if (it.is(kind::asyncio)) return asyncio_native_send(m, it, v, thr, out);
    if (thr) {
        m.pending = *thr;
        return -1;
    }
    bool done = false;
    value r = m.next(it, done);
    if (r.is_error()) return -1;
    if (done) {
        out = value::none();
        return 1;
    }
    out = std::move(r);
    return 0;
}

value vm::call(const value& callable, const value* args, std::size_t n, const call_args* kw) {
    if (callable.is(kind::native_function)) {
        auto* nf = callable.as<native_function_object>();
        call_args a;
        a.pos = args;
        a.npos = n;
        if (kw) {
            a.kwvalues = kw->kwvalues;
            a.kwnames = kw->kwnames;
            a.nkw = kw->nkw;
        }
        if (nf->self.is_none()) {
            if (nf->is_method && n > 0) {  // str.lower(s): the first argument is self
                a.pos = args + 1;
                a.npos = n - 1;
                return nf->fn(*this, args[0], a);
            }
            return nf->fn(*this, value::none(), a);
        }
        return nf->fn(*this, nf->self, a);
    }
    if (callable.is(kind::bound_method)) {
        auto* bm = callable.as<bound_method_object>();
        std::vector<value> all;
        all.reserve(n + 1);
        all.push_back(bm->self);
        for (std::size_t i = 0; i < n; ++i) all.push_back(args[i]);
        if (bm->func.is(kind::native_function)) {
            auto* nf = bm->func.as<native_function_object>();
            call_args a;
            a.pos = all.data() + 1;
            a.npos = n;
            if (kw) {
                a.kwvalues = kw->kwvalues;
                a.kwnames = kw->kwnames;
                a.nkw = kw->nkw;
            }
            return nf->fn(*this, bm->self, a);
        }
        return call(bm->func, all.data(), all.size(), kw);
    }
    if (callable.is(kind::function)) {
        auto* fn = callable.as<function_object>();
        frame* f = make_frame(fn, args, n, kw);
        if (!f) return value::error();
        if (fn->code->is_generator || fn->is_async_coroutine_decorated) return make_generator(*this, fn, f);
        if (native_depth >= 120) {
            free_frame(f);
            return raise(t_recursion_error, "maximum recursion depth exceeded");
        }
        thread nested;
        nested.top = f;
        f->how = entry::root;
        const int saved_base = depth_base;
        depth_base += running_thread ? running_thread->depth + 1 : 1;
        if (depth_base >= cfg.recursion_limit) {
            depth_base = saved_base;
            free_frame(f);
            return raise(t_recursion_error, "maximum recursion depth exceeded");
        }
        ++native_depth;
        const exec_status s = execute(nested, false);
        --native_depth;
        depth_base = saved_base;
        free_frame(nested.top);
        if (slice_over) tick_limit = ticks + 1;
        if (s == exec_status::returned) return std::move(result);
        if (s == exec_status::aborted) return value::error();
        return value::error();
    }
    return call_other(*this, callable, args, n, kw);
}

value vm::call_method(const value& self, std::string_view name, const value* args, std::size_t n) {
    value fn = get_attr(self, name);
    if (fn.is_error()) return fn;
    return call(fn, args, n);
}

exec_status vm::gen_resume(generator_object* g, const value& send, const value* thr) {
    if (g->state == gen_state::closed) {
        if (thr) {
            pending = *thr;
            return exec_status::error;
        }
        result = value::none();
        return exec_status::returned;
    }
    if (g->state == gen_state::running) {
        raise(t_value_error, "generator already executing");
        return exec_status::error;
    }
    if (native_depth >= 120) {
        raise(t_recursion_error, "maximum recursion depth exceeded");
        return exec_status::error;
    }
    frame* f = g->f;
    if (g->state == gen_state::suspended && !thr) f->stack.push_back(send);
    g->state = gen_state::running;
    g->awaited = true;
    f->how = entry::root;
    f->back = nullptr;
    thread nested;
    nested.top = f;
    ++native_depth;
    exec_status s;
    if (thr) {
        s = throw_into(*this, nested, *thr, false);
    } else {
        s = execute(nested, false);
    }
    --native_depth;
    if (slice_over) tick_limit = ticks + 1;
    return s;
}

}  // namespace looplab::python
