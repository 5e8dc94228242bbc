// vm_text.cpp — str() and repr() of every value (format() and `str % args`: vm_format.cpp).
#include "python/float_format.h"
#include "python/percent_format.h"
#include "python/pymath.h"
#include "python/vm_internal.h"

namespace looplab::python {

value py_err(vm& m, const py_error& e);
std::string asyncio_repr(vm& m, const value& v);  // module_asyncio.cpp

const std::string& str_of_value(const value& v) { return v.as<str_object>()->s; }

value make_str(vm& m, std::string s) {
    auto* o = m.heap.make<str_object>();
    o->type = m.t_str;
    incref(m.t_str);
    o->s = std::move(s);
    return value::from_obj(o);
}

std::string float_repr_text(double d) { return float_repr(d); }

std::string type_name(vm& m, const value& v) { return m.type_of(v)->name; }

namespace {
std::string addr(const object* o) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%012llx",
                  static_cast<unsigned long long>(reinterpret_cast<std::uintptr_t>(o) & 0xFFFFFFFFFFFFull));
    return buf;
}

bool seq_repr(vm& m, const std::vector<value>& items, const char* open, const char* close, std::string& out,
              bool one_comma) {
    out += open;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += ", ";
        if (!m.repr_of(items[i], out)) return false;
    }
    if (one_comma && items.size() == 1) out += ",";
    out += close;
    return true;
}
}  // namespace

namespace {
struct repr_guard {
    std::vector<const object*>& stack;
    bool seen = false;
    repr_guard(std::vector<const object*>& s, const object* o) : stack(s) {
        for (const object* p : stack)
            if (p == o) seen = true;
        if (!seen) stack.push_back(o);
    }
    ~repr_guard() {
        if (!seen) stack.pop_back();
    }
};
}  // namespace

bool vm::repr_of(const value& v, std::string& out) {
    if (v.is(kind::list) || v.is(kind::dict) || v.is(kind::tuple)) {
        repr_guard g(repr_stack, v.obj());
        if (g.seen) {
            out += v.is(kind::list) ? "[...]" : v.is(kind::dict) ? "{...}" : "(...)";
            return true;
        }
        return repr_inner(v, out);
    }
    return repr_inner(v, out);
}

bool vm::repr_inner(const value& v, std::string& out) {
    if (native_depth > 100) {
        raise(t_recursion_error, "maximum recursion depth exceeded while getting the repr of an object");
        return false;
    }
    switch (v.get_tag()) {
        case tag::none:
            out += "None";
            return true;
        case tag::boolean:
            out += v.as_bool() ? "True" : "False";
            return true;
        case tag::integer:
            out += int_to_str(v.as_int());
            return true;
        case tag::floating:
            out += float_repr(v.as_float());
            return true;
        case tag::error:
            out += "<error>";
            return true;
        case tag::obj:
            break;
    }
    object* o = v.obj();
    switch (o->k) {
        case kind::str:
            out += str_repr(str_of_value(v));
            return true;
        case kind::list: {
            ++native_depth;
            const bool ok = seq_repr(*this, v.as<list_object>()->items, "[", "]", out, false);
            --native_depth;
            return ok;
        }
        case kind::tuple: {
            ++native_depth;
            const bool ok = seq_repr(*this, v.as<tuple_object>()->items, "(", ")", out, true);
            --native_depth;
            return ok;
        }
        case kind::dict: {
            auto* d = v.as<dict_object>();
            out += "{";
            bool first = true;
            ++native_depth;
            for (auto& e : d->entries) {
                if (!e.live) continue;
                if (!first) out += ", ";
                first = false;
                if (!repr_of(e.key, out)) return --native_depth, false;
                out += ": ";
                if (!repr_of(e.val, out)) return --native_depth, false;
            }
            --native_depth;
            out += "}";
            return true;
        }
        case kind::set: {
            auto* d = v.as<dict_object>();
            if (d->size() == 0) {
                out += o->type == t_frozenset ? "frozenset()" : "set()";
                return true;
            }
            if (o->type == t_frozenset) out += "frozenset(";
            out += "{";
            bool first = true;
            for (std::size_t i : d->set_order()) {
                if (!first) out += ", ";
                first = false;
                if (!repr_of(d->entries[i].key, out)) return false;
            }
            out += "}";
            if (o->type == t_frozenset) out += ")";
            return true;
        }
        case kind::range: {
            auto* r = v.as<range_object>();
            out += "range(" + int_to_str(r->start) + ", " + int_to_str(r->stop);
            if (r->step != 1) out += ", " + int_to_str(r->step);
            out += ")";
            return true;
        }
        case kind::slice: {
            auto* s = v.as<slice_object>();
            out += "slice(";
            repr_of(s->start, out);
            out += ", ";
            repr_of(s->stop, out);
            out += ", ";
            repr_of(s->step, out);
            out += ")";
            return true;
        }
        case kind::function:
            out += "<function " + v.as<function_object>()->qualname + " at " + addr(o) + ">";
            return true;
        case kind::native_function:
            out += "<built-in function " + v.as<native_function_object>()->name + ">";
            return true;
        case kind::bound_method: {
            auto* b = v.as<bound_method_object>();
            std::string q = b->func.is(kind::function) ? b->func.as<function_object>()->qualname : "?";
            out += "<bound method " + q + " of ";
            if (!repr_of(b->self, out)) return false;
            out += ">";
            return true;
        }
        case kind::type: {
            auto* t = v.as<type_object>();
            out += "<class '" + (t->module_name == "builtins" ? "" : t->module_name + ".") + t->name + "'>";
            return true;
        }
        case kind::module:
            out += "<module '" + v.as<module_object>()->name + "' (built-in)>";
            return true;
        case kind::generator: {
            auto* g = v.as<generator_object>();
            out += std::string(g->coroutine ? "<coroutine object " : "<generator object ") + g->qualname + " at " +
                   addr(o) + ">";
            return true;
        }
        case kind::exception: {
            value fn = lookup_class(o->type, "__repr__");
            if (fn.is(kind::function)) break;
            auto* e = v.as<exception_object>();
            out += o->type->name + "(";
            auto& items = e->args.as<tuple_object>()->items;
            for (std::size_t i = 0; i < items.size(); ++i) {
                if (i) out += ", ";
                if (!repr_of(items[i], out)) return false;
            }
            out += ")";
            return true;
        }
        case kind::asyncio:
            out += asyncio_repr(*this, v);
            return true;
        case kind::cell:
            out += "<cell at " + addr(o) + ">";
            return true;
        default:
            break;
    }
    value fn = lookup_class(o->type, "__repr__");
    if (fn.is(kind::function)) {
        value r = call1(fn, v);
        if (r.is_error()) return false;
        if (!r.is(kind::str)) {
            raise(t_type_error, "__repr__ returned non-string (type " + type_name(*this, r) + ")");
            return false;
        }
        out += str_of_value(r);
        return true;
    }
    if (o->k == kind::iterator && v.as<iterator_object>()->pos == -100) {
        std::vector<value> items;
        if (!to_vector(v, items)) return false;
        out += o->type->name + "(";
        if (!seq_repr(*this, items, "[", "]", out, false)) return false;
        out += ")";
        return true;
    }
    if (o->k == kind::iterator) {
        out += "<" + o->type->name + " object at " + addr(o) + ">";
        return true;
    }
    out += "<" + (o->type->module_name == "builtins" ? "" : o->type->module_name + ".") + o->type->name +
           " object at " + addr(o) + ">";
    return true;
}

bool vm::str_of(const value& v, std::string& out) {
    if (v.is(kind::str)) {
        out += str_of_value(v);
        return true;
    }
    if (v.is(kind::instance) || v.is(kind::exception)) {
        value fn = lookup_class(v.obj()->type, "__str__");
        if (fn.is(kind::function)) {
            value r = call1(fn, v);
            if (r.is_error()) return false;
            if (!r.is(kind::str)) {
                raise(t_type_error, "__str__ returned non-string (type " + type_name(*this, r) + ")");
                return false;
            }
            out += str_of_value(r);
            return true;
        }
        if (v.is(kind::exception) && v.obj()->type->is_subtype_of(t_base_exception_group)) {
            auto& items = v.as<exception_object>()->args.as<tuple_object>()->items;
            if (items.size() == 2) {
                const std::int64_t n = length(items[1]);
                if (!str_of(items[0], out)) return false;
                out += " (" + std::to_string(n) + " sub-exception" + (n == 1 ? ")" : "s)");
                return true;
            }
        }
        if (v.is(kind::exception)) {
            auto& items = v.as<exception_object>()->args.as<tuple_object>()->items;
            if (items.empty()) return true;
            if (items.size() == 1) {
                if (v.obj()->type->is_subtype_of(t_key_error)) return repr_of(items[0], out);
                return str_of(items[0], out);
            }
            return repr_of(v.as<exception_object>()->args, out);
        }
    }
    return repr_of(v, out);
}

value vm::str(const value& v) {
    if (v.is(kind::str)) return v;
    std::string s;
    if (!str_of(v, s)) return value::error();
    return make_str(*this, std::move(s));
}

value vm::repr(const value& v) {
    std::string s;
    if (!repr_of(v, s)) return value::error();
    return make_str(*this, std::move(s));
}

}  // namespace looplab::python
