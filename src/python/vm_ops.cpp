// vm_ops.cpp — operators on values: arithmetic with 64-bit overflow checks, comparisons, truth, hashing,
// containment, and the user classes' dunder methods behind them.
#include "python/float_format.h"
#include "python/pymath.h"
#include "python/vm_internal.h"

#include <cmath>

namespace looplab::python {

value py_err(vm& m, const py_error& e) {
    type_object* t = m.t_value_error;
    switch (e.type) {
        case py_error_type::value_error:
            t = m.t_value_error;
            break;
        case py_error_type::type_error:
            t = m.t_type_error;
            break;
        case py_error_type::index_error:
            t = m.t_index_error;
            break;
        case py_error_type::overflow_error:
            t = m.t_overflow_error;
            break;
        case py_error_type::zero_division_error:
            t = m.t_zero_division;
            break;
    }
    return m.raise(t, e.message);
}

template <class T> value int_result(vm& m, const py_result<T>& r) {
    if (!r.ok()) return py_err(m, r.error());
    if constexpr (std::is_same_v<T, double>)
        return value::from_float(r.value());
    else
        return value::from_int(r.value());
}

namespace {
const char* op_symbol(int o) {
    static const char* names[] = {"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "|", "^", "&"};
    return names[o & 15];
}
const char* dunder(int o) {
    static const char* names[] = {"__add__",      "__sub__", "__mul__", "__matmul__", "__truediv__",
                                  "__floordiv__", "__mod__", "__pow__", "__lshift__", "__rshift__",
                                  "__or__",       "__xor__", "__and__"};
    return names[o & 15];
}
const char* rdunder(int o) {
    static const char* names[] = {"__radd__",      "__rsub__", "__rmul__", "__rmatmul__", "__rtruediv__",
                                  "__rfloordiv__", "__rmod__", "__rpow__", "__rlshift__", "__rrshift__",
                                  "__ror__",       "__rxor__", "__rand__"};
    return names[o & 15];
}

value seq_repeat(vm& m, const value& seq, std::int64_t n) {
    if (n < 0) n = 0;
    if (seq.is(kind::str)) {
        const std::string& s = str_of_value(seq);
        // In doubles: the product overflows a 32-bit size_t (wasm) long before it leaves the budget.
        if (static_cast<double>(s.size()) * static_cast<double>(n) > static_cast<double>(m.cfg.memory_budget)) {
            m.raise(m.t_memory_error, "");
            return value::error();
        }
        if (!m.reserve_memory(s.size() * static_cast<std::size_t>(n))) return value::error();
        std::string r;
        r.reserve(s.size() * static_cast<std::size_t>(n));
        for (std::int64_t i = 0; i < n; ++i) r += s;
        return make_str(m, std::move(r));
    }
    const auto& items = seq.is(kind::list) ? seq.as<list_object>()->items : seq.as<tuple_object>()->items;
    const double total = static_cast<double>(items.size()) * static_cast<double>(n) * sizeof(value);
    // Compared as a double first: casting a total past SIZE_MAX (4 GB in wasm) to size_t is undefined.
    if (total > static_cast<double>(m.cfg.memory_budget) || !m.reserve_memory(static_cast<std::size_t>(total))) {
        if (!m.failed()) m.raise(m.t_memory_error, "");
        return value::error();
    }
    std::vector<value> r;
    r.reserve(items.size() * static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) r.insert(r.end(), items.begin(), items.end());
    return seq.is(kind::list) ? m.new_list(std::move(r)) : m.new_tuple(std::move(r));
}
}  // namespace

value vm::binary(int opcode, const value& a, const value& b) {
    const int o = opcode & 15;
    const bool inplace = opcode >= 16;
    const auto bo = static_cast<binary_op>(o);
    if (a.is_intlike() && b.is_intlike()) {
        const std::int64_t x = a.as_int(), y = b.as_int();
        switch (bo) {
            case binary_op::add:
                return int_result(*this, int_add(x, y));
            case binary_op::sub:
                return int_result(*this, int_sub(x, y));
            case binary_op::mult:
                return int_result(*this, int_mul(x, y));
            case binary_op::div:
                return int_result(*this, int_true_div(x, y));
            case binary_op::floor_div:
                return int_result(*this, floor_div(x, y));
            case binary_op::mod:
                return int_result(*this, floor_mod(x, y));
            case binary_op::pow:
                if (y < 0) return int_result(*this, float_pow(static_cast<double>(x), static_cast<double>(y)));
                return int_result(*this, int_pow(x, y));
            case binary_op::lshift:
                return int_result(*this, int_lshift(x, y));
            case binary_op::rshift:
                return int_result(*this, int_rshift(x, y));
            case binary_op::bit_or:
                return a.is_bool() && b.is_bool() ? value::from_bool((x | y) != 0) : value::from_int(x | y);
            case binary_op::bit_xor:
                return a.is_bool() && b.is_bool() ? value::from_bool((x ^ y) != 0) : value::from_int(x ^ y);
            case binary_op::bit_and:
                return a.is_bool() && b.is_bool() ? value::from_bool((x & y) != 0) : value::from_int(x & y);
            default:
                break;
        }
    } else if (a.is_number() && b.is_number()) {
        const double x = a.to_double(), y = b.to_double();
        switch (bo) {
            case binary_op::add:
                return value::from_float(x + y);
            case binary_op::sub:
                return value::from_float(x - y);
            case binary_op::mult:
                return value::from_float(x * y);
            case binary_op::div:
                return int_result(*this, float_true_div(x, y));
            case binary_op::floor_div:
                return int_result(*this, float_floor_div(x, y));
            case binary_op::mod:
                return int_result(*this, float_mod(x, y));
            case binary_op::pow:
                return int_result(*this, float_pow(x, y));
            default:
                break;
        }
    } else if (a.is(kind::str) && b.is(kind::str) && bo == binary_op::add) {
        const std::string& x = str_of_value(a);
        const std::string& y = str_of_value(b);
        if (!reserve_memory(x.size() + y.size())) return value::error();  // `s = s + s` in a loop: MemoryError
        std::string r;
        r.reserve(x.size() + y.size());
        r += x;
        r += y;
        return make_str(*this, std::move(r));
    } else if (a.is(kind::str) && bo == binary_op::mod) {
        return percent_format_value(*this, a, b);
    } else if ((a.is(kind::list) && b.is(kind::list)) || (a.is(kind::tuple) && b.is(kind::tuple))) {
        if (bo == binary_op::add) {
            if (inplace && a.is(kind::list)) {
                auto& items = a.as<list_object>()->items;
                auto copy = b.as<list_object>()->items;
                items.insert(items.end(), copy.begin(), copy.end());
                return a;
            }
            std::vector<value> r = a.is(kind::list) ? a.as<list_object>()->items : a.as<tuple_object>()->items;
            const auto& more = b.is(kind::list) ? b.as<list_object>()->items : b.as<tuple_object>()->items;
            r.insert(r.end(), more.begin(), more.end());
            return a.is(kind::list) ? new_list(std::move(r)) : new_tuple(std::move(r));
        }
    } else if (a.is(kind::list) && inplace && bo == binary_op::add) {
        std::vector<value> more;
        if (!to_vector(b, more)) return value::error();
        auto& items = a.as<list_object>()->items;
        items.insert(items.end(), more.begin(), more.end());
        return a;
    } else if (bo == binary_op::mult && (a.is(kind::str) || a.is(kind::list) || a.is(kind::tuple)) && b.is_intlike()) {
        return seq_repeat(*this, a, b.as_int());
    } else if (bo == binary_op::mult && (b.is(kind::str) || b.is(kind::list) || b.is(kind::tuple)) && a.is_intlike()) {
        return seq_repeat(*this, b, a.as_int());
    } else if ((a.is(kind::set) || a.is(kind::dict)) && b.is(a.obj()->k) &&
               (bo == binary_op::bit_or || bo == binary_op::bit_and || bo == binary_op::sub ||
                bo == binary_op::bit_xor)) {
        return set_operation(*this, a, b, bo, inplace);
    }
    // user classes
    if (a.is(kind::instance) || a.is(kind::exception)) {
        if (inplace) {
            std::string iname = std::string("__i") + (dunder(o) + 2);
            value fn = lookup_class(type_of(a), iname);
            if (fn.is(kind::function)) {
                value args[2] = {a, b};
                value r = call(fn, args, 2);
                if (!r.same(not_implemented)) return r;
            }
        }
        value fn = lookup_class(type_of(a), dunder(o));
        if (fn.is(kind::function)) {
            value args[2] = {a, b};
            value r = call(fn, args, 2);
            if (!r.same(not_implemented)) return r;
        }
    }
    if (b.is(kind::instance)) {
        value fn = lookup_class(type_of(b), rdunder(o));
        if (fn.is(kind::function)) {
            value args[2] = {b, a};
            value r = call(fn, args, 2);
            if (!r.same(not_implemented)) return r;
        }
    }
    std::string sym = op_symbol(o);
    if (inplace) sym += "=";
    if (bo == binary_op::pow && !inplace)
        return raise(t_type_error, "unsupported operand type(s) for ** or pow(): '" + type_name(*this, a) + "' and '" +
                                       type_name(*this, b) + "'");
    if (bo == binary_op::add && a.is(kind::str))
        return raise(t_type_error, "can only concatenate str (not \"" + type_name(*this, b) + "\") to str");
    if (bo == binary_op::add && a.is(kind::list))
        return raise(t_type_error, "can only concatenate list (not \"" + type_name(*this, b) + "\") to list");
    if (bo == binary_op::mult && (a.is(kind::str) || a.is(kind::list) || b.is(kind::str) || b.is(kind::list)))
        return raise(t_type_error, "can't multiply sequence by non-int of type '" +
                                       type_name(*this, a.is(kind::str) || a.is(kind::list) ? b : a) + "'");
    return raise(t_type_error, "unsupported operand type(s) for " + sym + ": '" + type_name(*this, a) + "' and '" +
                                   type_name(*this, b) + "'");
}

value vm::unary(int o, const value& a) {
    switch (static_cast<unary_op>(o)) {
        case unary_op::not_: {
            const int t = truthy(a);
            if (t < 0) return value::error();
            return value::from_bool(t == 0);
        }
        case unary_op::usub:
            if (a.is_intlike()) return int_result(*this, int_neg(a.as_int()));
            if (a.is_float()) return value::from_float(-a.as_float());
            break;
        case unary_op::uadd:
            if (a.is_intlike()) return value::from_int(a.as_int());
            if (a.is_float()) return a;
            break;
        case unary_op::invert:
            if (a.is_intlike()) return value::from_int(~a.as_int());
            break;
    }
    if (a.is(kind::instance)) {
        static const char* names[] = {"__invert__", "", "__pos__", "__neg__"};
        value fn = lookup_class(type_of(a), names[o]);
        if (fn.is(kind::function)) return call1(fn, a);
    }
    static const char* syms[] = {"~", "not ", "+", "-"};
    return raise(t_type_error,
                 std::string("bad operand type for unary ") + syms[o] + ": '" + type_name(*this, a) + "'");
}

int vm::truthy(const value& v) {
    switch (v.get_tag()) {
        case tag::none:
            return 0;
        case tag::boolean:
        case tag::integer:
            return v.as_int() != 0;
        case tag::floating:
            return v.as_float() != 0.0;
        case tag::error:
            return -1;
        case tag::obj:
            break;
    }
    switch (v.obj()->k) {
        case kind::str:
            return !str_of_value(v).empty();
        case kind::list:
            return !v.as<list_object>()->items.empty();
        case kind::tuple:
            return !v.as<tuple_object>()->items.empty();
        case kind::dict:
        case kind::set:
            return v.as<dict_object>()->size() != 0;
        case kind::range:
            return v.as<range_object>()->length() != 0;
        case kind::instance: {
            value fn = lookup_class(type_of(v), "__bool__");
            if (fn.is(kind::function)) {
                value r = call1(fn, v);
                if (r.is_error()) return -1;
                return r.is_bool() ? r.as_bool() : truthy(r);
            }
            fn = lookup_class(type_of(v), "__len__");
            if (fn.is(kind::function)) {
                value r = call1(fn, v);
                if (r.is_error()) return -1;
                return r.as_int() != 0;
            }
            return 1;
        }
        default:
            return 1;
    }
}

}  // namespace looplab::python
