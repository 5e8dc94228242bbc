// builtins.cpp — the builtins module: a table of name -> native function (print, len, repr, abs, round, chr, iter, next,
// any, ...); the object model's builtins are in builtins_object.cpp, the sequence builtins in builtins_seq.cpp.
#include "python/float_format.h"
#include "python/pymath.h"
#include "python/vm_internal.h"

#include <algorithm>
#include <cmath>

namespace looplab::python {

value py_err(vm& m, const py_error& e);
value builtin_sorted(vm& m, const value& self, const call_args& a);  // builtins_seq.cpp
void install_builtins_seq(vm& m);  // builtins_seq.cpp
void install_builtins_object(vm& m);  // builtins_object.cpp

bool raise_arg_count(vm& m, const call_args& a, std::size_t min, std::size_t max, std::string_view fname) {
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

value b_input(vm& m, const value&, const call_args&) {
    return m.raise(m.t_runtime_error, "input() is not available in LoopLab's Python (no standard input)");
}
}  // namespace

void install_builtins(vm& m) {
    module_object* b = m.builtins;
    auto def = [&](const char* name, native_fn fn) { b->set(name, m.new_native(name, fn)); };
    def("print", b_print);
    def("len", b_len);
    def("repr", b_repr);
    def("abs", b_abs);
    def("round", b_round);
    def("divmod", b_divmod);
    def("pow", b_pow);
    def("hash", b_hash);
    def("id", b_id);
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
    def("input", b_input);
    install_builtins_object(m);
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
