// vm_iter.cpp — iteration: iter() and next() over built-ins, generators and user classes, and list(iterable).
// (Subscripts, slices, len() and set algebra are in vm_subscript.cpp.)
#include "python/vm_internal.h"

namespace looplab::python {

namespace {
value make_iter(vm& m, iter_what w, value src, std::int64_t end) {
    auto* it = m.heap.make<iterator_object>();
    it->type = m.t_iterator;
    incref(m.t_iterator);
    it->what = w;
    it->src = std::move(src);
    it->end = end;
    return value::from_obj(it);
}
}  // namespace

value vm::get_iter(const value& v) {
    if (v.is_obj()) switch (v.obj()->k) {
            case kind::list:
                return make_iter(*this, iter_what::seq, v, 0);
            case kind::tuple:
                return make_iter(*this, iter_what::seq, v, 0);
            case kind::str:
                return make_iter(*this, iter_what::seq, v, 0);
            case kind::range: {
                auto* r = v.as<range_object>();
                value it = make_iter(*this, iter_what::range, v, r->start + r->length() * r->step);
                it.as<iterator_object>()->pos = r->start;
                it.as<iterator_object>()->step = r->step;
                return it;
            }
            case kind::dict:
                return make_iter(*this, iter_what::dict_keys, v, 0);
            case kind::set: {  // CPython's order, from a snapshot of the keys
                auto* d = v.as<dict_object>();
                std::vector<value> keys;
                for (std::size_t i : d->set_order()) keys.push_back(d->entries[i].key);
                return make_iter(*this, iter_what::seq, new_list(std::move(keys)), 0);
            }
            case kind::iterator:
                if (v.as<iterator_object>()->pos == -100)  // a dict view: a fresh iterator over its dict
                    return make_iter(*this, v.as<iterator_object>()->what, v.as<iterator_object>()->src, 0);
                return v;
            case kind::generator:
                return v;
            case kind::instance: {
                value fn = lookup_class(v.obj()->type, "__iter__");
                if (fn.is(kind::function)) return call1(fn, v);
                if (lookup_class(v.obj()->type, "__getitem__").is(kind::function)) {
                    value it = make_iter(*this, iter_what::call_sentinel, v, 0);
                    it.as<iterator_object>()->step = 0;
                    return it;
                }
                break;
            }
            case kind::asyncio: {
                value fn = lookup_class(v.obj()->type, "__iter__");
                if (!fn.is_error()) return call1(fn, v);
                break;
            }
            default:
                break;
        }
    if (v.is(kind::iterator)) return v;
    return raise(t_type_error, "'" + type_name(*this, v) + "' object is not iterable");
}

value vm::next(const value& itv, bool& exhausted) {
    exhausted = false;
    if (itv.is(kind::generator)) {
        auto* g = itv.as<generator_object>();
        const exec_status s = gen_resume(g, value::none(), nullptr);
        if (s == exec_status::yielded) return std::move(result);
        if (s == exec_status::returned) {
            exhausted = true;
            return value::none();
        }
        return value::error();
    }
    if (itv.is(kind::instance) || itv.is(kind::asyncio)) {
        value fn = lookup_class(itv.obj()->type, "__next__");
        if (fn.is_error()) return raise(t_type_error, "'" + type_name(*this, itv) + "' object is not an iterator");
        value r = fn.is(kind::native_function) ? fn.as<native_function_object>()->fn(*this, itv, call_args{})
                                               : call1(fn, itv);
        if (r.is_error() && pending.is_obj() && pending.obj()->type->is_subtype_of(t_stop_iteration)) {
            take_pending();
            exhausted = true;
            return value::none();
        }
        return r;
    }
    if (!itv.is(kind::iterator))
        return raise(t_type_error, "'" + type_name(*this, itv) + "' object is not an iterator");
    auto* it = itv.as<iterator_object>();
    switch (it->what) {
        case iter_what::seq: {
            if (it->src.is(kind::str)) {
                const std::string& s = str_of_value(it->src);
                const auto p = static_cast<std::size_t>(it->pos);
                if (p >= s.size()) break;
                const std::size_t n = utf8_len(static_cast<unsigned char>(s[p]));
                it->pos += static_cast<std::int64_t>(n);
                return str_value(std::string_view(s).substr(p, n));
            }
            const auto& items =
                it->src.is(kind::list) ? it->src.as<list_object>()->items : it->src.as<tuple_object>()->items;
            if (it->pos >= static_cast<std::int64_t>(items.size())) break;
            return items[static_cast<std::size_t>(it->pos++)];
        }
        case iter_what::range: {
            if (it->pos == it->end) break;
            const std::int64_t v = it->pos;
            it->pos += it->step;
            return value::from_int(v);
        }
        case iter_what::dict_keys:
        case iter_what::dict_values:
        case iter_what::dict_items: {
            auto* d = it->src.as<dict_object>();
            if (it->end == 0) it->end = static_cast<std::int64_t>(d->size()) + 1;
            if (static_cast<std::int64_t>(d->size()) + 1 != it->end) {
                it->end = -1;
                return raise(t_runtime_error, std::string(it->src.is(kind::set) ? "Set" : "dictionary") +
                                                  " changed size during iteration");
            }
            while (it->pos < static_cast<std::int64_t>(d->entries.size()) &&
                   !d->entries[static_cast<std::size_t>(it->pos)].live)
                ++it->pos;
            if (it->pos >= static_cast<std::int64_t>(d->entries.size())) break;
            auto& e = d->entries[static_cast<std::size_t>(it->pos++)];
            if (it->what == iter_what::dict_keys) return e.key;
            if (it->what == iter_what::dict_values) return e.val;
            return new_tuple({e.key, e.val});
        }
        case iter_what::enumerate: {
            bool done = false;
            value v = next(it->parts[0], done);
            if (v.is_error()) return v;
            if (done) break;
            return new_tuple({value::from_int(it->pos++), std::move(v)});
        }
        case iter_what::zip: {
            std::vector<value> items;
            for (auto& p : it->parts) {
                bool done = false;
                value v = next(p, done);
                if (v.is_error()) return v;
                if (done) {
                    exhausted = true;
                    return value::none();
                }
                items.push_back(std::move(v));
            }
            if (items.empty()) break;
            return new_tuple(std::move(items));
        }
        case iter_what::map: {
            std::vector<value> args;
            for (std::size_t i = 1; i < it->parts.size(); ++i) {
                bool done = false;
                value v = next(it->parts[i], done);
                if (v.is_error()) return v;
                if (done) {
                    exhausted = true;
                    return value::none();
                }
                args.push_back(std::move(v));
            }
            return call(it->parts[0], args.data(), args.size());
        }
        case iter_what::filter:
            for (;;) {
                bool done = false;
                value v = next(it->parts[1], done);
                if (v.is_error()) return v;
                if (done) {
                    exhausted = true;
                    return value::none();
                }
                int t;
                if (it->parts[0].is_none()) {
                    t = truthy(v);
                } else {
                    value r = call1(it->parts[0], v);
                    if (r.is_error()) return r;
                    t = truthy(r);
                }
                if (t < 0) return value::error();
                if (t) return v;
            }
        case iter_what::reversed: {
            if (it->pos < 0) break;
            const auto& items =
                it->src.is(kind::list) ? it->src.as<list_object>()->items : it->src.as<tuple_object>()->items;
            if (it->pos >= static_cast<std::int64_t>(items.size())) {
                it->pos = -1;
                break;
            }
            return items[static_cast<std::size_t>(it->pos--)];
        }
        case iter_what::call_sentinel: {
            value r = subscript(it->src, value::from_int(it->pos++));
            if (r.is_error() && pending.obj()->type->is_subtype_of(t_index_error)) {
                take_pending();
                break;
            }
            return r;
        }
        case iter_what::callable_iter:
            break;
    }
    exhausted = true;
    return value::none();
}

bool extend_from_generator(vm& m, frame* f, std::uint32_t arg) {
    const value gen = f->stack.back();
    for (;;) {
        bool done = false;
        value x = m.next(gen, done);
        if (x.is_error()) return false;
        if (done) {
            f->stack.pop_back();
            return true;
        }
        auto& items = f->stack[f->stack.size() - 1 - arg].as<list_object>()->items;
        if ((items.size() & 0xFFFF) == 0xFFFF && !m.reserve_memory(0x10000 * sizeof(value))) return false;
        items.push_back(std::move(x));
        if (m.ticks + 1 >= m.tick_limit) return true;  // the slice is over: park, and go on from here
    }
}

bool vm::to_vector(const value& v, std::vector<value>& out) {
    if (v.is(kind::list)) {
        const auto& items = v.as<list_object>()->items;
        out.insert(out.end(), items.begin(), items.end());
        return true;
    }
    if (v.is(kind::tuple)) {
        const auto& items = v.as<tuple_object>()->items;
        out.insert(out.end(), items.begin(), items.end());
        return true;
    }
    value it = get_iter(v);
    if (it.is_error()) return false;
    for (;;) {
        bool done = false;
        value x = next(it, done);
        if (x.is_error()) return false;
        if (done) return true;
        if ((out.size() & 0xFFFF) == 0xFFFF && !reserve_memory(0x10000 * sizeof(value))) return false;
        out.push_back(std::move(x));
    }
}

}  // namespace looplab::python
