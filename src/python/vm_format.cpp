// vm_format.cpp — format() and f-string fields (the format-spec mini-language per type), and `str % args`.
#include "python/float_format.h"
#include "python/percent_format.h"
#include "python/pymath.h"
#include "python/vm_internal.h"

namespace looplab::python {

value py_err(vm& m, const py_error& e);

value vm::format(const value& v, std::string_view spec) {
    if (v.is_bool() && spec.empty()) return str(v);
    if (v.is_intlike()) {
        auto r = format_int(v.as_int(), spec, v.is_bool() ? "bool" : "int");
        if (!r.ok()) {
            // an int with a float presentation type
            if (!spec.empty() && std::string_view("eEfFgG%").find(spec.back()) != std::string_view::npos) {
                auto fr = format_float(static_cast<double>(v.as_int()), spec);
                if (fr.ok()) return make_str(*this, fr.value());
            }
            return py_err(*this, r.error());
        }
        return make_str(*this, r.value());
    }
    if (v.is_float()) {
        auto r = format_float(v.as_float(), spec);
        if (!r.ok()) return py_err(*this, r.error());
        return make_str(*this, r.value());
    }
    if (v.is(kind::instance)) {
        value fn = lookup_class(v.obj()->type, "__format__");
        if (fn.is(kind::function)) {
            value args[2] = {v, str_value(spec)};
            return call(fn, args, 2);
        }
    }
    if (v.is(kind::str) || spec.empty()) {
        value s = str(v);
        if (s.is_error() || spec.empty()) return s;
        auto r = format_str(str_of_value(s), spec);
        if (!r.ok()) return py_err(*this, r.error());
        return make_str(*this, r.value());
    }
    return raise(t_type_error, "unsupported format string passed to " + type_name(*this, v) + ".__format__");
}

value format_field(vm& m, const value& v, std::uint32_t conversion, const value& spec) {
    value x = v;
    if (conversion == 1) x = m.str(v);
    if (conversion == 2 || conversion == 3) x = m.repr(v);
    if (x.is_error()) return x;
    const std::string_view sp = spec.is(kind::str) ? std::string_view(str_of_value(spec)) : std::string_view();
    if (sp.empty()) return m.str(x);
    return m.format(x, sp);
}

value percent_format_value(vm& m, const value& fmt_v, const value& args) {
    const std::string& fmt = str_of_value(fmt_v);
    std::vector<value> items;
    const bool is_tuple = args.is(kind::tuple);
    if (is_tuple)
        items = args.as<tuple_object>()->items;
    else
        items.push_back(args);
    const bool mapping = args.is(kind::dict);
    std::size_t next = 0;
    std::string out;
    for (std::size_t i = 0; i < fmt.size();) {
        if (fmt[i] != '%') {
            out += fmt[i++];
            continue;
        }
        auto pd = parse_percent_directive(fmt, i);
        if (!pd.ok()) return py_err(m, pd.error());
        percent_directive d = pd.value();
        i = d.end;
        if (d.conversion == '%') {
            out += '%';
            continue;
        }
        auto take = [&]() -> value {
            if (next >= items.size()) {
                m.raise(m.t_type_error, "not enough arguments for format string");
                return value::error();
            }
            return items[next++];
        };
        if (d.width_star) {
            value w = take();
            if (w.is_error()) return w;
            apply_star_width(d, w.as_int());
        }
        if (d.precision_star) {
            value p = take();
            if (p.is_error()) return p;
            apply_star_precision(d, p.as_int());
        }
        value a;
        if (d.has_key) {
            if (!mapping) return m.raise(m.t_type_error, "format requires a mapping");
            value* found = args.as<dict_object>()->find(m, m.str_value(d.key));
            if (!found) return m.raise(m.t_key_error, "'" + d.key + "'");
            a = *found;
        } else {
            a = mapping && !is_tuple ? args : take();
            if (mapping && !is_tuple) next = 1;
            if (a.is_error()) return a;
        }
        py_result<std::string> r{std::string()};
        switch (d.conversion) {
            case 's':
            case 'r':
            case 'a': {
                value s = d.conversion == 's' ? m.str(a) : m.repr(a);
                if (s.is_error()) return s;
                r = percent_format_text(str_of_value(s), d);
                break;
            }
            case 'c':
                if (a.is(kind::str)) {
                    out += str_of_value(a);
                    continue;
                }
                r = percent_format_char(a.as_int(), d);
                break;
            case 'd':
            case 'i':
            case 'u':
            case 'x':
            case 'X':
            case 'o':
                if (a.is_float()) {
                    auto t = trunc_to_int(a.as_float());
                    if (!t.ok()) return py_err(m, t.error());
                    r = percent_format_int(t.value(), d);
                } else if (a.is_intlike()) {
                    r = percent_format_int(a.as_int(), d);
                } else {
                    return m.raise(m.t_type_error, std::string("%") + d.conversion +
                                                       " format: a real number is required, not " + type_name(m, a));
                }
                break;
            default:
                if (!a.is_number()) return m.raise(m.t_type_error, "must be real number, not " + type_name(m, a));
                r = percent_format_float(a.to_double(), d);
                break;
        }
        if (!r.ok()) return py_err(m, r.error());
        out += r.value();
    }
    if (next < items.size() && !mapping)
        return m.raise(m.t_type_error, "not all arguments converted during string formatting");
    return make_str(m, std::move(out));
}

}  // namespace looplab::python
