// LoopLab Python's simple statements: expression statements, assignments, imports, and the sub-parser entry points.
#include "python/parser_impl.h"

namespace looplab::python::detail {

parser::parser(std::string_view source, const parse_options& options, module* shared, int first_line, int depth,
               scope_context scope)
    : m_options(options), m_lexer(source, first_line), m_depth(depth) {
    m_module = shared;
    m_scope = scope;
}

expr* parser::fstring_expression() {
    if (!expect(token_kind::lpar, "")) return nullptr;
    expr* e = star_expressions(true);
    if (!e || !expect(token_kind::rpar, "")) return nullptr;
    if (!check(token_kind::newline) && !check(token_kind::end_marker)) {
        invalid_syntax();
        return nullptr;
    }
    return e;
}

void parser::adopt_error(syntax_error e, bool compile_time) {
    if (compile_time) {
        if (!m_compile_error) m_compile_error = std::move(e);
    } else if (!m_error) {
        m_error = std::move(e);
    }
}

bool parser::statement(std::vector<stmt*>& out) {
    const token& t = peek();
    if (t.kind == token_kind::indent || is_failure(t)) {
        invalid_syntax();
        return false;
    }
    if (t.kind == token_kind::name && t.text == "match") {
        const token_kind k = peek(1).kind;
        if (k == token_kind::name || k == token_kind::number || k == token_kind::string || k == token_kind::lpar ||
            k == token_kind::lsqb || k == token_kind::lbrace || k == token_kind::minus) {
            std::size_t i = 1;
            while (peek(i).kind != token_kind::newline && peek(i).kind != token_kind::end_marker &&
                   peek(i).kind != token_kind::error) {
                ++i;
            }
            if (peek(i - 1).kind == token_kind::colon) {
                unsupported(t.line, t.col, t.end_col, "'match' statements are");
                return false;
            }
        }
    }
    if (t.kind == token_kind::name && t.text == "type" && peek(1).kind == token_kind::name &&
        (peek(2).kind == token_kind::equal || peek(2).kind == token_kind::lsqb)) {
        unsupported(t.line, t.col, t.end_col, "type aliases ('type X = ...') are");
        return false;
    }
    switch (t.kind) {
        case token_kind::kw_if:
        case token_kind::kw_while:
        case token_kind::kw_for:
        case token_kind::kw_try:
        case token_kind::kw_with:
        case token_kind::kw_def:
        case token_kind::kw_class:
        case token_kind::at:
        case token_kind::kw_async: {
            stmt* s = compound_statement();
            if (!s) return false;
            out.push_back(s);
            return true;
        }
        default:
            return simple_statements(out);
    }
}

bool parser::simple_statements(std::vector<stmt*>& out) {
    for (;;) {
        stmt* s = simple_statement();
        if (!s) return false;
        out.push_back(s);
        if (!match(token_kind::semi) || check(token_kind::newline)) break;
    }
    if (!check(token_kind::newline)) {
        invalid_syntax();
        return false;
    }
    advance();
    return true;
}

stmt* parser::simple_statement() {
    const token t = peek();
    auto names = [this](std::vector<std::string>& out) {
        do {
            if (!check(token_kind::name)) {
                invalid_syntax();
                return false;
            }
            out.emplace_back(advance().text);
        } while (match(token_kind::comma));
        return true;
    };
    switch (t.kind) {
        case token_kind::kw_pass: {
            advance();
            auto* s = make<pass_stmt>(t);
            finish(s);
            return s;
        }
        case token_kind::kw_break:
        case token_kind::kw_continue: {
            advance();
            stmt* s = nullptr;
            if (t.kind == token_kind::kw_break) {
                s = make<break_stmt>(t);
            } else {
                s = make<continue_stmt>(t);
            }
            finish(s);
            if (m_scope.loops == 0) {
                compile_error(
                    *s, t.kind == token_kind::kw_break ? "'break' outside loop" : "'continue' not properly in loop");
            }
            return s;
        }
        case token_kind::kw_return: {
            advance();
            auto* s = make<return_stmt>(t);
            if (!check(token_kind::newline) && !check(token_kind::semi)) {
                s->value = star_expressions();
                if (!s->value) return nullptr;
            }
            finish(s);
            if (!m_scope.in_function) compile_error(*s, "'return' outside function");
            if (s->value && !m_facts.return_with_value) m_facts.return_with_value = s;
            return s;
        }
        case token_kind::kw_raise: {
            advance();
            auto* s = make<raise_stmt>(t);
            if (!check(token_kind::newline) && !check(token_kind::semi)) {
                s->exc = expression();
                if (!s->exc) return nullptr;
                if (match(token_kind::kw_from)) {
                    s->cause = expression();
                    if (!s->cause) return nullptr;
                }
            }
            finish(s);
            return s;
        }
        case token_kind::kw_global: {
            advance();
            auto* s = make<global_stmt>(t);
            if (!names(s->names)) return nullptr;
            finish(s);
            return s;
        }
        case token_kind::kw_nonlocal: {
            advance();
            auto* s = make<nonlocal_stmt>(t);
            if (!names(s->names)) return nullptr;
            finish(s);
            if (!m_scope.in_function) compile_error(*s, "nonlocal declaration not allowed at module level");
            return s;
        }
        case token_kind::kw_del: {
            advance();
            auto* s = make<delete_stmt>(t);
            do {
                if (check(token_kind::newline) || check(token_kind::semi)) break;
                expr* e = precedence(prec::bit_or);
                if (!e || !set_context(e, expr_context::del, target_kind::del)) return nullptr;
                s->targets.push_back(e);
            } while (match(token_kind::comma));
            if (s->targets.empty()) {
                invalid_syntax();
                return nullptr;
            }
            finish(s);
            return s;
        }
        case token_kind::kw_assert: {
            advance();
            auto* s = make<assert_stmt>(t);
            s->test = expression();
            if (!s->test) return nullptr;
            if (match(token_kind::comma)) {
                s->msg = expression();
                if (!s->msg) return nullptr;
            }
            finish(s);
            return s;
        }
        case token_kind::kw_import:
            return import_statement();
        case token_kind::kw_from:
            return from_import_statement();
        default:
            return expression_statement();
    }
}

namespace {

bool augmented_op(token_kind k, binary_op& op) {
    switch (k) {
        case token_kind::plus_equal:
            op = binary_op::add;
            return true;
        case token_kind::minus_equal:
            op = binary_op::sub;
            return true;
        case token_kind::star_equal:
            op = binary_op::mult;
            return true;
        case token_kind::at_equal:
            op = binary_op::mat_mult;
            return true;
        case token_kind::slash_equal:
            op = binary_op::div;
            return true;
        case token_kind::double_slash_equal:
            op = binary_op::floor_div;
            return true;
        case token_kind::percent_equal:
            op = binary_op::mod;
            return true;
        case token_kind::double_star_equal:
            op = binary_op::pow;
            return true;
        case token_kind::left_shift_equal:
            op = binary_op::lshift;
            return true;
        case token_kind::right_shift_equal:
            op = binary_op::rshift;
            return true;
        case token_kind::vbar_equal:
            op = binary_op::bit_or;
            return true;
        case token_kind::circumflex_equal:
            op = binary_op::bit_xor;
            return true;
        case token_kind::amper_equal:
            op = binary_op::bit_and;
            return true;
        default:
            return false;
    }
}

}  // namespace

stmt* parser::expression_statement() {
    const token start = peek();
    m_parenthesized = nullptr;
    expr* e = star_expressions(true);
    if (!e) return nullptr;
    const bool parenthesized = m_parenthesized == e;
    binary_op op{};
    if (check(token_kind::equal)) {
        auto* s = make<assign_stmt>(start);
        s->targets.push_back(e);
        while (match(token_kind::equal)) {
            expr* rhs = star_expressions(true);
            if (!rhs) return nullptr;
            s->targets.push_back(rhs);
        }
        s->value = s->targets.back();
        s->targets.pop_back();
        if (s->value->kind == expr_kind::starred) {
            error_node(*s->value, "can't use starred expression here");
            return nullptr;
        }
        // CPython adds "Maybe you meant '=='" only for `target = value` with one target.
        const target_kind kind = s->targets.size() == 1 ? target_kind::star : target_kind::for_;
        for (expr* target : s->targets) {
            if (!set_context(target, expr_context::store, kind)) return nullptr;
            check_starred_target(target);
        }
        finish(s);
        return s;
    }
    if (augmented_op(peek().kind, op)) {
        if (e->kind != expr_kind::name && e->kind != expr_kind::attribute && e->kind != expr_kind::subscript) {
            error_node(*e, "'" + std::string(expr_name(*e)) + "' is an illegal expression for augmented assignment");
            return nullptr;
        }
        advance();
        auto* s = make<aug_assign_stmt>(start);
        set_context(e, expr_context::store, target_kind::star);
        s->target = e;
        s->op = op;
        s->value = star_expressions(true);
        if (!s->value) return nullptr;
        finish(s);
        return s;
    }
    if (check(token_kind::colon)) {
        const bool target_ok =
            e->kind == expr_kind::name || e->kind == expr_kind::attribute || e->kind == expr_kind::subscript;
        if (!target_ok && !can_start_expression(peek(1).kind)) {  // CPython's hints need an annotation after ':'
            invalid_syntax();
            return nullptr;
        }
        if (e->kind == expr_kind::tuple || e->kind == expr_kind::list) {
            // CPython names the first element of a bare `a, b: int`, the whole of `(a, b): int` or `[a]: int`.
            const auto& elts = e->kind == expr_kind::tuple ? e->as<tuple_expr>().elts : e->as<list_expr>().elts;
            const bool bare = e->kind == expr_kind::tuple && !elts.empty() && elts[0]->pos.line == e->pos.line &&
                              elts[0]->pos.col == e->pos.col;
            const source_range r = bare ? elts[0]->pos : e->pos;
            error_range(r.line, r.col, r.end_line, r.end_col,
                        std::string("only single target (not ") + (e->kind == expr_kind::tuple ? "tuple" : "list") +
                            ") can be annotated");
            return nullptr;
        }
        if (e->kind != expr_kind::name && e->kind != expr_kind::attribute && e->kind != expr_kind::subscript) {
            error_node(*e, "illegal target for annotation");
            return nullptr;
        }
        advance();
        auto* s = make<ann_assign_stmt>(start);
        set_context(e, expr_context::store, target_kind::star);
        s->target = e;
        s->simple = e->kind == expr_kind::name && !parenthesized;
        s->annotation = expression();
        if (!s->annotation) return nullptr;
        if (match(token_kind::equal)) {
            s->value = star_expressions(true);
            if (!s->value) return nullptr;
        }
        finish(s);
        return s;
    }
    if (e->kind == expr_kind::starred) {
        error_node(*e, "can't use starred expression here");
        return nullptr;
    }
    auto* s = make<expr_stmt>(start);
    s->value = e;
    finish(s);
    return s;
}

}  // namespace looplab::python::detail
