// LoopLab Python's compound statements: if/while/for/with/try, def and class with decorators, parameter lists.
#include "python/parser_impl.h"

namespace looplab::python::detail {
namespace {

// Restores the function/loop context when a block ends.
struct scope_guard {
    scope_context& ref;
    scope_context saved;
    scope_guard(scope_context& r, scope_context next) : ref(r), saved(r) { ref = next; }
    ~scope_guard() { ref = saved; }
    scope_guard(const scope_guard&) = delete;
    scope_guard& operator=(const scope_guard&) = delete;
};

}  // namespace

bool parser::colon(bool forced) {
    if (match(token_kind::colon)) return true;
    if (failed()) return false;
    if (!is_failure(peek()) && (forced || check(token_kind::newline))) {
        error_token(peek(), "expected ':'");
    } else {
        invalid_syntax();
    }
    return false;
}

bool parser::block(std::vector<stmt*>& out, std::string_view what, int line) {
    if (!check(token_kind::newline)) return simple_statements(out);
    advance();
    if (!check(token_kind::indent)) {
        const std::string msg =
            "expected an indented block after " + std::string(what) + " on line " + std::to_string(line);
        if (is_failure(peek())) {
            invalid_syntax();
        } else if (check(token_kind::end_marker)) {
            error_range(m_prev.line, -1, m_prev.line, -1, msg, syntax_error_kind::indentation_error);
        } else {
            error_range(peek().line, peek().col, peek().line, peek().col + 1, msg,
                        syntax_error_kind::indentation_error);
        }
        return false;
    }
    advance();
    if (!enter()) return false;
    while (!failed() && !check(token_kind::dedent) && !check(token_kind::end_marker)) {
        if (!statement(out)) break;
    }
    leave();
    if (failed()) return false;
    match(token_kind::dedent);
    return true;
}

stmt* parser::compound_statement() {
    const token start = peek();
    switch (start.kind) {
        case token_kind::kw_if:
            return if_statement(false);
        case token_kind::kw_while:
            return while_statement();
        case token_kind::kw_for:
            return for_statement(false, start);
        case token_kind::kw_with:
            return with_statement(false, start);
        case token_kind::kw_try:
            return try_statement();
        case token_kind::kw_def:
            return function_def({}, false, start);
        case token_kind::kw_class:
            return class_def({}, start);
        case token_kind::kw_async: {
            const token_kind k = peek(1).kind;
            if (k != token_kind::kw_def && k != token_kind::kw_for && k != token_kind::kw_with) {
                advance();  // CPython fails at the token after `async`
                invalid_syntax();
                return nullptr;
            }
            advance();
            if (k == token_kind::kw_def) return function_def({}, true, start);
            if (!m_scope.in_function || !m_scope.is_async) {
                // CPython's compiler reports these after parsing; keep the position for the message.
                pending_async_error = {start.line, start.col, peek().line, peek().end_col};
            }
            return k == token_kind::kw_for ? for_statement(true, start) : with_statement(true, start);
        }
        default: {  // decorators
            std::vector<expr*> decorators;
            while (match(token_kind::at)) {
                expr* d = named_expression();
                if (!d) return nullptr;
                if (!check(token_kind::newline)) {
                    invalid_syntax();
                    return nullptr;
                }
                advance();
                decorators.push_back(d);
            }
            const token def = peek();
            if (def.kind == token_kind::kw_def) return function_def(std::move(decorators), false, def);
            if (def.kind == token_kind::kw_class) return class_def(std::move(decorators), def);
            if (def.kind == token_kind::kw_async && peek(1).kind == token_kind::kw_def) {
                advance();
                return function_def(std::move(decorators), true, def);
            }
            invalid_syntax();
            return nullptr;
        }
    }
}

expr* parser::condition() {
    expr* test = named_expression();
    if (!test || !check(token_kind::equal)) return test;
    // CPython's invalid_named_expression: `if x = 1:`.
    if (test->kind == expr_kind::name) {
        const snapshot before = save();
        advance();
        expr* rhs = precedence(prec::bit_or);
        const bool ok = rhs && !failed() && !check(token_kind::equal) && !check(token_kind::colon_equal);
        const source_range end = ok ? rhs->pos : source_range{};
        restore(before);
        if (ok) {
            error_range(test->pos.line, test->pos.col, end.end_line, end.end_col,
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            return nullptr;
        }
    } else if (test->kind != expr_kind::list && test->kind != expr_kind::tuple &&
               test->kind != expr_kind::generator_exp &&
               !(test->kind == expr_kind::constant && test->as<constant_expr>().value_kind != constant_kind::int_ &&
                 test->as<constant_expr>().value_kind != constant_kind::float_ &&
                 test->as<constant_expr>().value_kind != constant_kind::str)) {
        error_node(*test,
                   "cannot assign to " + std::string(expr_name(*test)) + " here. Maybe you meant '==' instead of '='?");
        return nullptr;
    }
    return test;
}

stmt* parser::if_statement(bool is_elif) {
    const token start = advance();
    auto* s = make<if_stmt>(start);
    s->test = condition();
    if (!s->test || !colon(false)) return nullptr;
    if (!block(s->body, is_elif ? "'elif' statement" : "'if' statement", start.line)) return nullptr;
    if (check(token_kind::kw_elif)) {
        stmt* e = if_statement(true);
        if (!e) return nullptr;
        s->orelse.push_back(e);
    } else if (check(token_kind::kw_else)) {
        const token e = advance();
        if (!colon(false) || !block(s->orelse, "'else' statement", e.line)) return nullptr;
    }
    finish(s);
    return s;
}

stmt* parser::while_statement() {
    const token start = advance();
    auto* s = make<while_stmt>(start);
    s->test = condition();
    if (!s->test || !colon(false)) return nullptr;
    {
        scope_guard g(m_scope, {m_scope.in_function, m_scope.is_async, m_scope.loops + 1});
        if (!block(s->body, "'while' statement", start.line)) return nullptr;
    }
    if (check(token_kind::kw_else)) {
        const token e = advance();
        if (!colon(false) || !block(s->orelse, "'else' statement", e.line)) return nullptr;
    }
    finish(s);
    return s;
}

stmt* parser::for_statement(bool is_async, const token& start) {
    const source_range async_pos = pending_async_error;
    pending_async_error = {};
    const token kw = advance();
    auto* s = make<for_stmt>(start);
    s->is_async = is_async;
    s->target = target_list();
    if (!s->target || !set_context(s->target, expr_context::store, target_kind::for_)) return nullptr;
    check_starred_target(s->target);
    if (!expect(token_kind::kw_in, "")) return nullptr;
    s->iter = star_expressions();
    if (!s->iter || !colon(false)) return nullptr;
    {
        scope_guard g(m_scope, {m_scope.in_function, m_scope.is_async, m_scope.loops + 1});
        if (!block(s->body, "'for' statement", kw.line)) return nullptr;
    }
    if (check(token_kind::kw_else)) {
        const token e = advance();
        if (!colon(false) || !block(s->orelse, "'else' statement", e.line)) return nullptr;
    }
    finish(s);
    if (is_async && async_pos.line != 0) compile_error(*s, "'async for' outside async function");
    return s;
}

stmt* parser::with_statement(bool is_async, const token& start) {
    const source_range async_pos = pending_async_error;
    pending_async_error = {};
    const token kw = advance();
    auto* s = make<with_stmt>(start);
    s->is_async = is_async;
    auto item = [this]() -> with_item* {
        const token first = peek();
        auto* w = make<with_item>(first);
        w->context_expr = expression();
        if (!w->context_expr) return nullptr;
        if (match(token_kind::kw_as)) {
            w->optional_vars = star_target();
            if (!w->optional_vars || !set_context(w->optional_vars, expr_context::store, target_kind::for_)) {
                return nullptr;
            }
        }
        finish(w);
        return w;
    };
    bool parsed = false;
    if (check(token_kind::lpar)) {  // `with (a as b, c as d):`, else a parenthesised expression
        const snapshot before = save();
        advance();
        std::vector<with_item*> items;
        while (!failed() && !check(token_kind::rpar)) {
            with_item* w = item();
            if (!w) break;
            items.push_back(w);
            if (!match(token_kind::comma)) break;
        }
        if (!failed() && match(token_kind::rpar) && check(token_kind::colon)) {
            s->items = std::move(items);
            parsed = true;
        } else {
            restore(before);
        }
    }
    if (!parsed) {
        do {
            with_item* w = item();
            if (!w) return nullptr;
            s->items.push_back(w);
        } while (match(token_kind::comma));
    }
    if (!colon(false) || !block(s->body, "'with' statement", kw.line)) return nullptr;
    finish(s);
    if (is_async && async_pos.line != 0) compile_error(*s, "'async with' outside async function");
    return s;
}

}  // namespace looplab::python::detail
