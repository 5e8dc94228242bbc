// objects_str.cpp — str's methods (format, join, split, strip, replace, case, padding, ...), a table of natives; the
// searching methods (find, index, count, startswith, partition, removeprefix, ...) are in objects_str_search.cpp.
#include "python/float_format.h"
#include "python/vm_internal.h"

#include <algorithm>
#include <cctype>

namespace looplab::python {

value py_err(vm& m, const py_error& e);
void install_str_search_methods(vm& m);  // objects_str_search.cpp

// Whether argument i is a str; raises TypeError (and returns false) when it is missing or of another type.
bool need_str(vm& m, const call_args& a, std::size_t i, const char* fname) {
    if (i < a.npos && a[i].is(kind::str)) return true;
    if (i >= a.npos) {
        m.raise(m.t_type_error, std::string(fname) + "() takes at least " + std::to_string(i + 1) + " argument");
        return false;
    }
    m.raise(m.t_type_error, "must be str, not " + type_name(m, a[i]));
    return false;
}

namespace {
const std::string& S(const value& v) { return str_of_value(v); }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

value s_strip_impl(vm& m, const value& self, const call_args& a, bool left, bool right) {
    const std::string& s = S(self);
    std::string chars;
    const bool custom = a.npos > 0 && !a[0].is_none();
    if (custom) chars = S(a[0]);
    auto strip_char = [&](char c) { return custom ? chars.find(c) != std::string::npos : is_space(c); };
    std::size_t b = 0, e = s.size();
    if (left)
        while (b < e && strip_char(s[b])) ++b;
    if (right)
        while (e > b && strip_char(s[e - 1])) --e;
    return make_str(m, s.substr(b, e - b));
}
value s_strip(vm& m, const value& self, const call_args& a) { return s_strip_impl(m, self, a, true, true); }
value s_lstrip(vm& m, const value& self, const call_args& a) { return s_strip_impl(m, self, a, true, false); }
value s_rstrip(vm& m, const value& self, const call_args& a) { return s_strip_impl(m, self, a, false, true); }

value s_upper(vm& m, const value& self, const call_args&) {
    std::string s = S(self);
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return make_str(m, std::move(s));
}
value s_lower(vm& m, const value& self, const call_args&) {
    std::string s = S(self);
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return make_str(m, std::move(s));
}
value s_title(vm& m, const value& self, const call_args&) {
    std::string s = S(self);
    bool prev_alpha = false;
    for (char& c : s) {
        const bool alpha = std::isalpha(static_cast<unsigned char>(c)) != 0;
        c = static_cast<char>(prev_alpha ? std::tolower(static_cast<unsigned char>(c))
                                         : std::toupper(static_cast<unsigned char>(c)));
        prev_alpha = alpha;
    }
    return make_str(m, std::move(s));
}
value s_capitalize(vm& m, const value& self, const call_args&) {
    std::string s = S(self);
    for (std::size_t i = 0; i < s.size(); ++i)
        s[i] = static_cast<char>(i == 0 ? std::toupper(static_cast<unsigned char>(s[i]))
                                        : std::tolower(static_cast<unsigned char>(s[i])));
    return make_str(m, std::move(s));
}
value s_swapcase(vm& m, const value& self, const call_args&) {
    std::string s = S(self);
    for (char& c : s) {
        const auto u = static_cast<unsigned char>(c);
        c = static_cast<char>(std::isupper(u) ? std::tolower(u) : std::toupper(u));
    }
    return make_str(m, std::move(s));
}

template <int (*pred)(int)> value s_is(vm&, const value& self, const call_args&) {
    const std::string& s = S(self);
    if (s.empty()) return value::from_bool(false);
    for (char c : s)
        if (!pred(static_cast<unsigned char>(c))) return value::from_bool(false);
    return value::from_bool(true);
}
value s_isupper(vm&, const value& self, const call_args&) {
    bool any = false;
    for (char c : S(self)) {
        if (std::islower(static_cast<unsigned char>(c))) return value::from_bool(false);
        if (std::isupper(static_cast<unsigned char>(c))) any = true;
    }
    return value::from_bool(any);
}
value s_islower(vm&, const value& self, const call_args&) {
    bool any = false;
    for (char c : S(self)) {
        if (std::isupper(static_cast<unsigned char>(c))) return value::from_bool(false);
        if (std::islower(static_cast<unsigned char>(c))) any = true;
    }
    return value::from_bool(any);
}

value s_split(vm& m, const value& self, const call_args& a) {
    const std::string& s = S(self);
    const value* sepv = a.npos > 0 ? &a[0] : a.kw("sep");
    const value* maxv = a.npos > 1 ? &a[1] : a.kw("maxsplit");
    std::int64_t maxsplit = maxv ? maxv->as_int() : -1;
    std::vector<value> out;
    if (!sepv || sepv->is_none()) {
        std::size_t i = 0;
        while (i < s.size()) {
            while (i < s.size() && is_space(s[i])) ++i;
            if (i >= s.size()) break;
            if (maxsplit == 0) {
                std::size_t e = s.size();
                while (e > i && is_space(s[e - 1])) --e;
                out.push_back(make_str(m, s.substr(i, e - i)));
                break;
            }
            std::size_t j = i;
            while (j < s.size() && !is_space(s[j])) ++j;
            out.push_back(make_str(m, s.substr(i, j - i)));
            if (maxsplit > 0) --maxsplit;
            i = j;
        }
        return m.new_list(std::move(out));
    }
    const std::string& sep = S(*sepv);
    if (sep.empty()) return m.raise(m.t_value_error, "empty separator");
    std::size_t i = 0;
    for (;;) {
        if (maxsplit == 0) {
            out.push_back(make_str(m, s.substr(i)));
            break;
        }
        const std::size_t j = s.find(sep, i);
        if (j == std::string::npos) {
            out.push_back(make_str(m, s.substr(i)));
            break;
        }
        out.push_back(make_str(m, s.substr(i, j - i)));
        i = j + sep.size();
        if (maxsplit > 0) --maxsplit;
    }
    return m.new_list(std::move(out));
}

value s_rsplit(vm& m, const value& self, const call_args& a) {
    const value* maxv = a.npos > 1 ? &a[1] : a.kw("maxsplit");
    if (!maxv || maxv->as_int() < 0) return s_split(m, self, a);
    const std::string& s = S(self);
    const std::string sep = a.npos > 0 && !a[0].is_none() ? S(a[0]) : " ";
    std::int64_t maxsplit = maxv->as_int();
    std::vector<value> out;
    std::size_t end = s.size();
    while (maxsplit-- > 0) {
        const std::size_t j = end == 0 ? std::string::npos : s.rfind(sep, end - sep.size());
        if (j == std::string::npos || end < sep.size()) break;
        out.insert(out.begin(), make_str(m, s.substr(j + sep.size(), end - j - sep.size())));
        end = j;
    }
    out.insert(out.begin(), make_str(m, s.substr(0, end)));
    return m.new_list(std::move(out));
}

value s_splitlines(vm& m, const value& self, const call_args&) {
    const std::string& s = S(self);
    std::vector<value> out;
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t j = i;
        while (j < s.size() && s[j] != '\n' && s[j] != '\r') ++j;
        out.push_back(make_str(m, s.substr(i, j - i)));
        if (j < s.size() && s[j] == '\r' && j + 1 < s.size() && s[j + 1] == '\n') ++j;
        i = j + 1;
    }
    return m.new_list(std::move(out));
}

value s_join(vm& m, const value& self, const call_args& a) {
    if (!check_args(m, a, 1, 1, "join")) return value::error();
    std::vector<value> items;
    if (!m.to_vector(a[0], items)) return value::error();
    std::string out;
    const std::string& sep = S(self);
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!items[i].is(kind::str))
            return m.raise(m.t_type_error, "sequence item " + std::to_string(i) + ": expected str instance, " +
                                               type_name(m, items[i]) + " found");
        if (i) out += sep;
        out += S(items[i]);
    }
    return make_str(m, std::move(out));
}

value s_replace(vm& m, const value& self, const call_args& a) {
    if (!check_args(m, a, 2, 3, "replace") || !need_str(m, a, 0, "replace") || !need_str(m, a, 1, "replace"))
        return value::error();
    const std::string& s = S(self);
    const std::string& from = S(a[0]);
    const std::string& to = S(a[1]);
    std::int64_t count = a.npos == 3 ? a[2].as_int() : -1;
    std::string out;
    if (from.empty()) {
        for (std::size_t i = 0; i <= s.size(); ++i) {
            if (count != 0) {
                out += to;
                if (count > 0) --count;
            }
            if (i < s.size()) out += s[i];
        }
        return make_str(m, std::move(out));
    }
    std::size_t i = 0;
    while (count != 0) {
        const std::size_t j = s.find(from, i);
        if (j == std::string::npos) break;
        out.append(s, i, j - i);
        out += to;
        i = j + from.size();
        if (count > 0) --count;
    }
    out.append(s, i, std::string::npos);
    return make_str(m, std::move(out));
}

value s_pad(vm& m, const value& self, const call_args& a, char how) {
    if (!check_args(m, a, 1, 2, how == '<' ? "ljust" : how == '>' ? "rjust" : "center")) return value::error();
    const std::string& s = S(self);
    const std::string fill = a.npos == 2 ? S(a[1]) : " ";
    const auto len = static_cast<std::int64_t>(code_point_count(s));
    const std::int64_t width = a[0].as_int();
    if (width <= len) return self;
    const std::int64_t pad = width - len;
    std::int64_t left = how == '<' ? 0 : how == '>' ? pad : pad / 2 + (pad & width & 1);
    std::string out;
    for (std::int64_t i = 0; i < left; ++i) out += fill;
    out += s;
    for (std::int64_t i = 0; i < pad - left; ++i) out += fill;
    return make_str(m, std::move(out));
}
value s_ljust(vm& m, const value& self, const call_args& a) { return s_pad(m, self, a, '<'); }
value s_rjust(vm& m, const value& self, const call_args& a) { return s_pad(m, self, a, '>'); }
value s_center(vm& m, const value& self, const call_args& a) { return s_pad(m, self, a, '^'); }

value s_zfill(vm& m, const value& self, const call_args& a) {
    if (!check_args(m, a, 1, 1, "zfill")) return value::error();
    std::string s = S(self);
    const std::int64_t width = a[0].as_int();
    const auto len = static_cast<std::int64_t>(s.size());
    if (width <= len) return self;
    const std::size_t at = !s.empty() && (s[0] == '+' || s[0] == '-') ? 1 : 0;
    s.insert(at, static_cast<std::size_t>(width - len), '0');
    return make_str(m, std::move(s));
}

value s_encode(vm& m, const value& self, const call_args&) { return self.is(kind::str) ? self : m.str(self); }
}  // namespace

value str_format_method(vm& m, const value& self, const call_args& a);  // objects_format.cpp

void install_str_methods(vm& m) {
    m.add_methods(m.t_str, {{"strip", s_strip},
                            {"lstrip", s_lstrip},
                            {"rstrip", s_rstrip},
                            {"upper", s_upper},
                            {"lower", s_lower},
                            {"title", s_title},
                            {"capitalize", s_capitalize},
                            {"swapcase", s_swapcase},
                            {"isdigit", s_is<std::isdigit>},
                            {"isnumeric", s_is<std::isdigit>},
                            {"isdecimal", s_is<std::isdigit>},
                            {"isalpha", s_is<std::isalpha>},
                            {"isalnum", s_is<std::isalnum>},
                            {"isspace", s_is<std::isspace>},
                            {"isupper", s_isupper},
                            {"islower", s_islower},
                            {"split", s_split},
                            {"rsplit", s_rsplit},
                            {"splitlines", s_splitlines},
                            {"join", s_join},
                            {"replace", s_replace},
                            {"ljust", s_ljust},
                            {"rjust", s_rjust},
                            {"center", s_center},
                            {"zfill", s_zfill},
                            {"encode", s_encode},
                            {"format", str_format_method}});
    install_str_search_methods(m);
}

}  // namespace looplab::python
