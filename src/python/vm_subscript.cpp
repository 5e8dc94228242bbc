// vm_subscript.cpp — the container protocols: subscripts and slices (get, store, delete), index conversion,
// len(), and set algebra.
#include "python/vm_internal.h"

namespace looplab::python {

bool vm::index_of(const value& v, std::int64_t& out) {
    if (v.is_intlike()) {
        out = v.as_int();
        return true;
    }
    raise(t_type_error, "'" + type_name(*this, v) + "' object cannot be interpreted as an integer");
    return false;
}

namespace {
// Python's slice.indices(length).
void slice_bounds(const slice_object* s, std::int64_t len, std::int64_t& start, std::int64_t& stop,
                  std::int64_t& step) {
    step = s->step.is_none() ? 1 : s->step.as_int();
    if (step > 0) {
        start = s->start.is_none() ? 0 : s->start.as_int();
        stop = s->stop.is_none() ? len : s->stop.as_int();
        if (start < 0) start = std::max<std::int64_t>(0, start + len);
        if (stop < 0) stop = std::max<std::int64_t>(0, stop + len);
        start = std::min(start, len);
        stop = std::min(stop, len);
    } else {
        start = s->start.is_none() ? len - 1 : s->start.as_int();
        stop = s->stop.is_none() ? -1 : s->stop.as_int();
        if (start < 0) start = std::max<std::int64_t>(-1, start + len);
        if (!s->stop.is_none() && stop < 0) stop = std::max<std::int64_t>(-1, stop + len);
        start = std::min(start, len - 1);
        stop = std::min(stop, len - 1);
    }
}

std::vector<std::size_t> code_point_offsets(const std::string& s) {
    std::vector<std::size_t> off;
    for (std::size_t i = 0; i < s.size(); i += utf8_len(static_cast<unsigned char>(s[i]))) off.push_back(i);
    off.push_back(s.size());
    return off;
}
}  // namespace

value vm::subscript(const value& obj, const value& key) {
    if (obj.is(kind::list) || obj.is(kind::tuple) || obj.is(kind::str) || obj.is(kind::range)) {
        const bool is_str = obj.is(kind::str);
        std::vector<std::size_t> offs;
        std::int64_t len;
        if (is_str) {
            offs = code_point_offsets(str_of_value(obj));
            len = static_cast<std::int64_t>(offs.size() - 1);
        } else if (obj.is(kind::range)) {
            len = obj.as<range_object>()->length();
        } else {
            len = static_cast<std::int64_t>(obj.is(kind::list) ? obj.as<list_object>()->items.size()
                                                               : obj.as<tuple_object>()->items.size());
        }
        if (key.is(kind::slice)) {
            std::int64_t start, stop, step;
            auto* s = key.as<slice_object>();
            if ((!s->step.is_none() && !s->step.is_intlike()) || (!s->start.is_none() && !s->start.is_intlike()) ||
                (!s->stop.is_none() && !s->stop.is_intlike()))
                return raise(t_type_error, "slice indices must be integers or None or have an __index__ method");
            if (!s->step.is_none() && s->step.as_int() == 0) return raise(t_value_error, "slice step cannot be zero");
            slice_bounds(s, len, start, stop, step);
            if (obj.is(kind::range)) {
                auto* r = obj.as<range_object>();
                auto* nr = heap.make<range_object>();
                nr->type = t_range;
                incref(t_range);
                nr->start = r->start + start * r->step;
                nr->stop = r->start + stop * r->step;
                nr->step = r->step * step;
                return value::from_obj(nr);
            }
            if (is_str) {
                const std::string& src = str_of_value(obj);
                std::string r;
                for (std::int64_t i = start; step > 0 ? i < stop : i > stop; i += step) {
                    const auto u = static_cast<std::size_t>(i);
                    r.append(src, offs[u], offs[u + 1] - offs[u]);
                }
                return make_str(*this, std::move(r));
            }
            const auto& items = obj.is(kind::list) ? obj.as<list_object>()->items : obj.as<tuple_object>()->items;
            std::vector<value> r;
            for (std::int64_t i = start; step > 0 ? i < stop : i > stop; i += step)
                r.push_back(items[static_cast<std::size_t>(i)]);
            return obj.is(kind::list) ? new_list(std::move(r)) : new_tuple(std::move(r));
        }
        if (!key.is_intlike()) {
            return raise(t_type_error, std::string(obj.is(kind::str) ? "string" : type_name(*this, obj)) +
                                           " indices must be integers" + (obj.is(kind::str) ? "" : " or slices") +
                                           ", not " + type_name(*this, key));
        }
        std::int64_t i = key.as_int();
        if (i < 0) i += len;
        if (i < 0 || i >= len) {
            const char* what = is_str                ? "string"
                               : obj.is(kind::list)  ? "list"
                               : obj.is(kind::tuple) ? "tuple"
                                                     : "range object";
            return raise(t_index_error, std::string(what) + " index out of range");
        }
        const auto u = static_cast<std::size_t>(i);
        if (is_str) return str_value(std::string_view(str_of_value(obj)).substr(offs[u], offs[u + 1] - offs[u]));
        if (obj.is(kind::range))
            return value::from_int(obj.as<range_object>()->start + i * obj.as<range_object>()->step);
        return obj.is(kind::list) ? obj.as<list_object>()->items[u] : obj.as<tuple_object>()->items[u];
    }
    if (obj.is(kind::dict)) {
        value* v = obj.as<dict_object>()->find(*this, key);
        if (v) return *v;
        if (failed()) return value::error();
        std::string k;
        if (!repr_of(key, k)) return value::error();
        value exc = make_exception(t_key_error, "");
        exc.as<exception_object>()->args = new_tuple({key});
        return raise_value(exc);
    }
    if (obj.is(kind::instance)) {
        value fn = lookup_class(obj.obj()->type, "__getitem__");
        if (fn.is(kind::function)) {
            value args[2] = {obj, key};
            return call(fn, args, 2);
        }
    }
    if (obj.is(kind::type)) {
        return obj;  // list[int] and friends in annotations
    }
    return raise(t_type_error, "'" + type_name(*this, obj) + "' object is not subscriptable");
}

bool vm::store_subscript(const value& obj, const value& key, value v) {
    if (obj.is(kind::list)) {
        auto& items = obj.as<list_object>()->items;
        if (key.is(kind::slice)) {
            std::int64_t start, stop, step;
            slice_bounds(key.as<slice_object>(), static_cast<std::int64_t>(items.size()), start, stop, step);
            std::vector<value> repl;
            if (!to_vector(v, repl)) return false;
            if (step != 1) {
                std::vector<std::int64_t> at;
                for (std::int64_t i = start; step > 0 ? i < stop : i > stop; i += step) at.push_back(i);
                if (at.size() != repl.size()) {
                    raise(t_value_error, "attempt to assign sequence of size " + std::to_string(repl.size()) +
                                             " to extended slice of size " + std::to_string(at.size()));
                    return false;
                }
                for (std::size_t k = 0; k < at.size(); ++k) items[static_cast<std::size_t>(at[k])] = repl[k];
                return true;
            }
            if (stop < start) stop = start;
            items.erase(items.begin() + static_cast<std::ptrdiff_t>(start),
                        items.begin() + static_cast<std::ptrdiff_t>(stop));
            items.insert(items.begin() + static_cast<std::ptrdiff_t>(start), repl.begin(), repl.end());
            return true;
        }
        std::int64_t i;
        if (!index_of(key, i)) return false;
        if (i < 0) i += static_cast<std::int64_t>(items.size());
        if (i < 0 || i >= static_cast<std::int64_t>(items.size())) {
            raise(t_index_error, "list assignment index out of range");
            return false;
        }
        items[static_cast<std::size_t>(i)] = std::move(v);
        return true;
    }
    if (obj.is(kind::dict)) return obj.as<dict_object>()->set(*this, key, std::move(v));
    if (obj.is(kind::instance)) {
        value fn = lookup_class(obj.obj()->type, "__setitem__");
        if (fn.is(kind::function)) {
            value args[3] = {obj, key, v};
            return !call(fn, args, 3).is_error();
        }
    }
    raise(t_type_error, "'" + type_name(*this, obj) + "' object does not support item assignment");
    return false;
}

bool vm::delete_subscript(const value& obj, const value& key) {
    if (obj.is(kind::list)) {
        auto& items = obj.as<list_object>()->items;
        if (key.is(kind::slice)) {
            std::int64_t start, stop, step;
            slice_bounds(key.as<slice_object>(), static_cast<std::int64_t>(items.size()), start, stop, step);
            if (step == 1 && stop > start)
                items.erase(items.begin() + static_cast<std::ptrdiff_t>(start),
                            items.begin() + static_cast<std::ptrdiff_t>(stop));
            if (step != 1) {
                std::vector<bool> drop(items.size(), false);
                for (std::int64_t i = start; step > 0 ? i < stop : i > stop; i += step)
                    drop[static_cast<std::size_t>(i)] = true;
                std::vector<value> kept;
                for (std::size_t i = 0; i < items.size(); ++i)
                    if (!drop[i]) kept.push_back(std::move(items[i]));
                items = std::move(kept);
            }
            return true;
        }
        std::int64_t i;
        if (!index_of(key, i)) return false;
        if (i < 0) i += static_cast<std::int64_t>(items.size());
        if (i < 0 || i >= static_cast<std::int64_t>(items.size())) {
            raise(t_index_error, "list assignment index out of range");
            return false;
        }
        items.erase(items.begin() + static_cast<std::ptrdiff_t>(i));
        return true;
    }
    if (obj.is(kind::dict)) {
        if (obj.as<dict_object>()->erase(*this, key)) return true;
        if (failed()) return false;
        value exc = make_exception(t_key_error, "");
        exc.as<exception_object>()->args = new_tuple({key});
        raise_value(exc);
        return false;
    }
    raise(t_type_error, "'" + type_name(*this, obj) + "' object doesn't support item deletion");
    return false;
}

std::int64_t vm::length(const value& v) {
    if (v.is_obj()) switch (v.obj()->k) {
            case kind::str:
                return static_cast<std::int64_t>(code_point_offsets(str_of_value(v)).size() - 1);
            case kind::list:
                return static_cast<std::int64_t>(v.as<list_object>()->items.size());
            case kind::tuple:
                return static_cast<std::int64_t>(v.as<tuple_object>()->items.size());
            case kind::dict:
            case kind::set:
                return static_cast<std::int64_t>(v.as<dict_object>()->size());
            case kind::range:
                return v.as<range_object>()->length();
            case kind::iterator:
                if (v.as<iterator_object>()->pos == -100)
                    return static_cast<std::int64_t>(v.as<iterator_object>()->src.as<dict_object>()->size());
                break;
            case kind::instance:
            case kind::asyncio: {
                value fn = lookup_class(v.obj()->type, "__len__");
                if (fn.is(kind::function)) {
                    value r = call1(fn, v);
                    if (r.is_error()) return -1;
                    return r.as_int();
                }
                if (fn.is(kind::native_function)) {
                    value r = fn.as<native_function_object>()->fn(*this, v, call_args{});
                    if (r.is_error()) return -1;
                    return r.as_int();
                }
                break;
            }
            default:
                break;
        }
    raise(t_type_error, "object of type '" + type_name(*this, v) + "' has no len()");
    return -1;
}

value set_operation(vm& m, const value& a, const value& b, binary_op o, bool inplace) {
    auto* x = a.as<dict_object>();
    auto* y = b.as<dict_object>();
    value r = inplace ? a : (a.is(kind::dict) ? m.new_dict() : m.new_set());
    auto* out = r.as<dict_object>();
    if (a.is(kind::dict)) {  // dict | dict
        if (!inplace)
            for (auto& e : x->entries)
                if (e.live) out->set(m, e.key, e.val);
        for (auto& e : y->entries)
            if (e.live) out->set(m, e.key, e.val);
        return r;
    }
    if (inplace) {
        std::vector<value> keys;
        for (auto& e : x->entries)
            if (e.live) keys.push_back(e.key);
        out->clear();
        for (auto& k : keys) {
            const bool in_y = y->find(m, k) != nullptr;
            if ((o == binary_op::bit_and && in_y) || (o == binary_op::sub && !in_y) || o == binary_op::bit_or ||
                (o == binary_op::bit_xor && !in_y))
                out->set(m, k, value::none());
        }
    } else {
        for (auto& e : x->entries) {
            if (!e.live) continue;
            const bool in_y = y->find(m, e.key) != nullptr;
            if ((o == binary_op::bit_and && in_y) || (o == binary_op::sub && !in_y) || o == binary_op::bit_or ||
                (o == binary_op::bit_xor && !in_y))
                out->set(m, e.key, value::none());
        }
    }
    if (o == binary_op::bit_or || o == binary_op::bit_xor)
        for (auto& e : y->entries)
            if (e.live && (o == binary_op::bit_or || !x->find(m, e.key))) out->set(m, e.key, value::none());
    r.obj()->type = a.obj()->type;
    return r;
}

}  // namespace looplab::python
