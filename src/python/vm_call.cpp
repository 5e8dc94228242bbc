// vm_call.cpp — calls: argument binding, frames for Python functions (no C++ recursion), natives, classes.
#include "python/vm_internal.h"

#include <algorithm>

namespace looplab::python {

const value* call_args::kw(std::string_view name) const {
    for (std::size_t i = 0; i < nkw; ++i)
        if (*kwnames[i] == name) return &kwvalues[i];
    return nullptr;
}

namespace {
std::string plural(std::size_t n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

std::string join_names(const std::vector<std::string>& names) {
    std::string s;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) s += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
        s += "'" + names[i] + "'";
    }
    return s;
}
}  // namespace

frame* vm::make_frame(function_object* fn, const value* args, std::size_t n, const call_args* kw) {
    code_object* c = fn->code;
    frame* f = alloc_frame();
    f->code = c;
    f->code_ref = fn->code_ref;
    f->module = fn->module;
    f->module_ref = fn->module_ref;
    f->slots.assign(c->nslots(), value::error());
    const auto argc = static_cast<std::size_t>(c->argcount);
    const auto kwonly = static_cast<std::size_t>(c->kwonly);
    const std::size_t npos = std::min(n, argc);
    for (std::size_t i = 0; i < npos; ++i) f->slots[i] = args[i];
    std::size_t next_slot = argc + kwonly;
    if (c->varargs) {
        std::vector<value> extra;
        for (std::size_t i = argc; i < n; ++i) extra.push_back(args[i]);
        f->slots[next_slot++] = new_tuple(std::move(extra));
    } else if (n > argc) {
        const std::size_t ndef = fn->defaults.size();
        std::string msg = fn->name + "() takes ";
        if (ndef > 0)
            msg += "from " + std::to_string(argc - ndef) + " to " + std::to_string(argc);
        else
            msg += std::to_string(argc);
        msg += " positional argument" + std::string(argc == 1 && ndef == 0 ? "" : "s") + " but " + std::to_string(n) +
               (n == 1 ? " was" : " were") + " given";
        raise(t_type_error, msg);
        free_frame(f);
        return nullptr;
    }
    value kwdict;
    if (c->varkw) {
        kwdict = new_dict();
        f->slots[next_slot] = kwdict;
    }
    if (kw) {
        for (std::size_t k = 0; k < kw->nkw; ++k) {
            const std::string& name = *kw->kwnames[k];
            std::size_t slot = argc + kwonly;
            for (std::size_t i = static_cast<std::size_t>(c->posonly); i < argc + kwonly; ++i)
                if (c->varnames[i] == name) {
                    slot = i;
                    break;
                }
            if (slot == argc + kwonly) {
                if (c->varkw) {
                    kwdict.as<dict_object>()->set(*this, str_value(name), kw->kwvalues[k]);
                    continue;
                }
                raise(t_type_error, fn->name + "() got an unexpected keyword argument '" + name + "'");
                free_frame(f);
                return nullptr;
            }
            if (!f->slots[slot].is_error()) {
                raise(t_type_error, fn->name + "() got multiple values for argument '" + name + "'");
                free_frame(f);
                return nullptr;
            }
            f->slots[slot] = kw->kwvalues[k];
        }
    }
    const std::size_t ndef = fn->defaults.size();
    std::vector<std::string> missing;
    for (std::size_t i = 0; i < argc; ++i) {
        if (!f->slots[i].is_error()) continue;
        if (i >= argc - ndef)
            f->slots[i] = fn->defaults[i - (argc - ndef)];
        else
            missing.push_back(c->varnames[i]);
    }
    if (!missing.empty()) {
        raise(t_type_error, fn->name + "() missing " + plural(missing.size(), "required positional argument") + ": " +
                                join_names(missing));
        free_frame(f);
        return nullptr;
    }
    for (std::size_t i = argc; i < argc + kwonly; ++i) {
        if (!f->slots[i].is_error()) continue;
        for (auto& [k, v] : fn->kwdefaults)
            if (k == c->varnames[i]) f->slots[i] = v;
        if (f->slots[i].is_error()) missing.push_back(c->varnames[i]);
    }
    if (!missing.empty()) {
        raise(t_type_error, fn->name + "() missing " + plural(missing.size(), "required keyword-only argument") + ": " +
                                join_names(missing));
        free_frame(f);
        return nullptr;
    }
    const std::size_t nvar = c->varnames.size();
    for (std::size_t i = 0; i < c->cellnames.size(); ++i) {
        auto* cell = heap.make<cell_object>();
        if (c->cell_param[i] >= 0) cell->v = f->slots[static_cast<std::size_t>(c->cell_param[i])];
        f->slots[nvar + i] = value::from_obj(cell);
    }
    for (std::size_t i = 0; i < c->freenames.size(); ++i) f->slots[nvar + c->cellnames.size() + i] = fn->closure[i];
    return f;
}

// Frames are recycled (their vectors keep their capacity): a call costs no allocation in the steady state. The
// pool keeps the run's peak number of frames until ~vm.
frame* vm::alloc_frame() {
    if (m_free_frames.empty()) {
        auto* block = static_cast<frame*>(heap.allocate_raw_page());
        for (std::size_t i = 0; i < frame_block_size; ++i) ::new (static_cast<void*>(&block[i])) frame();
        m_frame_blocks.push_back(block);
        for (std::size_t i = frame_block_size; i-- > 0;) m_free_frames.push_back(&block[i]);
    }
    frame* f = m_free_frames.back();
    m_free_frames.pop_back();
    return f;
}

void vm::free_frame(frame* f) {
    if (tearing_down) return;  // ~vm deletes every frame
    f->code = nullptr;
    f->code_ref = value::none();
    f->module = nullptr;
    f->module_ref = value::none();
    f->slots.clear();
    f->stack.clear();
    f->blocks.clear();
    f->handled.clear();
    f->ip = 0;
    f->back = nullptr;
    f->how = entry::call;
    f->gen = nullptr;
    f->ns = value::none();
    f->push_instead = value::none();
    f->class_header = value::none();
    f->reply = 0;
    f->reply_value = value::none();
    m_free_frames.push_back(f);
}

value make_generator(vm& m, function_object* fn, frame* f) {
    auto* g = m.heap.make<generator_object>();
    g->type = fn->code->is_coroutine || fn->is_async_coroutine_decorated ? m.t_coroutine : m.t_generator;
    g->coroutine = fn->code->is_coroutine || fn->is_async_coroutine_decorated;
    g->f = f;
    g->name = fn->name;
    g->qualname = fn->qualname;
    g->owner = &m;
    g->created_line = fn->code->first_line;
    g->called_at = m.caller_site();
    f->gen = g;
    f->how = entry::gen;
    return value::from_obj(g);
}

bool push_frame(vm& m, thread& t, frame*& f, frame* callee) {
    if (t.depth + m.depth_base >= m.cfg.recursion_limit) {
        m.free_frame(callee);
        m.raise(m.t_recursion_error, "maximum recursion depth exceeded");
        return false;
    }
    callee->back = f;
    callee->how = entry::call;
    f = callee;
    ++t.depth;
    return true;
}

namespace {
// A call that ran to its end returned r: pops the arguments above base and puts r in the callable's slot (base), or
// pops the callable too when r is an error or the native asked to suspend. do_call's result: -1 an exception is
// pending, 2 the native asked the task to suspend (asyncio), 0 go on.
[[gnu::always_inline]] inline int push_call_result(vm& m, value_stack& st, std::size_t base, value&& r) {
    if (r.is_error()) [[unlikely]] {
        st.truncate(base);
        return -1;
    }
    st.truncate(base + 1);
    st[base] = std::move(r);  // in the callable's place
    if (m.suspend_request) [[unlikely]] {
        st.truncate(base);
        m.suspend_request = 0;
        return 2;
    }
    return 0;
}
}  // namespace

int call_native_positional(vm& m, value_stack& st, std::uint32_t arg) {
    const std::size_t argc = arg & 0x7FFFFFu;
    const bool with_self = (arg & 0x800000u) != 0;
    const std::size_t base = st.size() - argc - (with_self ? 2 : 1);
    auto* nf = st[base].as<native_function_object>();
    const bool has_receiver = with_self && !st[base + 1].is_error();
    call_args a;
    a.pos = &st[base + (with_self ? 2 : 1)];
    a.npos = argc;
    value r;
    if (!nf->self.is_none()) {
        if (has_receiver) {  // a bound native called with its receiver in front: vm::call passes both
            a.pos = &st[base + 1];
            a.npos = argc + 1;
        }
        r = nf->fn(m, nf->self, a);
    } else if (has_receiver) {
        r = nf->fn(m, st[base + 1], a);
    } else if (nf->is_method && argc > 0) {  // str.lower(s): the first argument is self
        a.pos = a.pos + 1;
        a.npos = argc - 1;
        r = nf->fn(m, a.pos[-1], a);
    } else {
        r = nf->fn(m, value::none(), a);
    }
    return push_call_result(m, st, base, std::move(r));
}

// Calls callable with the arguments on f's stack. Python functions get a frame and continue in the loop.
int do_call(vm& m, thread& t, frame*& f, op o, std::uint32_t arg) {
    t.top = f;  // natives (super(), tracebacks of warnings) look at the running frame
    auto& st = f->stack;
    std::vector<value> ex_args;
    std::vector<const std::string*> names;
    std::vector<value> kwvals;
    value kwtuple;
    call_args kw;
    const value* args = nullptr;
    std::size_t n = 0;
    std::size_t base = 0;
    value self_prefix = value::error();
    if (o == op::call) {
        const std::size_t argc = arg & 0x7FFFFFu;
        const bool with_self = (arg & 0x800000u) != 0;
        base = st.size() - argc - (with_self ? 2 : 1);
        args = &st[base + 1];
        n = argc;
        if (with_self) {
            if (st[base + 1].is_error()) {
                args = &st[base + 2];
            } else {
                n = argc + 1;
            }
        }
    } else if (o == op::call_kw) {
        kwtuple = pop_value(st);
        auto& kn = kwtuple.as<tuple_object>()->items;
        base = st.size() - arg - 1;
        n = arg - kn.size();
        args = &st[base + 1];
        for (auto& k : kn) names.push_back(&str_of_value(k));
        kw.kwvalues = &st[base + 1 + n];
        kw.kwnames = names.data();
        kw.nkw = kn.size();
    } else {
        value kwargs;
        if (arg & 1) kwargs = pop_value(st);
        value tup = pop_value(st);
        base = st.size() - 1;
        ex_args = tup.as<tuple_object>()->items;
        args = ex_args.data();
        n = ex_args.size();
        if (arg & 1) {
            for (auto& e : kwargs.as<dict_object>()->entries) {
                if (!e.live) continue;
                if (!e.key.is(kind::str)) {
                    m.raise(m.t_type_error, "keywords must be strings");
                    return -1;
                }
                names.push_back(&str_of_value(e.key));
                kwvals.push_back(e.val);
            }
            kw.kwvalues = kwvals.data();
            kw.kwnames = names.data();
            kw.nkw = names.size();
        }
    }
    const call_args* kwp = kw.nkw ? &kw : nullptr;
    value callable = st[base];
    // Python function, bound method of one, or a class with a Python __init__: push a frame.
    function_object* fn = nullptr;
    value self;
    bool has_self = false;
    value instance;
    if (callable.is(kind::function)) {
        fn = callable.as<function_object>();
    } else if (callable.is(kind::bound_method) && callable.as<bound_method_object>()->func.is(kind::function)) {
        fn = callable.as<bound_method_object>()->func.as<function_object>();
        self = callable.as<bound_method_object>()->self;
        has_self = true;
    } else if (callable.is(kind::type) && !callable.as<type_object>()->is_builtin &&
               !callable.as<type_object>()->is_exception) {
        auto* cls = callable.as<type_object>();
        value init = m.lookup_class(cls, "__init__");
        if (init.is(kind::function)) {
            auto* inst = m.heap.make<instance_object>();
            inst->type = cls;
            incref(cls);
            instance = value::from_obj(inst);
            fn = init.as<function_object>();
            self = instance;
            has_self = true;
        }
    }
    if (fn) {
        frame* callee;
        if (has_self) {
            std::vector<value> all;
            all.reserve(n + 1);
            all.push_back(self);
            for (std::size_t i = 0; i < n; ++i) all.push_back(args[i]);
            callee = m.make_frame(fn, all.data(), all.size(), kwp);
        } else {
            callee = m.make_frame(fn, args, n, kwp);
        }
        st.resize(base);
        if (!callee) return -1;
        if (fn->code->is_generator || fn->is_async_coroutine_decorated) {
            st.push_back(make_generator(m, fn, callee));
            return 0;
        }
        callee->push_instead = instance;
        if (!push_frame(m, t, f, callee)) return -1;
        return 1;
    }
    value r;
    if (o == op::call && (arg & 0x800000u) && !st[base + 1].is_error() && callable.is(kind::native_function) &&
        callable.as<native_function_object>()->self.is_none()) {
        call_args a;
        a.pos = st.data() + base + 2;
        a.npos = arg & 0x7FFFFFu;
        value receiver = st[base + 1];
        r = callable.as<native_function_object>()->fn(m, receiver, a);
    } else {
        r = m.call(callable, args, n, kwp);
    }
    return push_call_result(m, st, base, std::move(r));
}

}  // namespace looplab::python
