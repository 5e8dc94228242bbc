// objects_str_search.cpp — str's searching methods: startswith/endswith, find/rfind/index/rindex, count,
// partition/rpartition, removeprefix/removesuffix (installed by objects_str.cpp's install_str_methods).
#include "python/float_format.h"
#include "python/vm_internal.h"

namespace looplab::python {

bool need_str(vm& m, const call_args& a, std::size_t i, const char* fname);  // objects_str.cpp

namespace {
bool affix_match(vm& m, const value& self, const call_args& a, bool start, bool& result) {
    const std::string& s = str_of_value(self);
    auto test = [&](const value& p) -> int {
        if (!p.is(kind::str)) return -1;
        const std::string& x = str_of_value(p);
        if (x.size() > s.size()) return 0;
        return start ? s.compare(0, x.size(), x) == 0 : s.compare(s.size() - x.size(), x.size(), x) == 0;
    };
    if (a.npos < 1) {
        m.raise(m.t_type_error,
                std::string(start ? "startswith" : "endswith") + "() takes at least 1 argument (0 given)");
        return false;
    }
    if (a[0].is(kind::tuple)) {
        result = false;
        for (auto& p : a[0].as<tuple_object>()->items)
            if (test(p) == 1) result = true;
        return true;
    }
    const int r = test(a[0]);
    if (r < 0) {
        m.raise(m.t_type_error, std::string(start ? "startswith" : "endswith") +
                                    " first arg must be str or a tuple of str, not " + type_name(m, a[0]));
        return false;
    }
    result = r == 1;
    return true;
}
value s_startswith(vm& m, const value& self, const call_args& a) {
    bool r = false;
    if (!affix_match(m, self, a, true, r)) return value::error();
    return value::from_bool(r);
}
value s_endswith(vm& m, const value& self, const call_args& a) {
    bool r = false;
    if (!affix_match(m, self, a, false, r)) return value::error();
    return value::from_bool(r);
}

value s_find_impl(vm& m, const value& self, const call_args& a, bool reverse, bool raise_missing) {
    if (!need_str(m, a, 0, reverse ? "rfind" : "find")) return value::error();
    const std::string& s = str_of_value(self);
    const std::string& x = str_of_value(a[0]);
    std::int64_t start = a.npos > 1 && !a[1].is_none() ? a[1].as_int() : 0;
    std::int64_t end = a.npos > 2 && !a[2].is_none() ? a[2].as_int() : static_cast<std::int64_t>(s.size());
    const auto n = static_cast<std::int64_t>(s.size());
    if (start < 0) start = std::max<std::int64_t>(0, start + n);
    if (end < 0) end = std::max<std::int64_t>(0, end + n);
    end = std::min(end, n);
    std::size_t r = std::string::npos;
    if (start <= end) {
        const std::string sub = s.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start));
        r = reverse ? sub.rfind(x) : sub.find(x);
    }
    if (r == std::string::npos) {
        if (raise_missing) return m.raise(m.t_value_error, "substring not found");
        return value::from_int(-1);
    }
    return value::from_int(static_cast<std::int64_t>(r) + start);
}
value s_find(vm& m, const value& self, const call_args& a) { return s_find_impl(m, self, a, false, false); }
value s_rfind(vm& m, const value& self, const call_args& a) { return s_find_impl(m, self, a, true, false); }
value s_index(vm& m, const value& self, const call_args& a) { return s_find_impl(m, self, a, false, true); }
value s_rindex(vm& m, const value& self, const call_args& a) { return s_find_impl(m, self, a, true, true); }

value s_count(vm& m, const value& self, const call_args& a) {
    if (!need_str(m, a, 0, "count")) return value::error();
    std::string s = str_of_value(self);
    const std::string& x = str_of_value(a[0]);
    if (a.npos > 1) {
        const auto n = static_cast<std::int64_t>(s.size());
        std::int64_t b = a[1].is_none() ? 0 : a[1].as_int();
        std::int64_t e = a.npos > 2 && !a[2].is_none() ? a[2].as_int() : n;
        if (b < 0) b = std::max<std::int64_t>(0, b + n);
        if (e < 0) e = std::max<std::int64_t>(0, e + n);
        b = std::min(b, n);
        e = std::min(e, n);
        s = b < e ? s.substr(static_cast<std::size_t>(b), static_cast<std::size_t>(e - b)) : std::string();
    }
    if (x.empty()) return value::from_int(static_cast<std::int64_t>(code_point_count(s) + 1));
    std::int64_t n = 0;
    for (std::size_t i = s.find(x); i != std::string::npos; i = s.find(x, i + x.size())) ++n;
    return value::from_int(n);
}

value s_partition(vm& m, const value& self, const call_args& a) {
    if (!need_str(m, a, 0, "partition")) return value::error();
    const std::string& s = str_of_value(self);
    const std::size_t i = s.find(str_of_value(a[0]));
    if (i == std::string::npos) return m.new_tuple({self, m.str_value(""), m.str_value("")});
    return m.new_tuple({make_str(m, s.substr(0, i)), a[0], make_str(m, s.substr(i + str_of_value(a[0]).size()))});
}

value s_rpartition(vm& m, const value& self, const call_args& a) {
    if (!need_str(m, a, 0, "rpartition")) return value::error();
    const std::string& s = str_of_value(self);
    const std::size_t i = s.rfind(str_of_value(a[0]));
    if (i == std::string::npos) return m.new_tuple({m.str_value(""), m.str_value(""), self});
    return m.new_tuple({make_str(m, s.substr(0, i)), a[0], make_str(m, s.substr(i + str_of_value(a[0]).size()))});
}

value s_removeprefix(vm& m, const value& self, const call_args& a) {
    if (!need_str(m, a, 0, "removeprefix")) return value::error();
    const std::string& s = str_of_value(self);
    const std::string& p = str_of_value(a[0]);
    if (s.compare(0, p.size(), p) == 0) return make_str(m, s.substr(p.size()));
    return self;
}
value s_removesuffix(vm& m, const value& self, const call_args& a) {
    if (!need_str(m, a, 0, "removesuffix")) return value::error();
    const std::string& s = str_of_value(self);
    const std::string& p = str_of_value(a[0]);
    if (!p.empty() && s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0)
        return make_str(m, s.substr(0, s.size() - p.size()));
    return self;
}

}  // namespace

void install_str_search_methods(vm& m) {
    m.add_methods(m.t_str, {{"startswith", s_startswith},
                            {"endswith", s_endswith},
                            {"find", s_find},
                            {"rfind", s_rfind},
                            {"index", s_index},
                            {"rindex", s_rindex},
                            {"count", s_count},
                            {"partition", s_partition},
                            {"rpartition", s_rpartition},
                            {"removeprefix", s_removeprefix},
                            {"removesuffix", s_removesuffix}});
}

}  // namespace looplab::python
