// module_math.cpp — the `math` module: constants and functions, bound to pylib's CPython rules (pymath.h).
#include "python/pymath.h"
#include "python/vm_internal.h"

#include <cmath>
#include <numbers>

namespace looplab::python {

value py_err(vm& m, const py_error& e);

namespace {
bool num(vm& m, const value& v, double& out) {
    if (v.is_number()) {
        out = v.to_double();
        return true;
    }
    m.raise(m.t_type_error, "must be real number, not " + type_name(m, v));
    return false;
}
template <class T> value res(vm& m, const py_result<T>& r) {
    if (!r.ok()) return py_err(m, r.error());
    if constexpr (std::is_same_v<T, double>)
        return value::from_float(r.value());
    else if constexpr (std::is_same_v<T, bool>)
        return value::from_bool(r.value());
    else
        return value::from_int(r.value());
}

#define LL_UNARY(name, expr)                                                                                       \
    value name(vm& m, const value&, const call_args& a) {                                                          \
        double x = 0;                                                                                              \
        if (!check_args(m, a, 1, 1, std::string_view(#name).substr(2)) || !num(m, a[0], x)) return value::error(); \
        return expr;                                                                                               \
    }

LL_UNARY(m_floor, a[0].is_intlike() ? value::from_int(a[0].as_int()) : res(m, floor_to_int(x)))
LL_UNARY(m_ceil, a[0].is_intlike() ? value::from_int(a[0].as_int()) : res(m, ceil_to_int(x)))
LL_UNARY(m_trunc, a[0].is_intlike() ? value::from_int(a[0].as_int()) : res(m, trunc_to_int(x)))
LL_UNARY(m_sqrt, res(m, math_sqrt(x)))
LL_UNARY(m_exp, res(m, math_exp(x)))
LL_UNARY(m_log2, res(m, math_log2(x)))
LL_UNARY(m_log10, res(m, math_log10(x)))
LL_UNARY(m_sin, value::from_float(std::sin(x)))
LL_UNARY(m_cos, value::from_float(std::cos(x)))
LL_UNARY(m_tan, value::from_float(std::tan(x)))
LL_UNARY(m_asin, value::from_float(std::asin(x)))
LL_UNARY(m_acos, value::from_float(std::acos(x)))
LL_UNARY(m_atan, value::from_float(std::atan(x)))
LL_UNARY(m_fabs, value::from_float(std::fabs(x)))
LL_UNARY(m_isnan, value::from_bool(std::isnan(x)))
LL_UNARY(m_isinf, value::from_bool(std::isinf(x)))
LL_UNARY(m_isfinite, value::from_bool(std::isfinite(x)))
LL_UNARY(m_degrees, value::from_float(x * 180.0 / std::numbers::pi))
LL_UNARY(m_radians, value::from_float(x* std::numbers::pi / 180.0))
#undef LL_UNARY

value m_log(vm& m, const value&, const call_args& a) {
    double x = 0, b = 0;
    if (!check_args(m, a, 1, 2, "log") || !num(m, a[0], x)) return value::error();
    if (a.npos == 2 && !num(m, a[1], b)) return value::error();
    return res(m, math_log(x, a.npos == 2, b));
}
value m_pow(vm& m, const value&, const call_args& a) {
    double x = 0, y = 0;
    if (!check_args(m, a, 2, 2, "pow") || !num(m, a[0], x) || !num(m, a[1], y)) return value::error();
    return res(m, math_pow(x, y));
}
value m_atan2(vm& m, const value&, const call_args& a) {
    double x = 0, y = 0;
    if (!check_args(m, a, 2, 2, "atan2") || !num(m, a[0], y) || !num(m, a[1], x)) return value::error();
    return value::from_float(std::atan2(y, x));
}
value m_hypot(vm& m, const value&, const call_args& a) {
    std::vector<double> xs;
    for (std::size_t i = 0; i < a.npos; ++i) {
        double x = 0;
        if (!num(m, a[i], x)) return value::error();
        xs.push_back(x);
    }
    return value::from_float(math_hypot(xs));
}
value m_fsum(vm& m, const value&, const call_args& a) {
    std::vector<value> items;
    if (!check_args(m, a, 1, 1, "fsum") || !m.to_vector(a[0], items)) return value::error();
    std::vector<double> xs;
    for (auto& v : items) {
        double x = 0;
        if (!num(m, v, x)) return value::error();
        xs.push_back(x);
    }
    return res(m, fsum(xs));
}
value m_prod(vm& m, const value&, const call_args& a) {
    std::vector<value> items;
    if (!check_args(m, a, 1, 1, "prod") || !m.to_vector(a[0], items)) return value::error();
    value acc = value::from_int(1);
    if (const value* s = a.kw("start")) acc = *s;
    for (auto& v : items) {
        acc = m.binary(static_cast<int>(binary_op::mult), acc, v);
        if (acc.is_error()) return acc;
    }
    return acc;
}
bool ints(vm& m, const call_args& a, std::size_t n, const char* name) {
    if (!check_args(m, a, n, n, name)) return false;
    for (std::size_t i = 0; i < n; ++i)
        if (!a[i].is_intlike()) {
            m.raise(m.t_type_error, "'" + type_name(m, a[i]) + "' object cannot be interpreted as an integer");
            return false;
        }
    return true;
}
value m_gcd(vm& m, const value&, const call_args& a) {
    std::int64_t g = 0;
    for (std::size_t i = 0; i < a.npos; ++i) {
        if (!a[i].is_intlike())
            return m.raise(m.t_type_error, "'" + type_name(m, a[i]) + "' object cannot be interpreted as an integer");
        auto r = gcd(g, a[i].as_int());
        if (!r.ok()) return py_err(m, r.error());
        g = r.value();
    }
    return value::from_int(g);
}
value m_lcm(vm& m, const value&, const call_args& a) {
    if (!ints(m, a, 2, "lcm")) return value::error();
    return res(m, lcm(a[0].as_int(), a[1].as_int()));
}
value m_factorial(vm& m, const value&, const call_args& a) {
    if (!ints(m, a, 1, "factorial")) return value::error();
    return res(m, factorial(a[0].as_int()));
}
value m_comb(vm& m, const value&, const call_args& a) {
    if (!ints(m, a, 2, "comb")) return value::error();
    return res(m, comb(a[0].as_int(), a[1].as_int()));
}
value m_perm(vm& m, const value&, const call_args& a) {
    if (!ints(m, a, 2, "perm")) return value::error();
    return res(m, perm(a[0].as_int(), a[1].as_int()));
}
value m_isqrt(vm& m, const value&, const call_args& a) {
    if (!ints(m, a, 1, "isqrt")) return value::error();
    return res(m, isqrt(a[0].as_int()));
}
value m_isclose(vm& m, const value&, const call_args& a) {
    double x = 0, y = 0;
    if (!check_args(m, a, 2, 2, "isclose") || !num(m, a[0], x) || !num(m, a[1], y)) return value::error();
    const value* rt = a.kw("rel_tol");
    const value* at = a.kw("abs_tol");
    return res(m, isclose(x, y, rt ? rt->to_double() : 1e-09, at ? at->to_double() : 0.0));
}
value m_copysign(vm& m, const value&, const call_args& a) {
    double x = 0, y = 0;
    if (!check_args(m, a, 2, 2, "copysign") || !num(m, a[0], x) || !num(m, a[1], y)) return value::error();
    return value::from_float(std::copysign(x, y));
}
value m_modf(vm& m, const value&, const call_args& a) {
    double x = 0;
    if (!check_args(m, a, 1, 1, "modf") || !num(m, a[0], x)) return value::error();
    double ip = 0;
    const double fp = std::modf(x, &ip);
    return m.new_tuple({value::from_float(fp), value::from_float(ip)});
}
value m_frexp(vm& m, const value&, const call_args& a) {
    double x = 0;
    if (!check_args(m, a, 1, 1, "frexp") || !num(m, a[0], x)) return value::error();
    int e = 0;
    const double f = std::frexp(x, &e);
    return m.new_tuple({value::from_float(f), value::from_int(e)});
}
value m_fmod(vm& m, const value&, const call_args& a) {
    double x = 0, y = 0;
    if (!check_args(m, a, 2, 2, "fmod") || !num(m, a[0], x) || !num(m, a[1], y)) return value::error();
    if (y == 0.0) return m.raise(m.t_value_error, "math domain error");
    return value::from_float(std::fmod(x, y));
}
}  // namespace

value make_module_math(vm& m) {
    auto* mod = m.heap.make<module_object>();
    mod->type = m.t_module;
    mod->name = "math";
    value mv = value::from_obj(mod);
    const std::pair<const char*, native_fn> fns[] = {
        {"floor", m_floor},       {"ceil", m_ceil},   {"trunc", m_trunc},       {"sqrt", m_sqrt},
        {"exp", m_exp},           {"log", m_log},     {"log2", m_log2},         {"log10", m_log10},
        {"sin", m_sin},           {"cos", m_cos},     {"tan", m_tan},           {"asin", m_asin},
        {"acos", m_acos},         {"atan", m_atan},   {"atan2", m_atan2},       {"fabs", m_fabs},
        {"isnan", m_isnan},       {"isinf", m_isinf}, {"isfinite", m_isfinite}, {"degrees", m_degrees},
        {"radians", m_radians},   {"pow", m_pow},     {"hypot", m_hypot},       {"fsum", m_fsum},
        {"prod", m_prod},         {"gcd", m_gcd},     {"lcm", m_lcm},           {"factorial", m_factorial},
        {"comb", m_comb},         {"perm", m_perm},   {"isqrt", m_isqrt},       {"isclose", m_isclose},
        {"copysign", m_copysign}, {"fmod", m_fmod},   {"modf", m_modf},         {"frexp", m_frexp}};
    for (auto& [n, f] : fns) mod->set(n, m.new_native(n, f));
    mod->set("pi", value::from_float(std::numbers::pi));
    mod->set("e", value::from_float(std::numbers::e));
    mod->set("tau", value::from_float(2 * std::numbers::pi));
    mod->set("inf", value::from_float(HUGE_VAL));
    mod->set("nan", value::from_float(std::nan("")));
    return mv;
}

}  // namespace looplab::python
