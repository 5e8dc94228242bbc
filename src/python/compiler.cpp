// compiler.cpp — the compiler's driver: emission helpers, name resolution, code objects and function making.
#include "python/compiler_impl.h"

#include <algorithm>

namespace looplab::python {

using detail::compiler;
using detail::scope_info;
using detail::scope_kind;

compile_result compile_module(const module& tree, std::string_view source, object_heap& heap) {
    compiler c{source, heap};
    return c.run(tree);
}

namespace {
value copy_constant(const value& k, object_heap& heap) {
    if (!k.is_obj()) return k;
    if (k.is(kind::str)) {
        auto* s = heap.make<str_object>();
        s->s = k.as<str_object>()->s;
        return value::from_obj(s);
    }
    if (k.is(kind::tuple)) {
        auto* t = heap.make<tuple_object>();
        value keep = value::from_obj(t);
        for (const value& x : k.as<tuple_object>()->items) t->items.push_back(copy_constant(x, heap));
        return keep;
    }
    return copy_code(*k.as<code_object>(), heap);
}
}  // namespace

value copy_code(const code_object& code, object_heap& heap) {
    auto* c = heap.make<code_object>();
    value keep = value::from_obj(c);
    c->name = code.name;
    c->qualname = code.qualname;
    c->ops = code.ops;
    c->consts.reserve(code.consts.size());
    for (const value& k : code.consts) c->consts.push_back(copy_constant(k, heap));
    c->names = code.names;
    c->varnames = code.varnames;
    c->cellnames = code.cellnames;
    c->freenames = code.freenames;
    c->cell_param = code.cell_param;
    c->lines = code.lines;
    c->argcount = code.argcount;
    c->posonly = code.posonly;
    c->kwonly = code.kwonly;
    c->varargs = code.varargs;
    c->varkw = code.varkw;
    c->is_generator = code.is_generator;
    c->is_coroutine = code.is_coroutine;
    c->is_class_body = code.is_class_body;
    c->is_module = code.is_module;
    c->library = code.library;
    c->first_line = code.first_line;
    c->global_cache.assign(code.names.size(), -1);
    c->module_attr_cache.assign(code.names.size(), code_object::module_attr_entry{});
    c->method_cache.resize(code.names.size());
    return keep;
}

namespace detail {

compile_result compiler::run(const module& tree) {
    collect_module(tree);
    std::vector<scope_info*> stack;
    scope_info* top = scope_for(nullptr);
    analyze(top, stack);
    auto* code = m_heap.make<code_object>();
    value keep = value::from_obj(code);
    code->name = "<module>";
    code->qualname = "<module>";
    code->is_module = true;
    code->first_line = 1;
    m_code = code;
    m_scope = top;
    body(tree.body);
    emit(op::load_const, add_const(value::none()));
    emit(op::return_value);
    compile_result r;
    if (m_failed) {
        r.error = m_error;
        return r;
    }
    r.ok = true;
    r.code = keep;
    return r;
}

std::uint32_t compiler::emit(op o, std::uint32_t arg) {
    const std::uint32_t at = here();
    m_code->ops.push_back(encode(o, arg));
    return at;
}

void compiler::patch(std::uint32_t at, std::uint32_t target) {
    m_code->ops[at] = encode(decode_op(m_code->ops[at]), target);
}

void compiler::set_line(int line) {
    if (line <= 0) return;
    m_line = line;
    auto& lines = m_code->lines;
    if (!lines.empty() && lines.back().line == line) return;
    if (!lines.empty() && lines.back().ip == here()) {
        lines.back().line = line;
        return;
    }
    lines.push_back(line_entry{here(), line});
}

std::uint32_t compiler::add_const(value v) {
    auto& cs = m_code->consts;
    for (std::size_t i = 0; i < cs.size(); ++i) {
        const value& c = cs[i];
        if (c.get_tag() != v.get_tag()) continue;
        if (!c.is_obj() && c.same(v)) return static_cast<std::uint32_t>(i);
    }
    cs.push_back(std::move(v));
    return static_cast<std::uint32_t>(cs.size() - 1);
}

std::uint32_t compiler::const_str(const std::string& s) {
    auto& cs = m_code->consts;
    for (std::size_t i = 0; i < cs.size(); ++i)
        if (cs[i].is(kind::str) && cs[i].as<str_object>()->s == s) return static_cast<std::uint32_t>(i);
    auto* o = m_heap.make<str_object>();
    o->s = s;
    return add_const(value::from_obj(o));
}

std::uint32_t compiler::add_name(const std::string& n) {
    auto& ns = m_code->names;
    for (std::size_t i = 0; i < ns.size(); ++i)
        if (ns[i] == n) return static_cast<std::uint32_t>(i);
    ns.push_back(n);
    m_code->global_cache.push_back(-1);
    m_code->module_attr_cache.emplace_back();
    m_code->method_cache.emplace_back();
    return static_cast<std::uint32_t>(ns.size() - 1);
}

void compiler::fail(const node& n, const std::string& what) {
    if (m_failed) return;
    m_failed = true;
    m_error.line = n.pos.line;
    m_error.col = n.pos.col + 1;
    m_error.unsupported = true;
    m_error.message = "line " + std::to_string(n.pos.line) + ": " + what + " not supported in LoopLab's Python";
    std::size_t start = 0;
    for (int l = 1; l < n.pos.line && start < m_source.size(); ++l) {
        const std::size_t nl = m_source.find('\n', start);
        if (nl == std::string_view::npos) break;
        start = nl + 1;
    }
    const std::size_t end = m_source.find('\n', start);
    m_error.source_line = std::string(m_source.substr(start, end == std::string_view::npos ? end : end - start));
}

namespace {
std::uint32_t slot_index(const code_object* c, const std::string& n, bool deref) {
    if (deref) {
        for (std::size_t i = 0; i < c->cellnames.size(); ++i)
            if (c->cellnames[i] == n) return static_cast<std::uint32_t>(c->varnames.size() + i);
        for (std::size_t i = 0; i < c->freenames.size(); ++i)
            if (c->freenames[i] == n) return static_cast<std::uint32_t>(c->varnames.size() + c->cellnames.size() + i);
    }
    for (std::size_t i = 0; i < c->varnames.size(); ++i)
        if (c->varnames[i] == n) return static_cast<std::uint32_t>(i);
    return 0xFFFFFFu;
}
}  // namespace

void compiler::load_name(const std::string& n) {
    const scope_info* s = m_scope;
    if (s->kind == scope_kind::module) {
        emit(op::load_global, add_name(n));
    } else if (s->kind == scope_kind::klass) {
        if (s->frees.count(n) && !s->assigned.count(n))
            emit(op::load_deref, slot_index(m_code, n, true));
        else
            emit(op::load_name, add_name(n));
    } else if (s->cells.count(n) || s->frees.count(n)) {
        emit(op::load_deref, slot_index(m_code, n, true));
    } else if (s->assigned.count(n) && !s->globals.count(n) && !s->nonlocals.count(n)) {
        emit(op::load_fast, slot_index(m_code, n, false));
    } else {
        emit(op::load_global, add_name(n));
    }
}

void compiler::store_name(const std::string& n) {
    const scope_info* s = m_scope;
    if (s->kind == scope_kind::module || (s->kind != scope_kind::klass && s->globals.count(n))) {
        emit(op::store_global, add_name(n));
    } else if (s->kind == scope_kind::klass) {
        emit(op::store_name, add_name(n));
    } else if (s->cells.count(n) || s->frees.count(n)) {
        emit(op::store_deref, slot_index(m_code, n, true));
    } else {
        emit(op::store_fast, slot_index(m_code, n, false));
    }
}

void compiler::delete_name(const std::string& n) {
    const scope_info* s = m_scope;
    if (s->kind == scope_kind::module || s->globals.count(n))
        emit(op::delete_global, add_name(n));
    else if (s->kind == scope_kind::klass)
        emit(op::delete_name, add_name(n));
    else if (s->cells.count(n) || s->frees.count(n)) {
        emit(op::load_const, add_const(value::error()));
        emit(op::store_deref, slot_index(m_code, n, true));
    } else
        emit(op::delete_fast, slot_index(m_code, n, false));
}

code_object* compiler::begin_code(scope_info* s, const std::string& name, int line) {
    auto* c = m_heap.make<code_object>();
    m_keep.push_back(value::from_obj(c));
    c->name = name;
    std::string q;
    for (auto& p : m_qual) q += p + ".";
    c->qualname = q + name;
    c->first_line = line;
    c->is_generator = s->is_generator || s->is_async;
    c->is_coroutine = s->is_async;
    c->is_class_body = s->kind == scope_kind::klass;
    if (s->kind != scope_kind::klass) {
        for (auto& p : s->params) c->varnames.push_back(p);
        for (auto& n : s->local_order)
            if (!s->globals.count(n) && !s->nonlocals.count(n) && !s->cells.count(n) &&
                std::find(c->varnames.begin(), c->varnames.end(), n) == c->varnames.end())
                c->varnames.push_back(n);
        for (auto& n : s->cell_order) {
            c->cellnames.push_back(n);
            auto it = std::find(s->params.begin(), s->params.end(), n);
            c->cell_param.push_back(it == s->params.end() ? -1 : static_cast<std::int32_t>(it - s->params.begin()));
        }
    }
    for (auto& n : s->free_order) c->freenames.push_back(n);
    m_code = c;
    m_scope = s;
    return c;
}

void compiler::end_code(code_object* saved_code, scope_info* saved_scope, std::vector<block_ctx>& saved_blocks) {
    m_code = saved_code;
    m_scope = saved_scope;
    std::swap(m_blocks, saved_blocks);
}

void compiler::make_function(code_object* child, scope_info* child_scope, const arguments* args) {
    std::uint32_t flags = 0;
    if (args) {
        if (!args->defaults.empty()) {
            for (auto* d : args->defaults) expression(*d);
            emit(op::build_tuple, static_cast<std::uint32_t>(args->defaults.size()));
            flags |= 1;
        }
        std::uint32_t nkw = 0;
        for (std::size_t i = 0; i < args->kwonlyargs.size(); ++i) {
            if (i >= args->kw_defaults.size() || !args->kw_defaults[i]) continue;
            emit(op::load_const, const_str(args->kwonlyargs[i]->name));
            expression(*args->kw_defaults[i]);
            ++nkw;
        }
        if (nkw) {
            emit(op::build_map, nkw);
            flags |= 2;
        }
        child->argcount = static_cast<int>(args->posonlyargs.size() + args->args.size());
        child->posonly = static_cast<int>(args->posonlyargs.size());
        child->kwonly = static_cast<int>(args->kwonlyargs.size());
        child->varargs = args->vararg != nullptr;
        child->varkw = args->kwarg != nullptr;
    }
    if (!child_scope->free_order.empty()) {
        for (auto& n : child_scope->free_order) emit(op::load_closure, slot_index(m_code, n, true));
        emit(op::build_tuple, static_cast<std::uint32_t>(child_scope->free_order.size()));
        flags |= 8;
    }
    emit(op::load_const, add_const(value::from_obj(child)));
    emit(op::make_function, flags);
}

}  // namespace detail
}  // namespace looplab::python
