// compiler_stmt.cpp — the compiler's statements: assignment, control flow, try/with, def and class.
#include "python/compiler_impl.h"

namespace looplab::python::detail {

void compiler::body(const std::vector<stmt*>& stmts) {
    for (const stmt* s : stmts) {
        if (m_failed) return;
        statement(*s);
    }
}

void compiler::assign_target(const expr& t) {
    switch (t.kind) {
        case expr_kind::name:
            store_name(t.as<name_expr>().id);
            break;
        case expr_kind::attribute:
            expression(*t.as<attribute_expr>().value);
            emit(op::store_attr, add_name(t.as<attribute_expr>().attr));
            break;
        case expr_kind::subscript:
            expression(*t.as<subscript_expr>().value);
            expression(*t.as<subscript_expr>().slice);
            emit(op::store_subscr);
            break;
        case expr_kind::tuple:
        case expr_kind::list: {
            const auto& elts = t.kind == expr_kind::tuple ? t.as<tuple_expr>().elts : t.as<list_expr>().elts;
            std::size_t star = elts.size();
            for (std::size_t i = 0; i < elts.size(); ++i)
                if (elts[i]->kind == expr_kind::starred) star = i;
            if (star == elts.size())
                emit(op::unpack_sequence, static_cast<std::uint32_t>(elts.size()));
            else
                emit(op::unpack_ex, static_cast<std::uint32_t>(star | (elts.size() - star - 1) << 8));
            for (auto* e : elts) assign_target(e->kind == expr_kind::starred ? *e->as<starred_expr>().value : *e);
            break;
        }
        default:
            fail(t, "this assignment target is");
    }
}

void compiler::emit_await() {
    emit(op::get_awaitable);
    emit(op::load_const, add_const(value::none()));
    const std::uint32_t loop = emit(op::send);
    emit(op::yield_value);
    emit(op::jump, loop);
    patch(loop, here());
}

// Leaves the blocks above depth (innermost first) for a break/continue (for_return false) or a return with its
// value on the stack (for_return true).
void compiler::unwind_to(std::size_t depth, bool for_return) {
    for (std::size_t i = m_blocks.size(); i-- > depth;) {
        block_ctx b = m_blocks[i];
        switch (b.kind) {
            case block_ctx::for_loop:
                if (for_return) emit(op::rot_two);
                emit(op::pop_top);
                break;
            case block_ctx::while_loop:
                break;
            case block_ctx::finally_body: {
                emit(op::pop_block);
                std::vector<block_ctx> saved(m_blocks.begin() + static_cast<std::ptrdiff_t>(i), m_blocks.end());
                m_blocks.resize(i);
                body(*b.finalbody);
                m_blocks.insert(m_blocks.end(), saved.begin(), saved.end());
                break;
            }
            case block_ctx::handler:
                emit(op::pop_block);
                emit(op::pop_except);
                if (!b.handler_name.empty()) {
                    emit(op::load_const, add_const(value::none()));
                    store_name(b.handler_name);
                    delete_name(b.handler_name);
                }
                break;
            case block_ctx::finally_handler:
                emit(op::pop_except);
                if (for_return) emit(op::rot_two);
                emit(op::pop_top);
                break;
            case block_ctx::with_block:
                emit(op::pop_block);
                if (for_return) emit(op::rot_two);
                emit(op::load_const, add_const(value::none()));
                emit(op::load_const, add_const(value::none()));
                emit(op::load_const, add_const(value::none()));
                emit(op::call, 3);
                if (b.is_async) emit_await();
                emit(op::pop_top);
                break;
        }
    }
}

void compiler::for_stmt(const python::for_stmt& f) {
    if (f.is_async) {
        // aiter = iter.__aiter__(); loop: item = await aiter.__anext__() until StopAsyncIteration
        expression(*f.iter);
        emit(op::load_method, add_name("__aiter__"));
        emit(op::call, 0x800000u);
        const std::uint32_t top = here();
        const std::uint32_t setup = emit(op::setup_finally);
        emit(op::dup_top);
        emit(op::load_method, add_name("__anext__"));
        emit(op::call, 0x800000u);
        emit_await();
        emit(op::pop_block);
        m_blocks.push_back(block_ctx{block_ctx::for_loop, top, {}, nullptr, {}, false});
        assign_target(*f.target);
        body(f.body);
        emit(op::jump, top);
        std::vector<std::uint32_t> breaks = std::move(m_blocks.back().break_patches);
        m_blocks.pop_back();
        patch(setup, here());
        emit(op::push_exc_info);
        emit(op::load_global, add_name("StopAsyncIteration"));
        emit(op::check_exc_match);
        const std::uint32_t other = emit(op::pop_jump_if_false);
        emit(op::pop_top);
        emit(op::pop_except);
        emit(op::pop_top);
        const std::uint32_t to_else = emit(op::jump);
        patch(other, here());
        emit(op::pop_except);
        emit(op::reraise);
        patch(to_else, here());
        body(f.orelse);
        for (auto p : breaks) patch(p, here());
        return;
    }
    expression(*f.iter);
    emit(op::get_iter);
    const std::uint32_t top = here();
    const std::uint32_t it = emit(op::for_iter);
    m_blocks.push_back(block_ctx{block_ctx::for_loop, top, {}, nullptr, {}, false});
    assign_target(*f.target);
    body(f.body);
    emit(op::jump, top);
    patch(it, here());
    std::vector<std::uint32_t> breaks = std::move(m_blocks.back().break_patches);
    m_blocks.pop_back();
    body(f.orelse);
    for (auto p : breaks) patch(p, here());
}

void compiler::try_stmt(const python::try_stmt& t) {
    std::uint32_t fin_setup = 0;
    if (!t.finalbody.empty()) {
        fin_setup = emit(op::setup_finally);
        m_blocks.push_back(block_ctx{block_ctx::finally_body, 0, {}, &t.finalbody, {}, false});
    }
    if (!t.handlers.empty()) {
        const std::uint32_t setup = emit(op::setup_finally);
        body(t.body);
        emit(op::pop_block);
        body(t.orelse);
        std::vector<std::uint32_t> to_end{emit(op::jump)};
        patch(setup, here());
        emit(op::push_exc_info);
        for (const except_handler* h : t.handlers) {
            set_line(h->pos.line);
            std::uint32_t next = 0;
            if (h->type) {
                expression(*h->type);
                emit(op::check_exc_match);
                next = emit(op::pop_jump_if_false);
            }
            if (!h->name.empty())
                store_name(h->name);
            else
                emit(op::pop_top);
            const std::uint32_t cleanup = emit(op::setup_finally);
            m_blocks.push_back(block_ctx{block_ctx::handler, 0, {}, nullptr, h->name, false});
            body(h->body);
            m_blocks.pop_back();
            emit(op::pop_block);
            emit(op::pop_except);
            if (!h->name.empty()) {
                emit(op::load_const, add_const(value::none()));
                store_name(h->name);
                delete_name(h->name);
            }
            to_end.push_back(emit(op::jump));
            patch(cleanup, here());
            if (!h->name.empty()) {
                emit(op::load_const, add_const(value::none()));
                store_name(h->name);
                delete_name(h->name);
            }
            emit(op::pop_except);
            emit(op::reraise);
            if (h->type) patch(next, here());
        }
        emit(op::pop_except);
        emit(op::reraise);
        for (auto p : to_end) patch(p, here());
    } else {
        body(t.body);
        body(t.orelse);
    }
    if (!t.finalbody.empty()) {
        m_blocks.pop_back();
        emit(op::pop_block);
        body(t.finalbody);
        const std::uint32_t to_end = emit(op::jump);
        patch(fin_setup, here());
        emit(op::push_exc_info);
        m_blocks.push_back(block_ctx{block_ctx::finally_handler, 0, {}, nullptr, {}, false});
        body(t.finalbody);
        m_blocks.pop_back();
        emit(op::pop_except);
        emit(op::reraise);
        patch(to_end, here());
    }
}

void compiler::with_stmt(const python::with_stmt& w, std::size_t item) {
    if (item == w.items.size()) {
        body(w.body);
        return;
    }
    const with_item& it = *w.items[item];
    expression(*it.context_expr);
    emit(op::dup_top);
    emit(op::load_attr, add_name(w.is_async ? "__aexit__" : "__exit__"));
    emit(op::rot_two);
    emit(op::load_method, add_name(w.is_async ? "__aenter__" : "__enter__"));
    emit(op::call, 0x800000u);  // call_method 0 (flag bit 23: a self slot)
    if (w.is_async) emit_await();
    if (it.optional_vars)
        assign_target(*it.optional_vars);
    else
        emit(op::pop_top);
    const std::uint32_t setup = emit(op::setup_finally);  // the block's depth: only __exit__ below
    m_blocks.push_back(block_ctx{block_ctx::with_block, 0, {}, nullptr, {}, w.is_async});
    with_stmt(w, item + 1);
    m_blocks.pop_back();
    emit(op::pop_block);
    emit(op::load_const, add_const(value::none()));
    emit(op::load_const, add_const(value::none()));
    emit(op::load_const, add_const(value::none()));
    emit(op::call, 3);
    if (w.is_async) emit_await();
    emit(op::pop_top);
    const std::uint32_t to_end = emit(op::jump);
    patch(setup, here());
    // stack: exit, exc
    emit(op::push_exc_info);
    emit(op::copy, 2);
    emit(op::copy, 2);
    emit(op::exc_triple);
    emit(op::call, 3);
    if (w.is_async) emit_await();
    const std::uint32_t suppress = emit(op::pop_jump_if_true);
    emit(op::pop_except);
    emit(op::reraise);
    patch(suppress, here());
    emit(op::pop_except);
    emit(op::pop_top);
    emit(op::pop_top);
    patch(to_end, here());
}

void compiler::function_def(const function_def_stmt& f) {
    for (auto* d : f.decorators) expression(*d);
    scope_info* s = scope_for(&f);
    code_object* saved_code = m_code;
    scope_info* saved_scope = m_scope;
    std::vector<block_ctx> saved_blocks;
    std::swap(m_blocks, saved_blocks);
    code_object* child = begin_code(s, f.name, f.pos.line);
    m_qual.push_back(f.name);
    m_qual.push_back("<locals>");
    set_line(f.pos.line);
    std::size_t first = 0;
    if (!f.body.empty() && f.body[0]->kind == stmt_kind::expr) {
        const expr* v = f.body[0]->as<expr_stmt>().value;
        if (v->kind == expr_kind::constant && v->as<constant_expr>().value_kind == constant_kind::str) first = 1;
    }
    for (std::size_t i = first; i < f.body.size() && !m_failed; ++i) statement(*f.body[i]);
    emit(op::load_const, add_const(value::none()));
    emit(op::return_value);
    m_qual.pop_back();
    m_qual.pop_back();
    end_code(saved_code, saved_scope, saved_blocks);
    set_line(f.pos.line);
    make_function(child, s, f.args);
    for (std::size_t i = 0; i < f.decorators.size(); ++i) emit(op::call, 1);
    store_name(f.name);
}

void compiler::class_def(const class_def_stmt& c) {
    for (auto* d : c.decorators) expression(*d);
    if (!c.keywords.empty()) {
        fail(c, "class keywords (metaclass=...) are");
        return;
    }
    scope_info* s = scope_for(&c);
    code_object* saved_code = m_code;
    scope_info* saved_scope = m_scope;
    std::vector<block_ctx> saved_blocks;
    std::swap(m_blocks, saved_blocks);
    code_object* child = begin_code(s, c.name, c.pos.line);
    m_qual.push_back(c.name);
    set_line(c.pos.line);
    body(c.body);
    emit(op::load_const, add_const(value::none()));
    emit(op::return_value);
    m_qual.pop_back();
    end_code(saved_code, saved_scope, saved_blocks);
    set_line(c.pos.line);
    make_function(child, s, nullptr);
    emit(op::load_const, const_str(c.name));
    for (auto* b : c.bases) expression(*b);
    emit(op::build_class, static_cast<std::uint32_t>(c.bases.size()));
    for (std::size_t i = 0; i < c.decorators.size(); ++i) emit(op::call, 1);
    store_name(c.name);
}

}  // namespace looplab::python::detail
