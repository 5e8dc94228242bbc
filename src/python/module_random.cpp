// module_random.cpp — the `random` module: bindings of pylib's CPython-exact Mersenne Twister (mersenne_twister.h).
#include "python/vm_internal.h"

namespace looplab::python {

value py_err(vm& m, const py_error& e);

namespace {
template <class T> value res(vm& m, const py_result<T>& r) {
    if (!r.ok()) return py_err(m, r.error());
    return value::from_int(static_cast<std::int64_t>(r.value()));
}

bool need_int(vm& m, const value& v) {
    if (v.is_intlike()) return true;
    if (v.is_float())
        m.raise(m.t_type_error, "'float' object cannot be interpreted as an integer");
    else
        m.raise(m.t_type_error, "'" + type_name(m, v) + "' object cannot be interpreted as an integer");
    return false;
}

value r_seed(vm& m, const value&, const call_args& a) {
    if (a.npos == 0 || a[0].is_none()) {
        m.rng.seed_default(m.cfg.seed);
    } else if (a[0].is_intlike()) {
        m.rng.seed_int(a[0].as_int());
    } else if (a[0].is(kind::str)) {
        m.rng.seed_str(str_of_value(a[0]));
    } else if (a[0].is_float()) {
        m.rng.seed_float(a[0].as_float());
    } else {
        bool ok = true;
        const std::int64_t h = m.hash(a[0], ok);
        if (!ok) return value::error();
        m.rng.seed_hash(h);
    }
    return value::none();
}
value r_random(vm& m, const value&, const call_args&) { return value::from_float(m.rng.random()); }
value r_randint(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 2, 2, "randint") || !need_int(m, a[0]) || !need_int(m, a[1])) return value::error();
    return res(m, m.rng.randint(a[0].as_int(), a[1].as_int()));
}
value r_randrange(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 1, 3, "randrange")) return value::error();
    for (std::size_t i = 0; i < a.npos; ++i)
        if (!need_int(m, a[i])) return value::error();
    if (a.npos == 1) return res(m, m.rng.randrange(a[0].as_int()));
    return res(m, m.rng.randrange(a[0].as_int(), a[1].as_int(), a.npos == 3 ? a[2].as_int() : 1));
}
value r_uniform(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 2, 2, "uniform")) return value::error();
    return value::from_float(m.rng.uniform(a[0].to_double(), a[1].to_double()));
}
value r_getrandbits(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 1, 1, "getrandbits")) return value::error();
    if (a[0].as_int() > 64)
        return m.raise(m.t_overflow_error, "LoopLab's ints are 64-bit: getrandbits(k) needs k <= 64");
    auto r = m.rng.getrandbits(static_cast<int>(a[0].as_int()));
    if (!r.ok()) return py_err(m, r.error());
    if (r.value() > static_cast<std::uint64_t>(INT64_MAX))
        return m.raise(m.t_overflow_error, "integer result too large for LoopLab's 64-bit ints");
    return value::from_int(static_cast<std::int64_t>(r.value()));
}
value r_choice(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 1, 1, "choice")) return value::error();
    const std::int64_t n = m.length(a[0]);
    if (n < 0) return value::error();
    auto r = m.rng.choice(static_cast<std::size_t>(n));
    if (!r.ok()) return m.raise(m.t_index_error, "Cannot choose from an empty sequence");
    return m.subscript(a[0], value::from_int(static_cast<std::int64_t>(r.value())));
}
value r_shuffle(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 1, 1, "shuffle")) return value::error();
    if (!a[0].is(kind::list)) return m.raise(m.t_type_error, "shuffle() needs a list in LoopLab's Python");
    auto& items = a[0].as<list_object>()->items;
    m.rng.shuffle(std::span<value>(items));
    return value::none();
}
value r_sample(vm& m, const value&, const call_args& a) {
    const value* kv = a.npos > 1 ? &a[1] : a.kw("k");
    if (a.npos < 1 || !kv) return m.raise(m.t_type_error, "sample() missing required argument 'k'");
    std::vector<value> pop;
    if (a[0].is(kind::set) || a[0].is(kind::dict))
        return m.raise(m.t_type_error, "Population must be a sequence.  For dicts or sets, use sorted(d).");
    if (!m.to_vector(a[0], pop)) return value::error();
    auto r = m.rng.sample(pop.size(), kv->as_int());
    if (!r.ok()) return py_err(m, r.error());
    std::vector<value> out;
    for (auto i : r.value()) out.push_back(pop[i]);
    return m.new_list(std::move(out));
}
value r_choices(vm& m, const value&, const call_args& a) {
    if (a.npos < 1) return m.raise(m.t_type_error, "choices() missing required argument 'population'");
    std::vector<value> pop;
    if (!m.to_vector(a[0], pop)) return value::error();
    const value* kv = a.kw("k");
    const std::size_t k = kv ? static_cast<std::size_t>(kv->as_int()) : 1;
    const value* w = a.npos > 1 ? &a[1] : a.kw("weights");
    const value* cw = a.kw("cum_weights");
    std::vector<std::size_t> idx;
    if ((w && !w->is_none()) || (cw && !cw->is_none())) {
        std::vector<value> wv;
        if (!m.to_vector(w && !w->is_none() ? *w : *cw, wv)) return value::error();
        std::vector<double> ws;
        for (auto& x : wv) ws.push_back(x.to_double());
        auto r = m.rng.choices_weighted(pop.size(), ws, !(w && !w->is_none()), k);
        if (!r.ok()) return py_err(m, r.error());
        idx = r.value();
    } else {
        if (pop.empty()) return m.raise(m.t_index_error, "Cannot choose from an empty sequence");
        idx = m.rng.choices(pop.size(), k);
    }
    std::vector<value> out;
    for (auto i : idx) out.push_back(pop[i]);
    return m.new_list(std::move(out));
}
value r_gauss(vm& m, const value&, const call_args& a) {
    return value::from_float(m.rng.gauss(a.npos > 0 ? a[0].to_double() : 0.0, a.npos > 1 ? a[1].to_double() : 1.0));
}
value r_normalvariate(vm& m, const value&, const call_args& a) {
    return value::from_float(
        m.rng.normalvariate(a.npos > 0 ? a[0].to_double() : 0.0, a.npos > 1 ? a[1].to_double() : 1.0));
}
value r_expovariate(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 1, 1, "expovariate")) return value::error();
    if (a[0].to_double() == 0.0) return m.raise(m.t_zero_division, "float division by zero");
    return value::from_float(m.rng.expovariate(a[0].to_double()));
}
}  // namespace

value make_module_random(vm& m) {
    auto* mod = m.heap.make<module_object>();
    mod->type = m.t_module;
    mod->name = "random";
    value mv = value::from_obj(mod);
    const std::pair<const char*, native_fn> fns[] = {{"seed", r_seed},
                                                     {"random", r_random},
                                                     {"randint", r_randint},
                                                     {"randrange", r_randrange},
                                                     {"uniform", r_uniform},
                                                     {"getrandbits", r_getrandbits},
                                                     {"choice", r_choice},
                                                     {"shuffle", r_shuffle},
                                                     {"sample", r_sample},
                                                     {"choices", r_choices},
                                                     {"gauss", r_gauss},
                                                     {"normalvariate", r_normalvariate},
                                                     {"expovariate", r_expovariate}};
    for (auto& [n, f] : fns) mod->set(n, m.new_native(n, f));
    return mv;
}

}  // namespace looplab::python
