// vm_attr.cpp — attributes (instances, classes, modules, built-in methods), class creation, calling types.
#include "python/vm_internal.h"

namespace looplab::python {

type_object* vm::type_of(const value& v) const {
    switch (v.get_tag()) {
        case tag::none:
            return t_none;
        case tag::boolean:
            return t_bool;
        case tag::integer:
            return t_int;
        case tag::floating:
            return t_float;
        case tag::obj:
            return v.obj()->type;
        case tag::error:
            break;
    }
    return t_none;
}

value vm::lookup_class(type_object* t, std::string_view name) {
    for (type_object* c = t; c; c = c->base) {
        if (value* v = c->dict.find(name)) return *v;
        if (!c->native_methods.empty()) {
            auto it = c->native_methods.find(std::string(name));
            if (it != c->native_methods.end()) return it->second;
        }
    }
    return value::error();
}

namespace {
value bind(vm& m, const value& fn, const value& self) {
    if (fn.is(kind::function)) {
        auto* b = m.heap.make<bound_method_object>();
        b->type = m.t_method;
        incref(m.t_method);
        b->func = fn;
        b->self = self;
        return value::from_obj(b);
    }
    if (fn.is(kind::native_function)) {
        auto* nf = fn.as<native_function_object>();
        return m.new_native(nf->name, nf->fn, self);
    }
    return fn;
}
}  // namespace

value vm::get_attr(const value& obj, std::string_view name, bool raise_missing) {
    type_object* t = type_of(obj);
    if (obj.is(kind::instance) || obj.is(kind::exception)) {
        auto* inst = obj.as<instance_object>();
        if (value* v = inst->attrs.find(name)) return *v;
        if (obj.is(kind::exception)) {
            auto* e = obj.as<exception_object>();
            if (name == "args") return e->args;
            if (name == "__cause__") return e->cause;
            if (name == "__context__") return e->context;
            if (name == "__traceback__") return value::none();
            if (name == "__suppress_context__") return value::from_bool(e->suppress_context);
            auto& items = e->args.as<tuple_object>()->items;
            if (name == "value" && obj.obj()->type->is_subtype_of(t_stop_iteration))
                return items.empty() ? value::none() : items[0];
            if (name == "exceptions" && obj.obj()->type->is_subtype_of(t_base_exception_group))
                return items.size() > 1 ? new_tuple(items[1].is(kind::list) ? items[1].as<list_object>()->items
                                                                            : items[1].as<tuple_object>()->items)
                                        : new_tuple({});
            if (name == "message" && obj.obj()->type->is_subtype_of(t_base_exception_group))
                return items.empty() ? str_value("") : items[0];
        }
    } else if (obj.is(kind::type)) {
        auto* cls = obj.as<type_object>();
        if (name == "__name__" || name == "__qualname__") return str_value(cls->name);
        if (name == "__module__") return str_value(cls->module_name);
        if (name == "__base__") return cls->base ? value::from_obj(cls->base) : value::none();
        if (name == "__mro__") {
            std::vector<value> mro;
            for (type_object* c = cls; c; c = c->base) mro.push_back(value::from_obj(c));
            return new_tuple(std::move(mro));
        }
        value v = lookup_class(cls, name);
        if (!v.is_error()) {
            if (v.is(kind::classmethod)) return bind(*this, v.as<wrapper_object>()->func, obj);
            if (v.is(kind::staticmethod)) return v.as<wrapper_object>()->func;
            return v;
        }
        if (!raise_missing) return value::error();
        return raise(t_attribute_error, "type object '" + cls->name + "' has no attribute '" + std::string(name) + "'");
    } else if (obj.is(kind::module)) {
        auto* mod = obj.as<module_object>();
        if (value* v = mod->get(std::string(name))) return *v;
        if (name == "__name__") return str_value(mod->name);
        if (!raise_missing) return value::error();
        return raise(t_attribute_error, "module '" + mod->name + "' has no attribute '" + std::string(name) + "'");
    } else if (obj.is(kind::function)) {
        auto* fn = obj.as<function_object>();
        if (name == "__name__") return str_value(fn->name);
        if (name == "__qualname__") return str_value(fn->qualname);
        if (fn->dict.is(kind::dict))
            if (value* v = fn->dict.as<dict_object>()->find(*this, str_value(name))) return *v;
    } else if (obj.is(kind::bound_method)) {
        if (name == "__self__") return obj.as<bound_method_object>()->self;
        if (name == "__func__") return obj.as<bound_method_object>()->func;
        if (name == "__name__") return get_attr(obj.as<bound_method_object>()->func, name);
    } else if (obj.is(kind::native_function)) {
        if (name == "__name__" || name == "__qualname__") return str_value(obj.as<native_function_object>()->name);
    } else if (obj.is(kind::generator)) {
        auto* g = obj.as<generator_object>();
        if (name == "__name__") return str_value(g->name);
        if (name == "__qualname__") return str_value(g->qualname);
    } else if (obj.is(kind::super)) {
        auto* s = obj.as<super_object>();
        value v = s->start->base ? lookup_class(s->start->base, name) : value::error();
        if (!v.is_error()) {
            if (v.is(kind::classmethod))
                return bind(*this, v.as<wrapper_object>()->func, value::from_obj(s->self.obj()->type));
            if (v.is(kind::staticmethod)) return v.as<wrapper_object>()->func;
            return bind(*this, v, s->self);
        }
        if (!raise_missing) return value::error();
        return raise(t_attribute_error, "'super' object has no attribute '" + std::string(name) + "'");
    }
    if (name == "__class__") return value::from_obj(t);
    value v = lookup_class(t, name);
    if (!v.is_error()) {
        if (v.is(kind::property)) {
            auto* p = v.as<property_object>();
            return call1(p->fget, obj);
        }
        if (v.is(kind::staticmethod)) return v.as<wrapper_object>()->func;
        if (v.is(kind::classmethod)) return bind(*this, v.as<wrapper_object>()->func, value::from_obj(t));
        return bind(*this, v, obj);
    }
    if (obj.is(kind::instance)) {
        value ga = lookup_class(t, "__getattr__");
        if (ga.is(kind::function)) {
            value args[2] = {obj, str_value(name)};
            return call(ga, args, 2);
        }
    }
    if (!raise_missing) return value::error();
    return raise(t_attribute_error, "'" + t->name + "' object has no attribute '" + std::string(name) + "'");
}

bool vm::set_attr(const value& obj, std::string_view name, value v) {
    if (obj.is(kind::instance) || obj.is(kind::exception)) {
        value p = lookup_class(type_of(obj), name);
        if (p.is(kind::property)) {
            auto* prop = p.as<property_object>();
            if (prop->fset.is_none()) {
                raise(t_attribute_error, "can't set attribute '" + std::string(name) + "'");
                return false;
            }
            value args[2] = {obj, v};
            return !call(prop->fset, args, 2).is_error();
        }
        if (obj.is(kind::exception)) {
            auto* e = obj.as<exception_object>();
            if (name == "__cause__") {
                e->cause = v;
                e->suppress_context = true;
                return true;
            }
            if (name == "__context__") {
                e->context = v;
                return true;
            }
            if (name == "args") {
                std::vector<value> items;
                if (!to_vector(v, items)) return false;
                e->args = new_tuple(std::move(items));
                return true;
            }
        }
        obj.as<instance_object>()->attrs.set(name, std::move(v));
        return true;
    }
    if (obj.is(kind::type) && !obj.as<type_object>()->is_builtin) {
        obj.as<type_object>()->dict.set(name, std::move(v));
        return true;
    }
    if (obj.is(kind::module)) {
        obj.as<module_object>()->set(std::string(name), std::move(v));
        return true;
    }
    if (obj.is(kind::function)) {
        auto* fn = obj.as<function_object>();
        if (name == "__name__" && v.is(kind::str)) {
            fn->name = str_of_value(v);
            return true;
        }
        if (!fn->dict.is(kind::dict)) fn->dict = new_dict();
        return fn->dict.as<dict_object>()->set(*this, str_value(name), std::move(v));
    }
    if (obj.is(kind::type)) {
        raise(t_type_error, "cannot set '" + std::string(name) + "' attribute of immutable type '" +
                                obj.as<type_object>()->name + "'");
        return false;
    }
    raise(t_attribute_error, "'" + type_name(*this, obj) + "' object has no attribute '" + std::string(name) + "'");
    return false;
}

bool vm::del_attr(const value& obj, std::string_view name) {
    if ((obj.is(kind::instance) || obj.is(kind::exception)) && obj.as<instance_object>()->attrs.erase(name))
        return true;
    if (obj.is(kind::type) && obj.as<type_object>()->dict.erase(name)) return true;
    raise(t_attribute_error, "'" + type_name(*this, obj) + "' object has no attribute '" + std::string(name) + "'");
    return false;
}

value build_class(vm& m, frame* body) {
    const auto& header = body->class_header.as<tuple_object>()->items;  // (name, bases)
    auto& bases = header[1].as<tuple_object>()->items;
    type_object* base = m.t_object;
    if (!bases.empty()) {
        if (!bases[0].is(kind::type)) return m.raise(m.t_type_error, "bases must be types");
        base = bases[0].as<type_object>();
        if (base->is_builtin && !base->is_exception && base != m.t_object)
            return m.raise(m.t_type_error, "LoopLab's Python cannot subclass the built-in type '" + base->name + "'");
    }
    type_object* t = m.new_type(str_of_value(header[0]), base, base->is_exception ? kind::exception : kind::instance);
    t->is_builtin = false;
    t->module_name = body->module->name;
    for (auto& e : body->ns.as<dict_object>()->entries) {
        if (!e.live || !e.key.is(kind::str)) continue;
        if (str_of_value(e.key) == "__module__" && e.val.is(kind::str)) {
            t->module_name = str_of_value(e.val);
            continue;
        }
        t->dict.set(str_of_value(e.key), e.val);
    }
    value tv = value::from_obj(t);
    m.type_refs.push_back(tv);
    return tv;
}

value call_other(vm& m, const value& callable, const value* args, std::size_t n, const call_args* kw) {
    if (callable.is(kind::type)) {
        auto* cls = callable.as<type_object>();
        if (cls->is_exception) {
            auto* e = m.heap.make<exception_object>();
            e->type = cls;
            incref(cls);
            value ev = value::from_obj(e);
            e->args = m.new_tuple(std::vector<value>(args, args + n));
            value init = m.lookup_class(cls, "__init__");
            if (init.is(kind::function)) {
                std::vector<value> all{ev};
                all.insert(all.end(), args, args + n);
                value r = m.call(init, all.data(), all.size(), kw);
                if (r.is_error()) return r;
            } else if (kw && kw->nkw) {
                return m.raise(m.t_type_error, cls->name + "() takes no keyword arguments");
            }
            return ev;
        }
        for (type_object* c = cls; c; c = c->base) {
            auto it = c->native_methods.find("__call__");
            if (it != c->native_methods.end() && c->is_builtin && c != m.t_object) {
                call_args a;
                a.pos = args;
                a.npos = n;
                if (kw) a = *kw, a.pos = args, a.npos = n;
                return it->second.as<native_function_object>()->fn(m, callable, a);
            }
        }
        auto* inst = m.heap.make<instance_object>();
        inst->type = cls;
        incref(cls);
        value iv = value::from_obj(inst);
        value init = m.lookup_class(cls, "__init__");
        if (init.is(kind::function)) {
            std::vector<value> all{iv};
            all.insert(all.end(), args, args + n);
            value r = m.call(init, all.data(), all.size(), kw);
            if (r.is_error()) return r;
        } else if (n > 0 || (kw && kw->nkw)) {
            return m.raise(m.t_type_error, cls->name + "() takes no arguments");
        }
        return iv;
    }
    if (callable.is(kind::instance)) {
        value fn = m.lookup_class(callable.obj()->type, "__call__");
        if (fn.is(kind::function)) {
            std::vector<value> all{callable};
            all.insert(all.end(), args, args + n);
            return m.call(fn, all.data(), all.size(), kw);
        }
    }
    if (callable.is(kind::staticmethod) || callable.is(kind::classmethod))
        return m.call(callable.as<wrapper_object>()->func, args, n, kw);
    return m.raise(m.t_type_error, "'" + type_name(m, callable) + "' object is not callable");
}

}  // namespace looplab::python
