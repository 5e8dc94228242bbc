// LoopLab Python's atoms and trailers: names, literals, calls, subscripts, attributes, lambda, yield.
#include "python/parser_impl.h"

namespace looplab::python::detail {

expr* parser::atom() {
    const token t = peek();
    expr* e = nullptr;
    switch (t.kind) {
        case token_kind::name: {
            advance();
            auto* n = make<name_expr>(t);
            n->id = std::string(t.text);
            finish(n);
            e = n;
            break;
        }
        case token_kind::number:
            e = number(advance());
            break;
        case token_kind::string:
            e = strings();
            break;
        case token_kind::kw_true:
        case token_kind::kw_false:
        case token_kind::kw_none:
        case token_kind::ellipsis: {
            advance();
            auto* c = make<constant_expr>(t);
            c->value_kind = t.kind == token_kind::kw_true    ? constant_kind::true_
                            : t.kind == token_kind::kw_false ? constant_kind::false_
                            : t.kind == token_kind::kw_none  ? constant_kind::none
                                                             : constant_kind::ellipsis;
            finish(c);
            e = c;
            break;
        }
        case token_kind::lpar:
            e = paren_atom();
            break;
        case token_kind::lsqb:
            e = list_atom();
            break;
        case token_kind::lbrace:
            e = brace_atom();
            break;
        default:
            invalid_syntax();
            return nullptr;
    }
    if (!e) return nullptr;
    return primary_trailers(e, t);
}

expr* parser::primary_trailers(expr* left, const token& start) {
    while (left && !failed()) {
        if (check(token_kind::dot)) {
            advance();
            const token name = peek();
            if (name.kind == token_kind::kw_async) {
                // The 2016 dialect: `asyncio.async(...)`, a syntax error since Python 3.7.
                m_module->notes.push_back(
                    {name.line, name.col,
                     "line " + std::to_string(name.line) +
                         ": `.async` is accepted by LoopLab (it is a syntax error since Python 3.7, where `async` "
                         "became a keyword); modern Python spells `asyncio.async(...)` as "
                         "`asyncio.ensure_future(...)` or `asyncio.create_task(...)`"});
            } else if (name.kind != token_kind::name) {
                invalid_syntax();
                return nullptr;
            }
            advance();
            auto* a = make<attribute_expr>(name);
            begin(a, start);
            a->value = left;
            a->attr = std::string(name.text);
            finish(a);
            left = a;
        } else if (check(token_kind::lpar)) {
            left = call(left);
            if (left) begin(left, start);
        } else if (check(token_kind::lsqb)) {
            left = subscript(left);
            if (left) begin(left, start);
        } else {
            break;
        }
    }
    return left;
}

expr* parser::call(expr* func) {
    const token open = advance();
    auto* c = make<call_expr>(open);
    span(c, func);
    c->func = func;
    bool seen_keyword = false;
    bool seen_double_star = false;
    const keyword* first_double_star = nullptr;
    int sole_genexp_line = -1;
    int sole_genexp_col = -1;
    while (!check(token_kind::rpar)) {
        const token start = peek();
        if (match(token_kind::star)) {
            auto* s = make<starred_expr>(start);
            s->value = expression();
            if (!s->value) return nullptr;
            finish(s);
            if (first_double_star) {
                error_node(*first_double_star, "iterable argument unpacking follows keyword argument unpacking");
                return nullptr;
            }
            if (check(token_kind::kw_for)) {
                error_node(*s, "iterable unpacking cannot be used in comprehension");
                return nullptr;
            }
            c->args.push_back(s);
        } else if (match(token_kind::double_star)) {
            auto* k = make<keyword>(start);
            k->value = expression();
            if (!k->value) return nullptr;
            finish(k);
            seen_double_star = true;
            if (!first_double_star) first_double_star = k;
            c->keywords.push_back(k);
        } else if (check(token_kind::name) && peek(1).kind == token_kind::equal) {
            advance();
            advance();
            auto* k = make<keyword>(start);
            k->arg = std::string(start.text);
            k->value = expression();
            if (!k->value) return nullptr;
            finish(k);
            for (const keyword* other : c->keywords) {
                if (other->arg == k->arg) compile_error(*k, "keyword argument repeated: " + k->arg);
            }
            seen_keyword = true;
            c->keywords.push_back(k);
        } else {
            expr* a = named_expression();
            if (!a) return nullptr;
            if (check(token_kind::kw_for) || (check(token_kind::kw_async) && peek(1).kind == token_kind::kw_for)) {
                auto* g = make<generator_exp_expr>(start);
                g->elt = a;
                if (!comprehension_clauses(g->generators, g->elt)) return nullptr;
                finish(g);
                if (!c->args.empty() || !c->keywords.empty() || check(token_kind::comma)) {
                    if (match(token_kind::comma) && check(token_kind::rpar)) {
                        c->args.push_back(g);
                        continue;
                    }
                    error_node(*g, "Generator expression must be parenthesized");
                    return nullptr;
                }
                a = g;
                sole_genexp_line = g->pos.line;
                sole_genexp_col = g->pos.col;
            }
            if (seen_keyword || seen_double_star) {
                // CPython raises this at the token after the argument (pegen's last token).
                error_token(peek(), seen_double_star ? "positional argument follows keyword argument unpacking"
                                                     : "positional argument follows keyword argument");
                return nullptr;
            }
            c->args.push_back(a);
        }
        if (!match(token_kind::comma)) break;
    }
    if (!expect(token_kind::rpar, "")) return nullptr;
    finish(c);
    if (c->args.size() == 1 && c->keywords.empty() && c->args[0]->kind == expr_kind::generator_exp &&
        c->args[0]->pos.col == sole_genexp_col && c->args[0]->pos.line == sole_genexp_line) {
        c->args[0]->pos = {open.line, open.col, m_prev.end_line, m_prev.end_col};  // `f(x for x in y)` as CPython
    }
    return c;
}

expr* parser::subscript(expr* value) {
    advance();  // [
    const token start = peek();
    auto slice_item = [this]() -> expr* {
        const token s = peek();
        expr* lower = nullptr;
        if (!check(token_kind::colon)) {
            lower = check(token_kind::star) ? star_named_expression() : named_expression();
            if (!lower || !check(token_kind::colon)) return lower;
        }
        auto* sl = make<slice_expr>(s);
        sl->lower = lower;
        advance();  // :
        auto part = [this]() -> expr* {
            if (check(token_kind::colon) || check(token_kind::comma) || check(token_kind::rsqb)) return nullptr;
            return expression();
        };
        sl->upper = part();
        if (failed()) return nullptr;
        if (match(token_kind::colon)) {
            sl->step = part();
            if (failed()) return nullptr;
        }
        finish(sl);
        return sl;
    };
    expr* first = slice_item();
    if (!first) return nullptr;
    expr* index = first;
    if (check(token_kind::comma)) {
        auto* t = make<tuple_expr>(start);
        t->elts.push_back(first);
        while (match(token_kind::comma) && !check(token_kind::rsqb)) {
            expr* e = slice_item();
            if (!e) return nullptr;
            t->elts.push_back(e);
        }
        finish(t);
        index = t;
    }
    if (!expect(token_kind::rsqb, "")) return nullptr;
    auto* s = make<subscript_expr>(start);
    span(s, value);
    s->value = value;
    s->slice = index;
    finish(s);
    return s;
}

expr* parser::lambda() {
    const token start = advance();
    auto* l = make<lambda_expr>(start);
    l->args = parameters(token_kind::colon, false);
    if (!l->args || !expect(token_kind::colon, "")) return nullptr;
    const scope_context saved = m_scope;
    const function_facts saved_facts = m_facts;
    m_scope = {.in_function = true, .is_async = false, .loops = 0};
    l->body = expression();
    m_scope = saved;
    m_facts = saved_facts;
    if (!l->body) return nullptr;
    finish(l);
    return l;
}

expr* parser::yield_expression() {
    const token start = advance();
    expr* e = nullptr;
    if (match(token_kind::kw_from)) {
        auto* y = make<yield_from_expr>(start);
        y->value = expression();
        if (!y->value) return nullptr;
        finish(y);
        if (m_scope.in_function && m_scope.is_async) compile_error(*y, "'yield from' inside async function");
        e = y;
    } else {
        auto* y = make<yield_expr>(start);
        if (can_start_expression(peek().kind)) {
            y->value = star_expressions();
            if (!y->value) return nullptr;
        }
        finish(y);
        e = y;
    }
    if (!m_scope.in_function) compile_error(*e, "'yield' outside function");
    m_facts.has_yield = true;
    return e;
}

}  // namespace looplab::python::detail
