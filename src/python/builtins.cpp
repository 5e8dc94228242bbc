// builtins.cpp — the builtins module: a table of name -> native function (print, len, sorted, isinstance, ...).
#include "python/float_format.h"
#include "python/pymath.h"
#include "python/vm_internal.h"

#include <algorithm>
#include <cmath>

namespace looplab::python {

value py_err(vm& m, const py_error& e);
value builtin_sorted(vm& m, const value& self, const call_args& a);  // builtins_seq.cpp
void install_builtins_seq(vm& m);  // builtins_seq.cpp

bool check_args(vm& m, const call_args& a, std::size_t min, std::size_t max, std::string_view fname) {
    if (a.npos >= min && a.npos <= max) return true;
    if (min == max)
        m.raise(m.t_type_error, std::string(fname) + "() takes exactly " +
                                    (min == 1 ? std::string("one argument") : std::to_string(min) + " arguments") +
                                    " (" + std::to_string(a.npos) + " given)");
    else if (a.npos < min)
        m.raise(m.t_type_error, std::string(fname) + " expected at least " + std::to_string(min) + " argument" +
                                    (min == 1 ? "" : "s") + ", got " + std::to_string(a.npos));
    else
        m.raise(m.t_type_error, std::string(fname) + " expected at most " + std::to_string(max) + " argument" +
                                    (max == 1 ? "" : "s") + ", got " + std::to_string(a.npos));
    return false;
}

namespace {
value b_print(vm& m, const value&, const call_args& a) {
    std::string sep = " ", end = "\n";
    if (const value* s = a.kw("sep"); s && !s->is_none()) {
        if (!s->is(kind::str)) return m.raise(m.t_type_error, "sep must be None or a string, not " + type_name(m, *s));
        sep = str_of_value(*s);
    }
    if (const value* e = a.kw("end"); e && !e->is_none()) {
        if (!e->is(kind::str)) return m.raise(m.t_type_error, "end must be None or a string, not " + type_name(m, *e));
        end = str_of_value(*e);
    }
    std::string line;
    for (std::size_t i = 0; i < a.npos; ++i) {
        if (i) line += sep;
        if (!m.str_of(a[i], line)) return value::error();
    }
    line += end;
    const value* file = a.kw("file");
    if (file && !file->is_none() && file->is(kind::module)) {
        m.err_text += line;
        return value::none();
    }
    m.write_out(line);
    if (m.aborted) return value::error();
    return value::none();
}

value b_len(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 1, 1, "len")) return value::error();
    const std::int64_t n = m.length(a[0]);
    if (n < 0) return value::error();
    return value::from_int(n);
}

value b_repr(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 1, 1, "repr")) return value::error();
    return m.repr(a[0]);
}

value b_isinstance(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 2, 2, "isinstance")) return value::error();
    auto check = [&](const value& t) -> int {
        if (!t.is(kind::type)) return -1;
        return m.type_of(a[0])->is_subtype_of(t.as<type_object>());
    };
    if (a[1].is(kind::tuple)) {
        for (auto& t : a[1].as<tuple_object>()->items) {
            const int r = check(t);
            if (r < 0)
                return m.raise(m.t_type_error, "isinstance() arg 2 must be a type, a tuple of types, or a union");
            if (r) return value::from_bool(true);
        }
        return value::from_bool(false);
    }
    const int r = check(a[1]);
    if (r < 0) return m.raise(m.t_type_error, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return value::from_bool(r == 1);
}

value b_issubclass(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 2, 2, "issubclass")) return value::error();
    if (!a[0].is(kind::type)) return m.raise(m.t_type_error, "issubclass() arg 1 must be a class");
    if (a[1].is(kind::tuple)) {
        for (auto& t : a[1].as<tuple_object>()->items)
            if (t.is(kind::type) && a[0].as<type_object>()->is_subtype_of(t.as<type_object>()))
                return value::from_bool(true);
        return value::from_bool(false);
    }
    if (!a[1].is(kind::type))
        return m.raise(m.t_type_error, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return value::from_bool(a[0].as<type_object>()->is_subtype_of(a[1].as<type_object>()));
}

value b_abs(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 1, 1, "abs")) return value::error();
    if (a[0].is_intlike()) {
        if (a[0].as_int() == INT64_MIN)
            return m.raise(m.t_overflow_error, "LoopLab's ints are 64-bit: abs() overflowed");
        return value::from_int(a[0].as_int() < 0 ? -a[0].as_int() : a[0].as_int());
    }
    if (a[0].is_float()) return value::from_float(std::fabs(a[0].as_float()));
    if (a[0].is(kind::instance)) return m.call_method(a[0], "__abs__", nullptr, 0);
    return m.raise(m.t_type_error, "bad operand type for abs(): '" + type_name(m, a[0]) + "'");
}

value b_round(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 1, 2, "round")) return value::error();
    const bool has_nd = a.npos == 2 && !a[1].is_none();
    if (has_nd && !a[1].is_intlike())
        return m.raise(m.t_type_error, "'" + type_name(m, a[1]) + "' object cannot be interpreted as an integer");
    if (a[0].is_intlike()) {
        if (!has_nd) return value::from_int(a[0].as_int());
        auto r = round_int(a[0].as_int(), a[1].as_int());
        if (!r.ok()) return py_err(m, r.error());
        return value::from_int(r.value());
    }
    if (a[0].is_float()) {
        if (!has_nd) {
            auto r = round_to_int(a[0].as_float());
            if (!r.ok()) return py_err(m, r.error());
            return value::from_int(r.value());
        }
        auto r = round_float(a[0].as_float(), a[1].as_int());
        if (!r.ok()) return py_err(m, r.error());
        return value::from_float(r.value());
    }
    return m.raise(m.t_type_error, "type " + type_name(m, a[0]) + " doesn't define __round__ method");
}

value b_divmod(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 2, 2, "divmod")) return value::error();
    value q = m.binary(static_cast<int>(binary_op::floor_div), a[0], a[1]);
    if (q.is_error()) return q;
    value r = m.binary(static_cast<int>(binary_op::mod), a[0], a[1]);
    if (r.is_error()) return r;
    return m.new_tuple({q, r});
}

value b_pow(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 2, 3, "pow")) return value::error();
    if (a.npos == 3 && !a[2].is_none()) {
        if (!a[0].is_intlike() || !a[1].is_intlike() || !a[2].is_intlike())
            return m.raise(m.t_type_error, "pow() 3rd argument not allowed unless all arguments are integers");
        auto r = int_pow_mod(a[0].as_int(), a[1].as_int(), a[2].as_int());
        if (!r.ok()) return py_err(m, r.error());
        return value::from_int(r.value());
    }
    return m.binary(static_cast<int>(binary_op::pow), a[0], a[1]);
}

value b_hash(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 1, 1, "hash")) return value::error();
    bool ok = true;
    const std::int64_t h = m.hash(a[0], ok);
    if (!ok) return value::error();
    return value::from_int(h);
}

value b_id(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 1, 1, "id")) return value::error();
    if (a[0].is_obj()) return value::from_int(static_cast<std::int64_t>(reinterpret_cast<std::uintptr_t>(a[0].obj())));
    return value::from_int(a[0].as_int() * 16 + static_cast<int>(a[0].get_tag()));
}

value b_callable(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 1, 1, "callable")) return value::error();
    const value& v = a[0];
    bool r = v.is(kind::function) || v.is(kind::native_function) || v.is(kind::bound_method) || v.is(kind::type);
    if (v.is(kind::instance)) r = !m.lookup_class(v.obj()->type, "__call__").is_error();
    return value::from_bool(r);
}

value b_getattr(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 2, 3, "getattr")) return value::error();
    if (!a[1].is(kind::str))
        return m.raise(m.t_type_error, "attribute name must be string, not '" + type_name(m, a[1]) + "'");
    value r = m.get_attr(a[0], str_of_value(a[1]), a.npos < 3);
    if (r.is_error() && a.npos == 3) {
        if (m.failed()) {
            if (!m.exc_matches(m.pending, value::from_obj(m.t_attribute_error))) return r;
            m.take_pending();
        }
        return a[2];
    }
    return r;
}

value b_setattr(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 3, 3, "setattr")) return value::error();
    if (!m.set_attr(a[0], str_of_value(a[1]), a[2])) return value::error();
    return value::none();
}

value b_hasattr(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 2, 2, "hasattr")) return value::error();
    value r = m.get_attr(a[0], str_of_value(a[1]), false);
    if (r.is_error()) {
        if (m.failed()) m.take_pending();
        return value::from_bool(false);
    }
    return value::from_bool(true);
}

value b_delattr(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 2, 2, "delattr")) return value::error();
    if (!m.del_attr(a[0], str_of_value(a[1]))) return value::error();
    return value::none();
}

value b_chr(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 1, 1, "chr")) return value::error();
    if (!a[0].is_intlike())
        return m.raise(m.t_type_error, "an integer is required (got type " + type_name(m, a[0]) + ")");
    const std::int64_t c = a[0].as_int();
    if (c < 0 || c > 0x10FFFF) return m.raise(m.t_value_error, "chr() arg not in range(0x110000)");
    return make_str(m, utf8_encode(static_cast<char32_t>(c)));
}

value b_ord(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 1, 1, "ord")) return value::error();
    if (!a[0].is(kind::str))
        return m.raise(m.t_type_error, "ord() expected string of length 1, but " + type_name(m, a[0]) + " found");
    const std::string& s = str_of_value(a[0]);
    if (code_point_count(s) != 1)
        return m.raise(m.t_type_error, "ord() expected a character, but string of length " +
                                           std::to_string(code_point_count(s)) + " found");
    const auto c0 = static_cast<unsigned char>(s[0]);
    std::uint32_t cp = c0;
    if (c0 >= 0xF0)
        cp = (c0 & 0x07u) << 18 | (static_cast<unsigned char>(s[1]) & 0x3Fu) << 12 |
             (static_cast<unsigned char>(s[2]) & 0x3Fu) << 6 | (static_cast<unsigned char>(s[3]) & 0x3Fu);
    else if (c0 >= 0xE0)
        cp = (c0 & 0x0Fu) << 12 | (static_cast<unsigned char>(s[1]) & 0x3Fu) << 6 |
             (static_cast<unsigned char>(s[2]) & 0x3Fu);
    else if (c0 >= 0xC0)
        cp = (c0 & 0x1Fu) << 6 | (static_cast<unsigned char>(s[1]) & 0x3Fu);
    return value::from_int(cp);
}

value b_hex(vm& m, const value&, const call_args& a) {
    std::int64_t n = 0;
    if (!check_args(m, a, 1, 1, "hex") || !m.index_of(a[0], n)) return value::error();
    return make_str(m, int_to_hex(a[0].as_int()));
}
value b_oct(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 1, 1, "oct")) return value::error();
    return make_str(m, int_to_oct(a[0].as_int()));
}
value b_bin(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 1, 1, "bin")) return value::error();
    return make_str(m, int_to_bin(a[0].as_int()));
}

value b_format(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 1, 2, "format")) return value::error();
    return m.format(a[0], a.npos == 2 ? std::string_view(str_of_value(a[1])) : std::string_view());
}

value b_iter(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 1, 2, "iter")) return value::error();
    return m.get_iter(a[0]);
}

value b_next(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 1, 2, "next")) return value::error();
    const value& it = a[0];
    if (!it.is(kind::iterator) && !it.is(kind::generator) && !it.is(kind::instance) && !it.is(kind::asyncio))
        return m.raise(m.t_type_error, "'" + type_name(m, it) + "' object is not an iterator");
    bool done = false;
    value v = m.next(it, done);
    if (v.is_error()) return v;
    if (done) {
        if (a.npos == 2) return a[1];
        value exc = m.make_exception(m.t_stop_iteration, "");
        if (it.is(kind::generator) && !m.result.is_none()) exc.as<exception_object>()->args = m.new_tuple({m.result});
        return m.raise_value(exc);
    }
    return v;
}

value b_any_all(vm& m, const call_args& a, bool any) {
    if (!check_args(m, a, 1, 1, any ? "any" : "all")) return value::error();
    value it = m.get_iter(a[0]);
    if (it.is_error()) return it;
    for (;;) {
        bool done = false;
        value v = m.next(it, done);
        if (v.is_error()) return v;
        if (done) return value::from_bool(!any);
        const int t = m.truthy(v);
        if (t < 0) return value::error();
        if ((t == 1) == any) return value::from_bool(any);
    }
}
value b_any(vm& m, const value&, const call_args& a) { return b_any_all(m, a, true); }
value b_all(vm& m, const value&, const call_args& a) { return b_any_all(m, a, false); }

value b_vars(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 1, 1, "vars")) return value::error();
    value d = m.new_dict();
    if (a[0].is(kind::instance))
        for (auto& [k, v] : a[0].as<instance_object>()->attrs.items) d.as<dict_object>()->set(m, m.str_value(k), v);
    return d;
}

value b_super(vm& m, const value&, const call_args& a) {
    auto* s = m.heap.make<super_object>();
    s->type = m.t_super;
    value sv = value::from_obj(s);
    if (a.npos == 2) {
        s->start = a[0].as<type_object>();
        s->self = a[1];
        return sv;
    }
    thread* t = m.running_thread;
    frame* f = t ? t->top : nullptr;
    if (!f || f->code->argcount == 0 || f->slots.empty()) return m.raise(m.t_runtime_error, "super(): no arguments");
    value self = f->slots[0];
    if (self.is(kind::cell)) self = self.as<cell_object>()->v;
    type_object* start = nullptr;
    type_object* cls = self.is(kind::type) ? self.as<type_object>() : m.type_of(self);
    for (type_object* c = cls; c && !start; c = c->base)
        for (auto& [k, v] : c->dict.items) {
            value fn = v;
            if (fn.is(kind::classmethod) || fn.is(kind::staticmethod)) fn = fn.as<wrapper_object>()->func;
            if (fn.is(kind::property)) fn = fn.as<property_object>()->fget;
            if (fn.is(kind::function) && fn.as<function_object>()->code == f->code) {
                start = c;
                break;
            }
        }
    if (!start) return m.raise(m.t_runtime_error, "super(): __class__ cell not found");
    s->start = start;
    s->self = self;
    return sv;
}

value wrap(vm& m, const call_args& a, kind k, type_object* t) {
    if (!check_args(m, a, 1, 1, t->name)) return value::error();
    auto* w = m.heap.make<wrapper_object>(k);
    w->type = t;
    w->func = a[0];
    return value::from_obj(w);
}
value b_staticmethod(vm& m, const value&, const call_args& a) {
    return wrap(m, a, kind::staticmethod, m.t_staticmethod);
}
value b_classmethod(vm& m, const value&, const call_args& a) { return wrap(m, a, kind::classmethod, m.t_classmethod); }

value prop_setter(vm& m, const value& self, const call_args& a) {
    auto* p = m.heap.make<property_object>();
    p->type = m.t_property;
    p->fget = self.as<property_object>()->fget;
    p->fset = a[0];
    return value::from_obj(p);
}

value b_property(vm& m, const value&, const call_args& a) {
    auto* p = m.heap.make<property_object>();
    p->type = m.t_property;
    if (a.npos > 0) p->fget = a[0];
    if (a.npos > 1) p->fset = a[1];
    return value::from_obj(p);
}

value b_type(vm& m, const value&, const call_args& a) {
    if (a.npos == 1) return value::from_obj(m.type_of(a[0]));
    return m.raise(m.t_type_error, "type() takes 1 argument in LoopLab's Python");
}

value b_object(vm& m, const value&, const call_args&) {
    auto* inst = m.heap.make<instance_object>();
    inst->type = m.t_object;
    return value::from_obj(inst);
}

value b_input(vm& m, const value&, const call_args&) {
    return m.raise(m.t_runtime_error, "input() is not available in LoopLab's Python (no standard input)");
}

value obj_init(vm&, const value&, const call_args&) { return value::none(); }
value obj_eq(vm& m, const value& self, const call_args& a) {
    if (a.npos != 1) return m.not_implemented;
    return self.same(a[0]) ? value::from_bool(true) : m.not_implemented;
}
value obj_repr(vm& m, const value& self, const call_args&) {
    std::string s;
    auto* t = m.type_of(self);
    char buf[40];
    std::snprintf(buf, sizeof buf, " object at 0x%012llx>",
                  static_cast<unsigned long long>(reinterpret_cast<std::uintptr_t>(self.obj())));
    s = "<" + (t->module_name == "builtins" ? "" : t->module_name + ".") + t->name + buf;
    return make_str(m, std::move(s));
}
value obj_str(vm& m, const value& self, const call_args&) { return m.repr(self); }
value obj_hash(vm& m, const value& self, const call_args&) {
    bool ok = true;
    return value::from_int(m.hash(self, ok));
}
}  // namespace

void install_builtins(vm& m) {
    module_object* b = m.builtins;
    auto def = [&](const char* name, native_fn fn) { b->set(name, m.new_native(name, fn)); };
    def("print", b_print);
    def("len", b_len);
    def("repr", b_repr);
    def("isinstance", b_isinstance);
    def("issubclass", b_issubclass);
    def("abs", b_abs);
    def("round", b_round);
    def("divmod", b_divmod);
    def("pow", b_pow);
    def("hash", b_hash);
    def("id", b_id);
    def("callable", b_callable);
    def("getattr", b_getattr);
    def("setattr", b_setattr);
    def("hasattr", b_hasattr);
    def("delattr", b_delattr);
    def("chr", b_chr);
    def("ord", b_ord);
    def("hex", b_hex);
    def("oct", b_oct);
    def("bin", b_bin);
    def("format", b_format);
    def("iter", b_iter);
    def("next", b_next);
    def("any", b_any);
    def("all", b_all);
    def("vars", b_vars);
    def("input", b_input);
    m.t_super->native_methods["__call__"] = m.new_native("super", b_super);
    m.t_staticmethod->native_methods["__call__"] = m.new_native("staticmethod", b_staticmethod);
    m.t_classmethod->native_methods["__call__"] = m.new_native("classmethod", b_classmethod);
    m.t_property->native_methods["__call__"] = m.new_native("property", b_property);
    m.t_property->native_methods["setter"] = m.new_native("setter", prop_setter);
    m.t_type->native_methods["__call__"] = m.new_native("type", b_type);
    m.add_methods(m.t_object, {{"__init__", obj_init},
                               {"__eq__", obj_eq},
                               {"__repr__", obj_repr},
                               {"__str__", obj_str},
                               {"__hash__", obj_hash}});
    (void)b_object;
    for (type_object* t :
         {m.t_object, m.t_type, m.t_int, m.t_bool, m.t_float, m.t_str, m.t_list, m.t_tuple, m.t_dict, m.t_set,
          m.t_frozenset, m.t_range, m.t_slice, m.t_super, m.t_staticmethod, m.t_classmethod, m.t_property})
        b->set(t->name, value::from_obj(t));
    for (auto& tv : m.type_refs) {
        auto* t = tv.as<type_object>();
        if (t->is_exception && t->module_name == "builtins") b->set(t->name, tv);
    }
    b->set("NotImplemented", m.not_implemented);
    b->set("Ellipsis", m.ellipsis);
    b->set("None", value::none());
    b->set("__name__", m.str_value("builtins"));
    install_builtins_seq(m);
}

}  // namespace looplab::python
