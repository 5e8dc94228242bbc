// builtins_object.cpp — the object-model builtins: isinstance, getattr & co, vars, super, staticmethod, classmethod,
// property, type, and object's own methods (__init__, __eq__, __repr__, __str__, __hash__).
#include "python/vm_internal.h"

#include <cstdio>

namespace looplab::python {

namespace {
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

void install_builtins_object(vm& m) {
    module_object* b = m.builtins;
    auto def = [&](const char* name, native_fn fn) { b->set(name, m.new_native(name, fn)); };
    def("isinstance", b_isinstance);
    def("issubclass", b_issubclass);
    def("callable", b_callable);
    def("getattr", b_getattr);
    def("setattr", b_setattr);
    def("hasattr", b_hasattr);
    def("delattr", b_delattr);
    def("vars", b_vars);
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
}

}  // namespace looplab::python
