// builtins_seq.cpp — the builtins that make or walk sequences and the built-in types' constructors:
// range, enumerate, zip, map, filter, reversed, sum, min, max, sorted, int, float, str, bool, list, tuple, dict, set.
#include "python/float_format.h"
#include "python/pymath.h"
#include "python/vm_internal.h"

#include <algorithm>

namespace looplab::python {

value py_err(vm& m, const py_error& e);

namespace {
value make_iterator(vm& m, iter_what w) {
    auto* it = m.heap.make<iterator_object>();
    it->type = m.t_iterator;
    it->what = w;
    return value::from_obj(it);
}

value b_range(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 1, 3, "range")) return value::error();
    for (std::size_t i = 0; i < a.npos; ++i)
        if (!a[i].is_intlike())
            return m.raise(m.t_type_error, "'" + type_name(m, a[i]) + "' object cannot be interpreted as an integer");
    auto* r = m.heap.make<range_object>();
    r->type = m.t_range;
    if (a.npos == 1) {
        r->stop = a[0].as_int();
    } else {
        r->start = a[0].as_int();
        r->stop = a[1].as_int();
        if (a.npos == 3) r->step = a[2].as_int();
    }
    value rv = value::from_obj(r);
    if (r->step == 0) return m.raise(m.t_value_error, "range() arg 3 must not be zero");
    return rv;
}

value b_enumerate(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 1, 2, "enumerate")) return value::error();
    value src = m.get_iter(a[0]);
    if (src.is_error()) return src;
    value it = make_iterator(m, iter_what::enumerate);
    it.as<iterator_object>()->parts.push_back(src);
    const value* start = a.npos == 2 ? &a[1] : a.kw("start");
    if (start) it.as<iterator_object>()->pos = start->as_int();
    return it;
}

value b_zip(vm& m, const value&, const call_args& a) {
    value it = make_iterator(m, iter_what::zip);
    for (std::size_t i = 0; i < a.npos; ++i) {
        value src = m.get_iter(a[i]);
        if (src.is_error()) return src;
        it.as<iterator_object>()->parts.push_back(src);
    }
    return it;
}

value b_map(vm& m, const value&, const call_args& a) {
    if (a.npos < 2) return m.raise(m.t_type_error, "map() must have at least two arguments.");
    value it = make_iterator(m, iter_what::map);
    it.as<iterator_object>()->parts.push_back(a[0]);
    for (std::size_t i = 1; i < a.npos; ++i) {
        value src = m.get_iter(a[i]);
        if (src.is_error()) return src;
        it.as<iterator_object>()->parts.push_back(src);
    }
    return it;
}

value b_filter(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 2, 2, "filter")) return value::error();
    value src = m.get_iter(a[1]);
    if (src.is_error()) return src;
    value it = make_iterator(m, iter_what::filter);
    it.as<iterator_object>()->parts = {a[0], src};
    return it;
}

value b_reversed(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 1, 1, "reversed")) return value::error();
    if (a[0].is(kind::range)) {
        auto* r = a[0].as<range_object>();
        const std::int64_t n = r->length();
        auto* nr = m.heap.make<range_object>();
        nr->type = m.t_range;
        nr->start = r->start + (n - 1) * r->step;
        nr->stop = r->start - r->step;
        nr->step = -r->step;
        value rv = value::from_obj(nr);
        return m.get_iter(rv);
    }
    value seq = a[0];
    if (!seq.is(kind::list) && !seq.is(kind::tuple)) {
        if (seq.is(kind::str) || seq.is(kind::dict)) {
            std::vector<value> items;
            if (!m.to_vector(seq, items)) return value::error();
            seq = m.new_list(std::move(items));
        } else if (seq.is(kind::instance)) {
            value fn = m.lookup_class(seq.obj()->type, "__reversed__");
            if (fn.is(kind::function)) return m.call1(fn, seq);
            return m.raise(m.t_type_error, "'" + type_name(m, seq) + "' object is not reversible");
        } else {
            return m.raise(m.t_type_error, "'" + type_name(m, seq) + "' object is not reversible");
        }
    }
    value it = make_iterator(m, iter_what::reversed);
    it.as<iterator_object>()->src = seq;
    it.as<iterator_object>()->pos = m.length(seq) - 1;
    return it;
}

value b_sum(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 1, 2, "sum")) return value::error();
    value acc = a.npos == 2 ? a[1] : value::from_int(0);
    if (const value* s = a.kw("start")) acc = *s;
    if (acc.is(kind::str)) return m.raise(m.t_type_error, "sum() can't sum strings [use ''.join(seq) instead]");
    value it = m.get_iter(a[0]);
    if (it.is_error()) return it;
    for (;;) {
        bool done = false;
        value v = m.next(it, done);
        if (v.is_error()) return v;
        if (done) return acc;
        std::int64_t sum = 0;  // int + int without the general operator (an overflow takes its OverflowError)
        if (acc.is_intlike() && v.is_intlike() && !__builtin_add_overflow(acc.as_int(), v.as_int(), &sum)) {
            acc = value::from_int(sum);
            continue;
        }
        acc = m.binary(static_cast<int>(binary_op::add), acc, v);
        if (acc.is_error()) return acc;
    }
}

value min_max(vm& m, const call_args& a, bool want_max) {
    const char* name = want_max ? "max" : "min";
    std::vector<value> items;
    if (a.npos == 0) return m.raise(m.t_type_error, std::string(name) + " expected at least 1 argument, got 0");
    if (a.npos == 1) {
        if (!m.to_vector(a[0], items)) return value::error();
    } else {
        items.assign(a.pos, a.pos + a.npos);
    }
    const value* key = a.kw("key");
    if (key && key->is_none()) key = nullptr;
    if (items.empty()) {
        if (const value* d = a.kw("default")) return *d;
        return m.raise(m.t_value_error, std::string(name) + "() arg is an empty sequence");
    }
    value best = items[0];
    value best_key = key ? m.call1(*key, best) : best;
    if (best_key.is_error()) return best_key;
    for (std::size_t i = 1; i < items.size(); ++i) {
        value k = key ? m.call1(*key, items[i]) : items[i];
        if (k.is_error()) return k;
        const int r = want_max ? m.less(best_key, k) : m.less(k, best_key);
        if (r < 0) return value::error();
        if (r) {
            best = items[i];
            best_key = k;
        }
    }
    return best;
}
value b_min(vm& m, const value&, const call_args& a) { return min_max(m, a, false); }
value b_max(vm& m, const value&, const call_args& a) { return min_max(m, a, true); }

// A stable merge sort that stops at the first comparison error.
bool sort_values(vm& m, std::vector<value>& items, const value* key, bool reverse) {
    std::vector<value> keys;
    if (key) {
        keys.reserve(items.size());
        for (auto& v : items) {
            value k = m.call1(*key, v);
            if (k.is_error()) return false;
            keys.push_back(std::move(k));
        }
    } else {
        keys = items;
    }
    std::vector<std::size_t> idx(items.size());
    for (std::size_t i = 0; i < idx.size(); ++i) idx[i] = i;
    bool failed = false;
    std::stable_sort(idx.begin(), idx.end(), [&](std::size_t x, std::size_t y) {
        if (failed) return false;
        const int r = reverse ? m.less(keys[y], keys[x]) : m.less(keys[x], keys[y]);
        if (r < 0) {
            failed = true;
            return false;
        }
        return r == 1;
    });
    if (failed) return false;
    std::vector<value> out;
    out.reserve(items.size());
    for (auto i : idx) out.push_back(std::move(items[i]));
    items = std::move(out);
    return true;
}
}  // namespace

bool sort_list(vm& m, std::vector<value>& items, const call_args& a) {
    const value* key = a.kw("key");
    if (key && key->is_none()) key = nullptr;
    const value* rev = a.kw("reverse");
    bool reverse = false;
    if (rev) {
        const int t = m.truthy(*rev);
        if (t < 0) return false;
        reverse = t == 1;
    }
    return sort_values(m, items, key, reverse);
}

value builtin_sorted(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 1, 1, "sorted")) return value::error();
    std::vector<value> items;
    if (!m.to_vector(a[0], items)) return value::error();
    if (!sort_list(m, items, a)) return value::error();
    return m.new_list(std::move(items));
}

namespace {
value t_int_call(vm& m, const value&, const call_args& a) {
    if (a.npos == 0) return value::from_int(0);
    const value& v = a[0];
    if (a.npos == 2 || a.kw("base")) {
        const value& base = a.npos == 2 ? a[1] : *a.kw("base");
        if (!v.is(kind::str)) return m.raise(m.t_type_error, "int() can't convert non-string with explicit base");
        auto r = parse_int(str_of_value(v), static_cast<int>(base.as_int()));
        if (!r.ok()) return py_err(m, r.error());
        return value::from_int(r.value());
    }
    if (v.is_intlike()) return value::from_int(v.as_int());
    if (v.is_float()) {
        auto r = trunc_to_int(v.as_float());
        if (!r.ok()) return py_err(m, r.error());
        return value::from_int(r.value());
    }
    if (v.is(kind::str)) {
        auto r = parse_int(str_of_value(v), 10);
        if (!r.ok()) return py_err(m, r.error());
        return value::from_int(r.value());
    }
    if (v.is(kind::instance)) {
        value fn = m.lookup_class(v.obj()->type, "__int__");
        if (fn.is(kind::function)) return m.call1(fn, v);
    }
    return m.raise(m.t_type_error, "int() argument must be a string, a bytes-like object or a real number, not '" +
                                       type_name(m, v) + "'");
}

value t_float_call(vm& m, const value&, const call_args& a) {
    if (a.npos == 0) return value::from_float(0.0);
    const value& v = a[0];
    if (v.is_number()) return value::from_float(v.to_double());
    if (v.is(kind::str)) {
        auto r = parse_float(str_of_value(v));
        if (!r.ok()) return py_err(m, r.error());
        return value::from_float(r.value());
    }
    if (v.is(kind::instance)) {
        value fn = m.lookup_class(v.obj()->type, "__float__");
        if (fn.is(kind::function)) return m.call1(fn, v);
    }
    return m.raise(m.t_type_error, "float() argument must be a string or a real number, not '" + type_name(m, v) + "'");
}

value t_str_call(vm& m, const value&, const call_args& a) {
    if (a.npos == 0) return m.str_value("");
    return m.str(a[0]);
}

value t_bool_call(vm& m, const value&, const call_args& a) {
    if (a.npos == 0) return value::from_bool(false);
    const int t = m.truthy(a[0]);
    if (t < 0) return value::error();
    return value::from_bool(t == 1);
}

value t_list_call(vm& m, const value&, const call_args& a) {
    std::vector<value> items;
    if (a.npos > 0 && !m.to_vector(a[0], items)) return value::error();
    return m.new_list(std::move(items));
}

value t_tuple_call(vm& m, const value&, const call_args& a) {
    if (a.npos > 0 && a[0].is(kind::tuple)) return a[0];
    std::vector<value> items;
    if (a.npos > 0 && !m.to_vector(a[0], items)) return value::error();
    return m.new_tuple(std::move(items));
}

}  // namespace

bool dict_update_from(vm& m, dict_object* d, const value& src) {
    if (src.is(kind::dict)) {
        for (auto& e : src.as<dict_object>()->entries)
            if (e.live && !d->set(m, e.key, e.val)) return false;
        return true;
    }
    std::vector<value> items;
    if (!m.to_vector(src, items)) return false;
    for (std::size_t i = 0; i < items.size(); ++i) {
        std::vector<value> pair;
        if (!m.to_vector(items[i], pair)) return false;
        if (pair.size() != 2) {
            m.raise(m.t_value_error, "dictionary update sequence element #" + std::to_string(i) + " has length " +
                                         std::to_string(pair.size()) + "; 2 is required");
            return false;
        }
        if (!d->set(m, pair[0], pair[1])) return false;
    }
    return true;
}

namespace {
value t_dict_call(vm& m, const value&, const call_args& a) {
    value d = m.new_dict();
    if (a.npos > 0 && !dict_update_from(m, d.as<dict_object>(), a[0])) return value::error();
    for (std::size_t i = 0; i < a.nkw; ++i) d.as<dict_object>()->set(m, m.str_value(*a.kwnames[i]), a.kwvalues[i]);
    return d;
}

value t_set_call(vm& m, const value& self, const call_args& a) {
    value s = m.new_set();
    if (self.is(kind::type) && self.as<type_object>() == m.t_frozenset) s.obj()->type = m.t_frozenset;
    std::vector<value> items;
    if (a.npos > 0 && !m.to_vector(a[0], items)) return value::error();
    for (auto& v : items)
        if (!s.as<dict_object>()->set(m, v, value::none())) return value::error();
    return s;
}

value t_slice_call(vm& m, const value&, const call_args& a) {
    auto* s = m.heap.make<slice_object>();
    s->type = m.t_slice;
    value sv = value::from_obj(s);
    if (a.npos == 1) {
        s->stop = a[0];
    } else if (a.npos >= 2) {
        s->start = a[0];
        s->stop = a[1];
        if (a.npos == 3) s->step = a[2];
    }
    return sv;
}
}  // namespace

void install_builtins_seq(vm& m) {
    module_object* b = m.builtins;
    auto def = [&](const char* name, native_fn fn) { b->set(name, m.new_native(name, fn)); };
    def("enumerate", b_enumerate);
    def("zip", b_zip);
    def("map", b_map);
    def("filter", b_filter);
    def("reversed", b_reversed);
    def("sum", b_sum);
    def("min", b_min);
    def("max", b_max);
    def("sorted", builtin_sorted);
    auto ctor = [&](type_object* t, native_fn fn) { t->native_methods["__call__"] = m.new_native(t->name, fn); };
    ctor(m.t_range, b_range);
    ctor(m.t_int, t_int_call);
    ctor(m.t_float, t_float_call);
    ctor(m.t_str, t_str_call);
    ctor(m.t_bool, t_bool_call);
    ctor(m.t_list, t_list_call);
    ctor(m.t_tuple, t_tuple_call);
    ctor(m.t_dict, t_dict_call);
    ctor(m.t_set, t_set_call);
    ctor(m.t_frozenset, t_set_call);
    ctor(m.t_slice, t_slice_call);
}

}  // namespace looplab::python
