// vm.cpp — the vm's set-up (built-in types, the exception hierarchy), raising, tracebacks, output, imports.
#include "python/vm.h"

#include "python/compiler.h"
#include "python/library_module.h"
#include "python/module_asyncio.h"
#include "python/parser.h"

namespace looplab::python {

type_object* vm::new_type(std::string_view name, type_object* base, kind instance_kind) {
    auto* t = heap.make<type_object>();
    t->type = t_type;
    t->name = std::string(name);
    t->base = base;
    if (base) t->base_ref = value::from_obj(base);
    t->instance_kind = instance_kind;
    t->is_exception = base && base->is_exception;
    t->is_builtin = true;
    type_refs.push_back(value::from_obj(t));
    return t;
}

vm::vm(const run_config& c)
    : cfg(c), loop(loop_options{.record_events = c.record_events, .reserve_events = 0}), rng(c.seed) {
    t_type = nullptr;
    t_object = new_type("object", nullptr, kind::instance);
    t_type = new_type("type", t_object, kind::type);
    t_object->type = t_type;
    t_type->type = t_type;
    auto mk = [&](const char* n, kind k) { return new_type(n, t_object, k); };
    t_none = mk("NoneType", kind::other);
    t_int = mk("int", kind::other);
    t_bool = new_type("bool", t_int, kind::other);
    t_float = mk("float", kind::other);
    t_str = mk("str", kind::str);
    t_list = mk("list", kind::list);
    t_tuple = mk("tuple", kind::tuple);
    t_dict = mk("dict", kind::dict);
    t_set = mk("set", kind::set);
    t_frozenset = mk("frozenset", kind::set);
    t_range = mk("range", kind::range);
    t_slice = mk("slice", kind::slice);
    t_function = mk("function", kind::function);
    t_native = mk("builtin_function_or_method", kind::native_function);
    t_method = mk("method", kind::bound_method);
    t_module = mk("module", kind::module);
    t_generator = mk("generator", kind::generator);
    t_coroutine = mk("coroutine", kind::generator);
    t_iterator = mk("iterator", kind::iterator);
    t_cell = mk("cell", kind::cell);
    t_code = mk("code", kind::code);
    t_property = mk("property", kind::property);
    t_staticmethod = mk("staticmethod", kind::staticmethod);
    t_classmethod = mk("classmethod", kind::classmethod);
    t_super = mk("super", kind::super);
    t_dict_keys = mk("dict_keys", kind::iterator);
    t_dict_values = mk("dict_values", kind::iterator);
    t_dict_items = mk("dict_items", kind::iterator);
    install_exceptions(*this);
    auto* ni = heap.make<instance_object>();
    ni->type = new_type("NotImplementedType", t_object, kind::instance);
    not_implemented = value::from_obj(ni);
    auto* el = heap.make<instance_object>();
    el->type = new_type("ellipsis", t_object, kind::instance);
    ellipsis = value::from_obj(el);
    empty_tuple = new_tuple({});
    auto* b = heap.make<module_object>();
    b->type = t_module;
    b->name = "builtins";
    builtins = b;
    builtins_ref = value::from_obj(b);
    auto* mm = heap.make<module_object>();
    mm->type = t_module;
    mm->name = "__main__";
    main_module = mm;
    main_ref = value::from_obj(mm);
    mm->set("__name__", str_value("__main__"));
    install_type_methods(*this);
    install_builtins(*this);
    tick_limit = cfg.instruction_budget;
}

vm::~vm() {
    tearing_down = true;
    heap.destroy_all();  // cycles included; every object is pinned first, so the deletes below find counts > 0
    for (frame* block : m_frame_blocks)  // the pages go with the heap, after this body
        for (std::size_t i = 0; i < frame_block_size; ++i) block[i].~frame();
    delete aio;
}

value vm::str_value(std::string_view s) { return make_str(*this, std::string(s)); }

value vm::interned(std::string_view s) { return str_value(s); }

value vm::new_list(std::vector<value> items) {
    auto* l = heap.make<list_object>();
    l->type = t_list;
    l->items = std::move(items);
    return value::from_obj(l);
}

value vm::new_tuple(std::vector<value> items) {
    auto* t = heap.make<tuple_object>();
    t->type = t_tuple;
    t->items = std::move(items);
    return value::from_obj(t);
}

value vm::new_dict() {
    auto* d = heap.make<dict_object>(kind::dict);
    d->type = t_dict;
    return value::from_obj(d);
}

value vm::new_set() {
    auto* d = heap.make<dict_object>(kind::set);
    d->type = t_set;
    return value::from_obj(d);
}

value vm::new_native(std::string_view name, native_fn fn, value self) {
    auto* n = heap.make<native_function_object>();
    n->type = t_native;
    n->fn = fn;
    n->name = std::string(name);
    n->self = std::move(self);
    return value::from_obj(n);
}

void vm::add_methods(type_object* t, std::initializer_list<std::pair<const char*, native_fn>> methods) {
    for (auto& [name, fn] : methods) {
        value nf = new_native(name, fn);
        nf.as<native_function_object>()->is_method = true;
        t->native_methods[name] = nf;
    }
}

bool vm::reserve_memory(std::size_t bytes) {
    if (bytes > cfg.memory_budget || memory_used > cfg.memory_budget - bytes) {
        raise(t_memory_error, "");
        return false;
    }
    return true;
}

value vm::make_exception(type_object* t, std::string msg) {
    auto* e = heap.make<exception_object>();
    e->type = t;
    value ev = value::from_obj(e);
    if (msg.empty() && (t == t_memory_error || t == t_stop_iteration || t == t_cancelled_error ||
                        t == t_timeout_error || t == t_assertion_error || t == t_key_error))
        e->args = empty_tuple;
    else
        e->args = new_tuple({make_str(*this, std::move(msg))});
    return ev;
}

value vm::raise(type_object* t, std::string msg) {
    pending = make_exception(t, std::move(msg));
    return value::error();
}

value vm::raise_value(value exc) {
    if (exc.is(kind::type) && exc.as<type_object>()->is_exception) {
        value inst = call0(exc);
        if (inst.is_error()) return inst;
        exc = inst;
    }
    if (!exc.is(kind::exception)) return raise(t_type_error, "exceptions must derive from BaseException");
    pending = exc;
    return value::error();
}

bool vm::exc_matches(const value& exc, const value& type) {
    if (type.is(kind::tuple)) {
        for (auto& t : type.as<tuple_object>()->items)
            if (exc_matches(exc, t)) return true;
        return false;
    }
    if (!type.is(kind::type)) return false;
    return type_of(exc)->is_subtype_of(type.as<type_object>());
}

void vm::abort(std::string message) {
    aborted = true;
    abort_message = std::move(message);
}

void vm::write_out(std::string_view s) {
    if (out_text.size() + s.size() > cfg.output_cap) {
        abort("printed output exceeded LoopLab's cap of " + std::to_string(cfg.output_cap) + " bytes");
        return;
    }
    out_text.append(s);
    for (char c : s) {
        if (c == '\n') {
            lines.push_back(printed_line{loop.now(), current_task_id, std::move(partial_line)});
            partial_line.clear();
        } else {
            partial_line += c;
        }
    }
}

void vm::warn(std::string text) { warn(std::move(text), warning_kind::note, current_task_id); }

void vm::warn(std::string text, warning_kind kind, std::uint32_t task) {
    if (tearing_down) return;
    err_text += text;
    err_text += '\n';
    warnings.push_back(run_warning{loop.now(), std::move(text), kind, task});
}

std::string vm::exception_line(const value& exc) {
    std::string name = type_of(exc)->name;
    if (type_of(exc)->module_name != "builtins" && type_of(exc)->module_name != "__main__")
        name = type_of(exc)->module_name + "." + name;
    std::string msg;
    if (!str_of(exc, msg)) {
        take_pending();
        msg = "<exception str() failed>";
    }
    return msg.empty() ? name : name + ": " + msg;
}

std::string vm::format_traceback(const value& excv) {
    std::string s;
    if (!excv.is(kind::exception)) return "";
    auto* e = excv.as<exception_object>();
    if (e->cause.is(kind::exception)) {
        s += format_traceback(e->cause);
        s += "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (e->context.is(kind::exception) && !e->suppress_context) {
        s += format_traceback(e->context);
        s += "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
    if (!e->tb.empty()) {
        s += "Traceback (most recent call last):\n";
        std::size_t repeats = 0;
        for (std::size_t i = e->tb.size(); i-- > 0;) {
            const traceback_entry& t = e->tb[i];
            // CPython prints a run of identical entries three times, then "[Previous line repeated N more times]"
            const bool same_as_prev =
                i + 1 < e->tb.size() && e->tb[i + 1].code == t.code && e->tb[i + 1].line == t.line;
            repeats = same_as_prev ? repeats + 1 : 0;
            const bool next_differs = i == 0 || e->tb[i - 1].code != t.code || e->tb[i - 1].line != t.line;
            if (repeats >= 3) {
                if (next_differs) {
                    const std::size_t more = repeats - 2;
                    s += "  [Previous line repeated " + std::to_string(more) + " more time" + (more == 1 ? "" : "s") +
                         "]\n";
                }
                continue;
            }
            if (t.code->library) {
                s += "  File \"<LoopLab asyncio>\", line " + std::to_string(t.line) + ", in " + t.code->name + "\n";
                continue;
            }
            s += "  File \"" + filename + "\", line " + std::to_string(t.line) + ", in " + t.code->name + "\n";
            if (t.line >= 1 && static_cast<std::size_t>(t.line) <= source_lines.size()) {
                std::string_view l = source_lines[static_cast<std::size_t>(t.line) - 1];
                const auto b = l.find_first_not_of(" \t");
                if (b != std::string_view::npos) s += "    " + std::string(l.substr(b)) + "\n";
            }
        }
    }
    s += exception_line(excv) + "\n";
    return s;
}

// The compiler makes constants without a vm: give them their types.
void vm::adopt_code(code_object* c) {
    c->type = t_code;
    for (auto& k : c->consts) {
        if (!k.is_obj()) continue;
        if (k.is(kind::str)) k.obj()->type = t_str;
        if (k.is(kind::tuple)) {
            k.obj()->type = t_tuple;
            for (auto& x : k.as<tuple_object>()->items)
                if (x.is(kind::str)) x.obj()->type = t_str;
        }
        if (k.is(kind::code)) adopt_code(k.as<code_object>());
    }
}

namespace {}  // namespace

value vm::load_prelude(std::string_view name, const library_module& compiled) {
    if (!compiled.code.is(kind::code)) {
        warn("internal error: prelude " + std::string(name) + ": " + compiled.error);
        return raise(t_import_error, "prelude failed");
    }
    const value code = copy_code(*compiled.code.as<code_object>(), heap);
    auto* mod = heap.make<module_object>();
    mod->type = t_module;
    mod->name = std::string(name);
    value mv = value::from_obj(mod);
    all_code.push_back(code);
    adopt_code(code.as<code_object>());
    auto* fn = heap.make<function_object>();
    fn->type = t_function;
    fn->code = code.as<code_object>();
    fn->code_ref = code;
    fn->module = mod;
    fn->module_ref = mv;
    fn->name = "<module>";
    value fv = value::from_obj(fn);
    value r = call0(fv);
    if (r.is_error()) return r;
    return mv;
}

value vm::import(std::string_view name) {
    for (auto& [n, m] : modules)
        if (n == name) return m;
    value m;
    if (name == "asyncio")
        m = make_module_asyncio(*this);
    else if (name == "random")
        m = make_module_random(*this);
    else if (name == "time")
        m = make_module_time(*this);
    else if (name == "math")
        m = make_module_math(*this);
    else
        return raise(t_module_not_found, "No module named '" + std::string(name) +
                                             "' (LoopLab's Python has asyncio, random, time and math)");
    if (m.is_error()) return m;
    modules.emplace_back(std::string(name), m);
    return m;
}

}  // namespace looplab::python
