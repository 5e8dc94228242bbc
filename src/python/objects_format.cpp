// objects_format.cpp — str.format: replacement fields {}, {0}, {name}, {0.attr}, {0[key]}, !r/!s, nested specs.
#include "python/vm_internal.h"

namespace looplab::python {

value format_field(vm& m, const value& v, std::uint32_t conversion, const value& spec);

namespace {
bool render(vm& m, std::string_view fmt, const call_args& a, std::size_t& auto_index, std::string& out, int depth) {
    for (std::size_t i = 0; i < fmt.size();) {
        const char c = fmt[i];
        if (c == '}') {
            if (i + 1 < fmt.size() && fmt[i + 1] == '}') {
                out += '}';
                i += 2;
                continue;
            }
            m.raise(m.t_value_error, "Single '}' encountered in format string");
            return false;
        }
        if (c != '{') {
            out += c;
            ++i;
            continue;
        }
        if (i + 1 < fmt.size() && fmt[i + 1] == '{') {
            out += '{';
            i += 2;
            continue;
        }
        // find the matching close brace (specs may nest one level)
        std::size_t j = i + 1;
        int level = 1;
        for (; j < fmt.size(); ++j) {
            if (fmt[j] == '{') ++level;
            if (fmt[j] == '}' && --level == 0) break;
        }
        if (j >= fmt.size()) {
            m.raise(m.t_value_error, "expected '}' before end of string");
            return false;
        }
        std::string_view field = fmt.substr(i + 1, j - i - 1);
        i = j + 1;
        std::string_view spec;
        std::uint32_t conv = 0;
        std::size_t colon = std::string_view::npos;
        for (std::size_t k = 0, lv = 0; k < field.size(); ++k) {
            if (field[k] == '[') ++lv;
            if (field[k] == ']' && lv) --lv;
            if (field[k] == ':' && lv == 0) {
                colon = k;
                break;
            }
        }
        if (colon != std::string_view::npos) {
            spec = field.substr(colon + 1);
            field = field.substr(0, colon);
        }
        if (const auto bang = field.find('!'); bang != std::string_view::npos) {
            const char cc = bang + 1 < field.size() ? field[bang + 1] : 0;
            conv = cc == 'r' ? 2 : cc == 's' ? 1 : cc == 'a' ? 3 : 9;
            if (conv == 9) {
                m.raise(m.t_value_error, "Unknown conversion specifier " + std::string(1, cc));
                return false;
            }
            field = field.substr(0, bang);
        }
        std::size_t name_end = 0;
        while (name_end < field.size() && field[name_end] != '.' && field[name_end] != '[') ++name_end;
        std::string_view name = field.substr(0, name_end);
        value v;
        if (name.empty()) {
            if (auto_index >= a.npos) {
                m.raise(m.t_index_error,
                        "Replacement index " + std::to_string(auto_index) + " out of range for positional args tuple");
                return false;
            }
            v = a[auto_index++];
        } else if (name[0] >= '0' && name[0] <= '9') {
            const std::size_t idx = static_cast<std::size_t>(std::stoll(std::string(name)));
            if (idx >= a.npos) {
                m.raise(m.t_index_error,
                        "Replacement index " + std::to_string(idx) + " out of range for positional args tuple");
                return false;
            }
            v = a[idx];
        } else {
            const value* kw = a.kw(name);
            if (!kw) {
                value exc = m.make_exception(m.t_key_error, "");
                exc.as<exception_object>()->args = m.new_tuple({m.str_value(name)});
                m.raise_value(exc);
                return false;
            }
            v = *kw;
        }
        std::string_view rest = field.substr(name_end);
        while (!rest.empty()) {
            if (rest[0] == '.') {
                std::size_t e = 1;
                while (e < rest.size() && rest[e] != '.' && rest[e] != '[') ++e;
                v = m.get_attr(v, rest.substr(1, e - 1));
                if (v.is_error()) return false;
                rest = rest.substr(e);
            } else {
                const std::size_t e = rest.find(']');
                std::string_view key = rest.substr(1, e - 1);
                value k = !key.empty() && key[0] >= '0' && key[0] <= '9' ? value::from_int(std::stoll(std::string(key)))
                                                                         : m.str_value(key);
                v = m.subscript(v, k);
                if (v.is_error()) return false;
                rest = rest.substr(e + 1);
            }
        }
        std::string spec_text;
        if (spec.find('{') != std::string_view::npos && depth < 2) {
            if (!render(m, spec, a, auto_index, spec_text, depth + 1)) return false;
        } else {
            spec_text = std::string(spec);
        }
        value r = format_field(m, v, conv, m.str_value(spec_text));
        if (r.is_error()) return false;
        out += str_of_value(r);
    }
    return true;
}
}  // namespace

value str_format_method(vm& m, const value& self, const call_args& a) {
    std::string out;
    std::size_t auto_index = 0;
    if (!render(m, str_of_value(self), a, auto_index, out, 0)) return value::error();
    return make_str(m, std::move(out));
}

}  // namespace looplab::python
