// vm_compare.cpp — comparisons (==, <, ..., with user __eq__/__lt__), containment and hash().
#include "python/pymath.h"
#include "python/vm_internal.h"

#include <cmath>

namespace looplab::python {

namespace {
const std::vector<value>* seq_items(const value& v) {
    if (v.is(kind::list)) return &v.as<list_object>()->items;
    if (v.is(kind::tuple)) return &v.as<tuple_object>()->items;
    return nullptr;
}
}  // namespace

int vm::equals(const value& a, const value& b) {
    if (a.is_intlike() && b.is_intlike()) return a.as_int() == b.as_int();
    if (a.is_number() && b.is_number()) {
        if (a.is_float() && b.is_float()) return a.as_float() == b.as_float();
        if (a.is_float()) return compare_int_float(b.as_int(), a.as_float()) == 0;
        return compare_int_float(a.as_int(), b.as_float()) == 0;
    }
    if (a.is_none() || b.is_none()) return a.is_none() && b.is_none();
    if (a.is(kind::str) && b.is(kind::str)) return str_of_value(a) == str_of_value(b);
    if (a.is_obj() && b.is_obj() && a.obj() == b.obj() && !a.is(kind::instance)) return 1;
    const auto* sa = seq_items(a);
    const auto* sb = seq_items(b);
    if (sa && sb && a.obj()->k == b.obj()->k) {
        if (sa->size() != sb->size()) return 0;
        for (std::size_t i = 0; i < sa->size(); ++i) {
            if ((*sa)[i].same((*sb)[i])) continue;
            const int r = equals((*sa)[i], (*sb)[i]);
            if (r != 1) return r;
        }
        return 1;
    }
    if ((a.is(kind::dict) && b.is(kind::dict)) || (a.is(kind::set) && b.is(kind::set))) {
        auto* da = a.as<dict_object>();
        auto* db = b.as<dict_object>();
        if (da->size() != db->size()) return 0;
        for (auto& e : da->entries) {
            if (!e.live) continue;
            value* v = db->find(*this, e.key);
            if (!v) return failed() ? -1 : 0;
            if (a.is(kind::dict)) {
                const int r = equals(e.val, *v);
                if (r != 1) return r;
            }
        }
        return 1;
    }
    if (a.is(kind::range) && b.is(kind::range)) {
        auto* x = a.as<range_object>();
        auto* y = b.as<range_object>();
        return x->length() == y->length() && (x->length() == 0 || (x->start == y->start && x->step == y->step));
    }
    if (a.is(kind::instance) || b.is(kind::instance)) {
        for (int side = 0; side < 2; ++side) {
            const value& l = side == 0 ? a : b;
            const value& r = side == 0 ? b : a;
            if (!l.is(kind::instance)) continue;
            value fn = lookup_class(type_of(l), "__eq__");
            if (fn.is(kind::function)) {
                value args[2] = {l, r};
                value res = call(fn, args, 2);
                if (res.is_error()) return -1;
                if (res.same(not_implemented)) continue;
                return truthy(res);
            }
        }
    }
    return a.is_obj() && b.is_obj() && a.obj() == b.obj();
}

int vm::less(const value& a, const value& b) {
    value r = compare(static_cast<int>(cmp_op::lt), a, b);
    if (r.is_error()) return -1;
    return r.is_bool() ? r.as_bool() : truthy(r);
}

value vm::compare(int opcode, const value& a, const value& b) {
    const auto o = static_cast<cmp_op>(opcode);
    if (o == cmp_op::eq || o == cmp_op::not_eq_) {
        if ((a.is(kind::instance) || b.is(kind::instance)) && o == cmp_op::not_eq_) {
            value fn = a.is(kind::instance) ? lookup_class(type_of(a), "__ne__") : value::error();
            if (fn.is(kind::function)) {
                value args[2] = {a, b};
                value r = call(fn, args, 2);
                if (!r.same(not_implemented)) return r;
            }
        }
        const int r = equals(a, b);
        if (r < 0) return value::error();
        return value::from_bool(o == cmp_op::eq ? r == 1 : r == 0);
    }
    int c = 0;  // -1, 0, 1; 2 unordered
    bool have = false;
    if (a.is_number() && b.is_number()) {
        if (a.is_intlike() && b.is_intlike())
            c = a.as_int() < b.as_int() ? -1 : a.as_int() > b.as_int() ? 1 : 0;
        else if (a.is_float() && b.is_float())
            c = std::isnan(a.as_float()) || std::isnan(b.as_float()) ? 2
                : a.as_float() < b.as_float()                        ? -1
                : a.as_float() > b.as_float()                        ? 1
                                                                     : 0;
        else if (a.is_float()) {
            c = compare_int_float(b.as_int(), a.as_float());
            if (c != 2) c = -c;
        } else
            c = compare_int_float(a.as_int(), b.as_float());
        have = true;
    } else if (a.is(kind::str) && b.is(kind::str)) {
        const int r = str_of_value(a).compare(str_of_value(b));
        c = r < 0 ? -1 : r > 0 ? 1 : 0;
        have = true;
    } else if (seq_items(a) && seq_items(b) && a.obj()->k == b.obj()->k) {
        const auto& x = *seq_items(a);
        const auto& y = *seq_items(b);
        std::size_t i = 0;
        for (; i < x.size() && i < y.size(); ++i) {
            const int e = equals(x[i], y[i]);
            if (e < 0) return value::error();
            if (!e) return compare(opcode, x[i], y[i]);
        }
        c = x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
        have = true;
    } else if (a.is(kind::set) && b.is(kind::set)) {
        auto* x = a.as<dict_object>();
        auto* y = b.as<dict_object>();
        auto subset = [&](dict_object* p, dict_object* q) {
            for (auto& e : p->entries)
                if (e.live && !q->find(*this, e.key)) return false;
            return true;
        };
        bool r = false;
        switch (o) {
            case cmp_op::lt:
                r = x->size() < y->size() && subset(x, y);
                break;
            case cmp_op::lt_e:
                r = subset(x, y);
                break;
            case cmp_op::gt:
                r = x->size() > y->size() && subset(y, x);
                break;
            default:
                r = subset(y, x);
                break;
        }
        return value::from_bool(r);
    }
    if (have) {
        bool r = false;
        if (c != 2) switch (o) {
                case cmp_op::lt:
                    r = c < 0;
                    break;
                case cmp_op::lt_e:
                    r = c <= 0;
                    break;
                case cmp_op::gt:
                    r = c > 0;
                    break;
                default:
                    r = c >= 0;
                    break;
            }
        return value::from_bool(r);
    }
    static const char* names[] = {"", "", "__lt__", "__le__", "__gt__", "__ge__"};
    static const char* reflected[] = {"", "", "__gt__", "__ge__", "__lt__", "__le__"};
    static const char* syms[] = {"==", "!=", "<", "<=", ">", ">="};
    if (a.is(kind::instance)) {
        value fn = lookup_class(type_of(a), names[opcode]);
        if (fn.is(kind::function)) {
            value args[2] = {a, b};
            value r = call(fn, args, 2);
            if (!r.same(not_implemented)) return r;
        }
    }
    if (b.is(kind::instance)) {
        value fn = lookup_class(type_of(b), reflected[opcode]);
        if (fn.is(kind::function)) {
            value args[2] = {b, a};
            value r = call(fn, args, 2);
            if (!r.same(not_implemented)) return r;
        }
    }
    return raise(t_type_error, std::string("'") + syms[opcode] + "' not supported between instances of '" +
                                   type_name(*this, a) + "' and '" + type_name(*this, b) + "'");
}

int vm::contains(const value& c, const value& item) {
    if (c.is(kind::str)) {
        if (!item.is(kind::str)) {
            raise(t_type_error, "'in <string>' requires string as left operand, not " + type_name(*this, item));
            return -1;
        }
        return str_of_value(c).find(str_of_value(item)) != std::string::npos;
    }
    if (c.is(kind::iterator) && c.as<iterator_object>()->pos == -100 &&
        c.as<iterator_object>()->what == iter_what::dict_keys)
        return contains(c.as<iterator_object>()->src, item);
    if (c.is(kind::dict) || c.is(kind::set)) {
        value* v = c.as<dict_object>()->find(*this, item);
        if (failed()) return -1;
        return v != nullptr;
    }
    if (c.is(kind::range) && item.is_intlike()) {
        auto* r = c.as<range_object>();
        const std::int64_t x = item.as_int();
        if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return 0;
        return (x - r->start) % r->step == 0;
    }
    if (const auto* items = seq_items(c)) {
        for (std::size_t i = 0; i < items->size(); ++i) {
            const value& v = (*items)[i];
            if (v.same(item)) return 1;
            const int e = equals(v, item);
            if (e != 0) return e;
        }
        return 0;
    }
    if (c.is(kind::instance)) {
        value fn = lookup_class(type_of(c), "__contains__");
        if (fn.is(kind::function)) {
            value args[2] = {c, item};
            value r = call(fn, args, 2);
            if (r.is_error()) return -1;
            return truthy(r);
        }
    }
    value it = get_iter(c);
    if (it.is_error()) {
        take_pending();
        raise(t_type_error, "argument of type '" + type_name(*this, c) + "' is not iterable");
        return -1;
    }
    for (;;) {
        bool done = false;
        value v = next(it, done);
        if (v.is_error()) return -1;
        if (done) return 0;
        const int e = equals(v, item);
        if (e != 0) return e;
    }
}

std::int64_t vm::hash(const value& v, bool& ok) {
    ok = true;
    switch (v.get_tag()) {
        case tag::none:
            return 0x5f5e1f;
        case tag::boolean:
        case tag::integer:
            return hash_int(v.as_int());
        case tag::floating:
            return hash_float(v.as_float());
        case tag::error:
            ok = false;
            return 0;
        case tag::obj:
            break;
    }
    switch (v.obj()->k) {
        case kind::str: {
            auto* s = v.as<str_object>();
            if (s->hash == -1) s->hash = hash_str(s->s);
            return s->hash;
        }
        case kind::tuple: {
            std::vector<std::int64_t> hs;
            for (auto& x : v.as<tuple_object>()->items) {
                hs.push_back(hash(x, ok));
                if (!ok) return 0;
            }
            return hash_tuple(hs);
        }
        case kind::list:
        case kind::dict:
        case kind::set:
            ok = false;
            raise(t_type_error, "unhashable type: '" + type_name(*this, v) + "'");
            return 0;
        case kind::instance: {
            value fn = lookup_class(type_of(v), "__hash__");
            if (fn.is(kind::function)) {
                value r = call1(fn, v);
                if (r.is_error()) {
                    ok = false;
                    return 0;
                }
                return r.as_int();
            }
            if (fn.is_none()) {
                ok = false;
                raise(t_type_error, "unhashable type: '" + type_name(*this, v) + "'");
                return 0;
            }
            if (lookup_class(type_of(v), "__eq__").is(kind::function)) {
                ok = false;
                raise(t_type_error, "unhashable type: '" + type_name(*this, v) + "'");
                return 0;
            }
            break;
        }
        default:
            break;
    }
    return static_cast<std::int64_t>(reinterpret_cast<std::uintptr_t>(v.obj()) >> 4);
}

}  // namespace looplab::python
