// objects_methods.cpp — the methods of list, tuple, dict (and its views), set, int and float, as native tables.
#include "python/vm_internal.h"

namespace looplab::python {

void install_str_methods(vm& m);
bool sort_list(vm& m, std::vector<value>& items, const call_args& a);
bool dict_update_from(vm& m, dict_object* d, const value& src);

namespace {
std::vector<value>& L(const value& v) { return v.as<list_object>()->items; }

value l_append(vm& m, const value& self, const call_args& a) {
    if (!check_args(m, a, 1, 1, "list.append")) return value::error();
    auto& items = L(self);
    if ((items.size() & 0xFFFF) == 0xFFFF && !m.reserve_memory(0x10000 * sizeof(value))) return value::error();
    items.push_back(a[0]);
    return value::none();
}
value l_extend(vm& m, const value& self, const call_args& a) {
    if (!check_args(m, a, 1, 1, "list.extend")) return value::error();
    std::vector<value> more;
    if (!m.to_vector(a[0], more)) return value::error();
    L(self).insert(L(self).end(), more.begin(), more.end());
    return value::none();
}
value l_insert(vm& m, const value& self, const call_args& a) {
    if (!check_args(m, a, 2, 2, "list.insert")) return value::error();
    auto& items = L(self);
    std::int64_t i = a[0].as_int();
    const auto n = static_cast<std::int64_t>(items.size());
    if (i < 0) i = std::max<std::int64_t>(0, i + n);
    if (i > n) i = n;
    items.insert(items.begin() + static_cast<std::ptrdiff_t>(i), a[1]);
    return value::none();
}
value l_pop(vm& m, const value& self, const call_args& a) {
    auto& items = L(self);
    if (items.empty()) return m.raise(m.t_index_error, "pop from empty list");
    std::int64_t i = a.npos > 0 ? a[0].as_int() : -1;
    const auto n = static_cast<std::int64_t>(items.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) return m.raise(m.t_index_error, "pop index out of range");
    value v = items[static_cast<std::size_t>(i)];
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(i));
    return v;
}
value l_remove(vm& m, const value& self, const call_args& a) {
    if (!check_args(m, a, 1, 1, "list.remove")) return value::error();
    auto& items = L(self);
    for (std::size_t i = 0; i < items.size(); ++i) {
        const int e = m.equals(items[i], a[0]);
        if (e < 0) return value::error();
        if (e) {
            items.erase(items.begin() + static_cast<std::ptrdiff_t>(i));
            return value::none();
        }
    }
    return m.raise(m.t_value_error, "list.remove(x): x not in list");
}
value seq_index(vm& m, const std::vector<value>& items, const call_args& a, const char* what) {
    if (a.npos < 1) return m.raise(m.t_type_error, "index expected at least 1 argument, got 0");
    for (std::size_t i = 0; i < items.size(); ++i) {
        const int e = m.equals(items[i], a[0]);
        if (e < 0) return value::error();
        if (e) return value::from_int(static_cast<std::int64_t>(i));
    }
    std::string r;
    if (std::string(what) == "list") {
        if (!m.repr_of(a[0], r)) return value::error();
        return m.raise(m.t_value_error, r + " is not in list");
    }
    return m.raise(m.t_value_error, "tuple.index(x): x not in tuple");
}
value seq_count(vm& m, const std::vector<value>& items, const call_args& a) {
    std::int64_t n = 0;
    for (auto& v : items) {
        const int e = m.equals(v, a[0]);
        if (e < 0) return value::error();
        n += e;
    }
    return value::from_int(n);
}
value l_index(vm& m, const value& self, const call_args& a) { return seq_index(m, L(self), a, "list"); }
value l_count(vm& m, const value& self, const call_args& a) { return seq_count(m, L(self), a); }
value t_index(vm& m, const value& self, const call_args& a) {
    return seq_index(m, self.as<tuple_object>()->items, a, "tuple");
}
value t_count(vm& m, const value& self, const call_args& a) { return seq_count(m, self.as<tuple_object>()->items, a); }
value l_sort(vm& m, const value& self, const call_args& a) {
    std::vector<value> items = L(self);
    if (!sort_list(m, items, a)) return value::error();
    L(self) = std::move(items);
    return value::none();
}
value l_reverse(vm&, const value& self, const call_args&) {
    std::reverse(L(self).begin(), L(self).end());
    return value::none();
}
value l_clear(vm&, const value& self, const call_args&) {
    L(self).clear();
    return value::none();
}
value l_copy(vm& m, const value& self, const call_args&) { return m.new_list(L(self)); }

dict_object* D(const value& v) { return v.as<dict_object>(); }

value make_view(vm& m, const value& self, iter_what w, type_object* t) {
    auto* it = m.heap.make<iterator_object>();
    it->type = t;
    it->what = w;
    it->src = self;
    it->pos = -100;  // a view, not an iterator: iter() makes a fresh iterator
    return value::from_obj(it);
}
value d_keys(vm& m, const value& self, const call_args&) {
    return make_view(m, self, iter_what::dict_keys, m.t_dict_keys);
}
value d_values(vm& m, const value& self, const call_args&) {
    return make_view(m, self, iter_what::dict_values, m.t_dict_values);
}
value d_items(vm& m, const value& self, const call_args&) {
    return make_view(m, self, iter_what::dict_items, m.t_dict_items);
}
value d_get(vm& m, const value& self, const call_args& a) {
    if (!check_args(m, a, 1, 2, "get")) return value::error();
    value* v = D(self)->find(m, a[0]);
    if (v) return *v;
    if (m.failed()) return value::error();
    return a.npos == 2 ? a[1] : value::none();
}
value d_pop(vm& m, const value& self, const call_args& a) {
    if (!check_args(m, a, 1, 2, "pop")) return value::error();
    // An empty dict hashes nothing (CPython's dict.pop returns the default or raises KeyError at once).
    value* v = D(self)->live_count == 0 ? nullptr : D(self)->find(m, a[0]);
    if (v) {
        value r = *v;
        D(self)->erase(m, a[0]);
        return r;
    }
    if (m.failed()) return value::error();
    if (a.npos == 2) return a[1];
    value exc = m.make_exception(m.t_key_error, "");
    exc.as<exception_object>()->args = m.new_tuple({a[0]});
    return m.raise_value(exc);
}
value d_popitem(vm& m, const value& self, const call_args&) {
    auto* d = D(self);
    for (std::size_t i = d->entries.size(); i-- > 0;)
        if (d->entries[i].live) {
            value k = d->entries[i].key, v = d->entries[i].val;
            d->erase(m, k);
            return m.new_tuple({k, v});
        }
    return m.raise(m.t_key_error, "popitem(): dictionary is empty");
}
value d_setdefault(vm& m, const value& self, const call_args& a) {
    if (!check_args(m, a, 1, 2, "setdefault")) return value::error();
    value* v = D(self)->find(m, a[0]);
    if (v) return *v;
    value dv = a.npos == 2 ? a[1] : value::none();
    if (!D(self)->set(m, a[0], dv)) return value::error();
    return dv;
}
value d_update(vm& m, const value& self, const call_args& a) {
    if (a.npos > 0 && !dict_update_from(m, D(self), a[0])) return value::error();
    for (std::size_t i = 0; i < a.nkw; ++i) D(self)->set(m, m.str_value(*a.kwnames[i]), a.kwvalues[i]);
    return value::none();
}
value d_clear(vm&, const value& self, const call_args&) {
    D(self)->clear();
    return value::none();
}
value d_copy(vm& m, const value& self, const call_args&) {
    value r = self.is(kind::dict) ? m.new_dict() : m.new_set();
    r.obj()->type = self.obj()->type;
    for (auto& e : D(self)->entries)
        if (e.live) D(r)->set(m, e.key, e.val);
    return r;
}
value d_fromkeys(vm& m, const value&, const call_args& a) {
    value r = m.new_dict();
    std::vector<value> keys;
    if (a.npos < 1 || !m.to_vector(a[0], keys)) return value::error();
    for (auto& k : keys) D(r)->set(m, k, a.npos > 1 ? a[1] : value::none());
    return r;
}

value s_add(vm& m, const value& self, const call_args& a) {
    if (!check_args(m, a, 1, 1, "set.add")) return value::error();
    if (!D(self)->set(m, a[0], value::none())) return value::error();
    return value::none();
}
value s_remove(vm& m, const value& self, const call_args& a) {
    if (!check_args(m, a, 1, 1, "set.remove")) return value::error();
    if (D(self)->erase(m, a[0])) return value::none();
    if (m.failed()) return value::error();
    value exc = m.make_exception(m.t_key_error, "");
    exc.as<exception_object>()->args = m.new_tuple({a[0]});
    return m.raise_value(exc);
}
value s_discard(vm& m, const value& self, const call_args& a) {
    if (!check_args(m, a, 1, 1, "set.discard")) return value::error();
    D(self)->erase(m, a[0]);
    if (m.failed()) return value::error();
    return value::none();
}
value s_pop(vm& m, const value& self, const call_args&) {
    auto* d = D(self);
    const auto order = d->set_order();
    if (!order.empty()) {
        value k = d->entries[order.front()].key;
        d->erase(m, k);
        return k;
    }
    return m.raise(m.t_key_error, "pop from an empty set");
}
value s_combine(vm& m, const value& self, const call_args& a, binary_op o, bool inplace) {
    value acc = inplace ? self : d_copy(m, self, call_args{});
    for (std::size_t i = 0; i < a.npos; ++i) {
        value other = a[i];
        if (!other.is(kind::set)) {
            std::vector<value> items;
            if (!m.to_vector(other, items)) return value::error();
            other = m.new_set();
            for (auto& v : items) D(other)->set(m, v, value::none());
        }
        acc = m.binary(static_cast<int>(o) + 16, acc, other);
        if (acc.is_error()) return acc;
    }
    return inplace ? value::none() : acc;
}
value s_union(vm& m, const value& self, const call_args& a) { return s_combine(m, self, a, binary_op::bit_or, false); }
value s_intersection(vm& m, const value& self, const call_args& a) {
    return s_combine(m, self, a, binary_op::bit_and, false);
}
value s_difference(vm& m, const value& self, const call_args& a) {
    return s_combine(m, self, a, binary_op::sub, false);
}
value s_symdiff(vm& m, const value& self, const call_args& a) {
    return s_combine(m, self, a, binary_op::bit_xor, false);
}
value s_update(vm& m, const value& self, const call_args& a) { return s_combine(m, self, a, binary_op::bit_or, true); }
value s_issubset(vm& m, const value& self, const call_args& a) {
    value other = a[0];
    for (auto& e : D(self)->entries)
        if (e.live && m.contains(other, e.key) != 1) return value::from_bool(false);
    return value::from_bool(true);
}
value s_issuperset(vm& m, const value& self, const call_args& a) {
    std::vector<value> items;
    if (!m.to_vector(a[0], items)) return value::error();
    for (auto& v : items)
        if (!D(self)->find(m, v)) return value::from_bool(false);
    return value::from_bool(true);
}
value s_isdisjoint(vm& m, const value& self, const call_args& a) {
    std::vector<value> items;
    if (!m.to_vector(a[0], items)) return value::error();
    for (auto& v : items)
        if (D(self)->find(m, v)) return value::from_bool(false);
    return value::from_bool(true);
}

value i_bit_length(vm&, const value& self, const call_args&) {
    std::uint64_t x = static_cast<std::uint64_t>(self.as_int() < 0 ? -(self.as_int() + 1) + 1 : self.as_int());
    std::int64_t n = 0;
    while (x) {
        ++n;
        x >>= 1;
    }
    return value::from_int(n);
}
value f_is_integer(vm&, const value& self, const call_args&) {
    const double d = self.as_float();
    return value::from_bool(d == static_cast<double>(static_cast<std::int64_t>(d)));
}
value r_index(vm& m, const value& self, const call_args& a) {
    auto* r = self.as<range_object>();
    if (a.npos == 1 && a[0].is_intlike() && m.contains(self, a[0]) == 1)
        return value::from_int((a[0].as_int() - r->start) / r->step);
    std::string s;
    m.repr_of(a.npos ? a[0] : value::none(), s);
    return m.raise(m.t_value_error, s + " is not in range");
}
value r_count(vm& m, const value& self, const call_args& a) {
    return value::from_int(a.npos == 1 && m.contains(self, a[0]) == 1 ? 1 : 0);
}
value gen_send(vm& m, const value& self, const call_args& a) {
    auto* g = self.as<generator_object>();
    const exec_status s = m.gen_resume(g, a.npos ? a[0] : value::none(), nullptr);
    if (s == exec_status::yielded) return std::move(m.result);
    if (s == exec_status::returned) {
        value exc = m.make_exception(m.t_stop_iteration, "");
        if (!m.result.is_none()) exc.as<exception_object>()->args = m.new_tuple({m.result});
        return m.raise_value(exc);
    }
    return value::error();
}
value gen_close(vm&, const value& self, const call_args&) {
    auto* g = self.as<generator_object>();
    g->awaited = true;
    if (g->state != gen_state::running) {
        g->state = gen_state::closed;
        if (g->f) {
            g->owner->free_frame(g->f);
            g->f = nullptr;
        }
    }
    return value::none();
}
value gen_throw(vm& m, const value& self, const call_args& a) {
    auto* g = self.as<generator_object>();
    value exc = a[0];
    if (exc.is(kind::type)) exc = m.call0(exc);
    if (exc.is_error()) return exc;
    if (g->state == gen_state::created) {
        g->state = gen_state::closed;
        m.pending = exc;
        return value::error();
    }
    const exec_status s = m.gen_resume(g, value::none(), &exc);
    if (s == exec_status::yielded) return std::move(m.result);
    if (s == exec_status::returned) {
        value e = m.make_exception(m.t_stop_iteration, "");
        return m.raise_value(e);
    }
    return value::error();
}
value gen_next(vm& m, const value& self, const call_args&) { return gen_send(m, self, call_args{}); }
}  // namespace

void install_type_methods(vm& m) {
    install_str_methods(m);
    m.add_methods(m.t_list, {{"append", l_append},
                             {"extend", l_extend},
                             {"insert", l_insert},
                             {"pop", l_pop},
                             {"remove", l_remove},
                             {"index", l_index},
                             {"count", l_count},
                             {"sort", l_sort},
                             {"reverse", l_reverse},
                             {"clear", l_clear},
                             {"copy", l_copy}});
    m.add_methods(m.t_tuple, {{"index", t_index}, {"count", t_count}});
    m.add_methods(m.t_dict, {{"keys", d_keys},
                             {"values", d_values},
                             {"items", d_items},
                             {"get", d_get},
                             {"pop", d_pop},
                             {"popitem", d_popitem},
                             {"setdefault", d_setdefault},
                             {"update", d_update},
                             {"clear", d_clear},
                             {"copy", d_copy},
                             {"fromkeys", d_fromkeys}});
    m.add_methods(m.t_set, {{"add", s_add},
                            {"remove", s_remove},
                            {"discard", s_discard},
                            {"pop", s_pop},
                            {"clear", d_clear},
                            {"copy", d_copy},
                            {"union", s_union},
                            {"intersection", s_intersection},
                            {"difference", s_difference},
                            {"symmetric_difference", s_symdiff},
                            {"update", s_update},
                            {"issubset", s_issubset},
                            {"issuperset", s_issuperset},
                            {"isdisjoint", s_isdisjoint}});
    m.add_methods(m.t_frozenset, {{"union", s_union},
                                  {"intersection", s_intersection},
                                  {"difference", s_difference},
                                  {"issubset", s_issubset},
                                  {"issuperset", s_issuperset},
                                  {"copy", d_copy}});
    m.add_methods(m.t_int, {{"bit_length", i_bit_length}});
    m.add_methods(m.t_range, {{"index", r_index}, {"count", r_count}});
    m.add_methods(m.t_float, {{"is_integer", f_is_integer}});
    for (type_object* t : {m.t_generator, m.t_coroutine})
        m.add_methods(t, {{"send", gen_send}, {"close", gen_close}, {"throw", gen_throw}, {"__next__", gen_next}});
}

}  // namespace looplab::python
