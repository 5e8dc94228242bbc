// vm_names.cpp — the dispatch loop's name and attribute helpers: slot names, globals and module attributes through
// the code object's per-name cache, method loading, sequence unpacking, and making function objects.
#include "python/vm_internal.h"

namespace looplab::python {

std::string slot_name(const code_object* c, std::uint32_t slot) {
    std::size_t s = slot;
    if (s < c->varnames.size()) return c->varnames[s];
    s -= c->varnames.size();
    if (s < c->cellnames.size()) return c->cellnames[s];
    s -= c->cellnames.size();
    return s < c->freenames.size() ? c->freenames[s] : "?";
}

value* global_slot_lookup(vm& m, frame& f, std::uint32_t name) {
    code_object* c = f.code;
    std::int32_t& cached = c->global_cache[name];
    if (cached < 0) cached = f.module->slot_of(c->names[name]);
    value* v = &f.module->slots[static_cast<std::size_t>(cached)];
    if (!v->is_error()) return v;
    if (value* b = module_attr(f, m.builtins, name)) return b;
    m.raise(m.t_name_error, "name '" + c->names[name] + "' is not defined");
    return nullptr;
}

value* module_attr_lookup(frame& f, module_object* mod, std::uint32_t name) {
    code_object::module_attr_entry& e = f.code->module_attr_cache[name];
    if (e.module != mod) {
        auto it = mod->index.find(f.code->names[name]);
        if (it == mod->index.end()) return nullptr;
        e = {mod, it->second};
    }
    value* v = &mod->slots[static_cast<std::size_t>(e.slot)];
    return v->is_error() ? nullptr : v;
}

namespace {
// No class from t up has attributes of its own (only native methods), so names resolve in native_methods alone.
bool only_native_methods(const type_object* t) {
    for (const type_object* c = t; c; c = c->base)
        if (!c->dict.items.empty()) return false;
    return true;
}
}  // namespace

bool load_method(vm& m, frame& f, std::uint32_t name_index) {
    value_stack& st = f.stack;
    const std::string& name = f.code->names[name_index];
    value& obj = st.back();
    type_object* t = m.type_of(obj);
    if (obj.is(kind::instance)) {
        if (!obj.as<instance_object>()->attrs.find(name)) {
            value fn = m.lookup_class(t, name);
            if (fn.is(kind::function)) {
                value self = obj;
                obj = fn;
                st.push_back(std::move(self));
                return true;
            }
        }
    } else if (!obj.is(kind::type) && !obj.is(kind::module) && !obj.is(kind::super)) {
        // Native methods are added while the types are set up, before any code runs, so a cached one stays right
        // while the classes have no attributes of their own.
        code_object::method_entry& e = f.code->method_cache[name_index];
        if (e.type == t && only_native_methods(t)) {
            value self = obj;
            obj = e.method;
            st.push_back(std::move(self));
            return true;
        }
        for (type_object* c = t; c; c = c->base) {
            if (c->dict.find(name)) break;
            auto it = c->native_methods.find(name);
            if (it != c->native_methods.end()) {
                if (only_native_methods(t)) e = {t, value::from_obj(t), it->second};
                value self = obj;
                obj = it->second;
                st.push_back(std::move(self));
                return true;
            }
        }
    }
    value attr = m.get_attr(obj, name);
    if (attr.is_error()) return false;
    obj = std::move(attr);
    st.push_back(value::error());
    return true;
}

bool unpack_into(vm& m, value_stack& st, std::vector<value>& items, bool ex, std::uint32_t arg) {
    if (!ex) {
        if (items.size() != arg) {
            if (items.size() < arg)
                m.raise(m.t_value_error, "not enough values to unpack (expected " + std::to_string(arg) + ", got " +
                                             std::to_string(items.size()) + ")");
            else
                m.raise(m.t_value_error, "too many values to unpack (expected " + std::to_string(arg) + ")");
            return false;
        }
        for (std::size_t i = items.size(); i-- > 0;) st.push_back(std::move(items[i]));
        return true;
    }
    const std::size_t before = arg & 0xFFu, after = arg >> 8;
    if (items.size() < before + after) {
        m.raise(m.t_value_error, "not enough values to unpack (expected at least " + std::to_string(before + after) +
                                     ", got " + std::to_string(items.size()) + ")");
        return false;
    }
    for (std::size_t i = 0; i < after; ++i) st.push_back(std::move(items[items.size() - 1 - i]));
    std::vector<value> mid(items.begin() + static_cast<std::ptrdiff_t>(before),
                           items.end() - static_cast<std::ptrdiff_t>(after));
    st.push_back(m.new_list(std::move(mid)));
    for (std::size_t i = before; i-- > 0;) st.push_back(std::move(items[i]));
    return true;
}

value make_function_value(vm& m, frame& f, std::uint32_t flags) {
    value code = pop_value(f.stack);
    auto* fn = m.heap.make<function_object>();
    fn->type = m.t_function;
    incref(m.t_function);
    fn->code = code.as<code_object>();
    fn->code_ref = code;
    fn->module = f.module;
    fn->module_ref = f.module_ref;
    fn->name = fn->code->name;
    fn->qualname = fn->code->qualname;
    if (flags & 8) fn->closure = pop_value(f.stack).as<tuple_object>()->items;
    if (flags & 2) {
        value d = pop_value(f.stack);
        for (auto& e : d.as<dict_object>()->entries)
            if (e.live) fn->kwdefaults.emplace_back(str_of_value(e.key), e.val);
    }
    if (flags & 1) fn->defaults = pop_value(f.stack).as<tuple_object>()->items;
    return value::from_obj(fn);
}

}  // namespace looplab::python
