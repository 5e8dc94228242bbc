// LoopLab Python's displays: parenthesised forms, tuples, lists, dicts, sets, comprehensions and targets.
#include "python/parser_impl.h"

namespace looplab::python::detail {

expr* parser::paren_atom() {
    const token open = advance();
    if (match(token_kind::rpar)) {
        auto* t = make<tuple_expr>(open);
        finish(t);
        return t;
    }
    if (check(token_kind::kw_yield)) {
        expr* y = yield_expression();
        if (!y || !expect(token_kind::rpar, "")) return nullptr;
        return y;
    }
    expr* first = star_named_expression();
    if (!first) return nullptr;
    if (check(token_kind::kw_for) || (check(token_kind::kw_async) && peek(1).kind == token_kind::kw_for)) {
        auto* g = make<generator_exp_expr>(open);
        g->elt = first;
        if (!comprehension_clauses(g->generators, g->elt) || !expect(token_kind::rpar, "")) return nullptr;
        finish(g);
        return g;
    }
    if (check(token_kind::comma)) {
        auto* t = make<tuple_expr>(open);
        t->elts.push_back(first);
        while (match(token_kind::comma) && !check(token_kind::rpar)) {
            expr* e = star_named_expression();
            if (!e) return nullptr;
            t->elts.push_back(e);
        }
        if (!expect(token_kind::rpar, "")) return nullptr;
        finish(t);
        return t;
    }
    if (first->kind == expr_kind::starred && check(token_kind::rpar)) {
        error_node(*first, "cannot use starred expression here");
        return nullptr;
    }
    if (!expect(token_kind::rpar, "")) return nullptr;
    m_parenthesized = first;
    return first;
}

expr* parser::list_atom() {
    const token open = advance();
    if (match(token_kind::rsqb)) {
        auto* l = make<list_expr>(open);
        finish(l);
        return l;
    }
    expr* first = star_named_expression();
    if (!first) return nullptr;
    if (check(token_kind::kw_for) || (check(token_kind::kw_async) && peek(1).kind == token_kind::kw_for)) {
        auto* c = make<list_comp_expr>(open);
        c->elt = first;
        if (!comprehension_clauses(c->generators, c->elt) || !expect(token_kind::rsqb, "")) return nullptr;
        finish(c);
        return c;
    }
    auto* l = make<list_expr>(open);
    l->elts.push_back(first);
    while (match(token_kind::comma) && !check(token_kind::rsqb)) {
        expr* e = star_named_expression();
        if (!e) return nullptr;
        l->elts.push_back(e);
    }
    if (!expect(token_kind::rsqb, "")) return nullptr;
    finish(l);
    return l;
}

expr* parser::brace_atom() {
    const token open = advance();
    if (match(token_kind::rbrace)) {
        auto* d = make<dict_expr>(open);
        finish(d);
        return d;
    }
    const bool is_dict = check(token_kind::double_star) || false;
    expr* first_key = nullptr;
    expr* first_value = nullptr;
    if (is_dict) {
        advance();
        first_value = precedence(prec::bit_or);
        if (!first_value) return nullptr;
    } else {
        first_key = star_named_expression();
        if (!first_key) return nullptr;
    }
    if (is_dict || check(token_kind::colon)) {
        if (!is_dict) {
            advance();
            if (check(token_kind::rbrace) || check(token_kind::comma)) {
                error_token(m_prev, "expression expected after dictionary key and ':'");
                return nullptr;
            }
            first_value = expression();
            if (!first_value) return nullptr;
            if (check(token_kind::kw_for) || (check(token_kind::kw_async) && peek(1).kind == token_kind::kw_for)) {
                auto* c = make<dict_comp_expr>(open);
                c->key = first_key;
                c->value = first_value;
                if (!comprehension_clauses(c->generators, nullptr) || !expect(token_kind::rbrace, "")) return nullptr;
                finish(c);
                return c;
            }
        }
        auto* d = make<dict_expr>(open);
        d->keys.push_back(first_key);
        d->values.push_back(first_value);
        while (match(token_kind::comma) && !check(token_kind::rbrace)) {
            if (match(token_kind::double_star)) {
                d->keys.push_back(nullptr);
                d->values.push_back(precedence(prec::bit_or));
            } else {
                expr* key = expression();
                if (!key) return nullptr;
                d->keys.push_back(key);
                if (!check(token_kind::colon)) {
                    if (is_failure(peek())) {
                        invalid_syntax();
                    } else {
                        error_node(*key, "':' expected after dictionary key");
                    }
                    return nullptr;
                }
                advance();
                if (check(token_kind::rbrace) || check(token_kind::comma)) {
                    error_token(m_prev, "expression expected after dictionary key and ':'");
                    return nullptr;
                }
                d->values.push_back(expression());
            }
            if (failed()) return nullptr;
        }
        if (!expect(token_kind::rbrace, "")) return nullptr;
        finish(d);
        return d;
    }
    if (check(token_kind::kw_for) || (check(token_kind::kw_async) && peek(1).kind == token_kind::kw_for)) {
        auto* c = make<set_comp_expr>(open);
        c->elt = first_key;
        if (!comprehension_clauses(c->generators, c->elt) || !expect(token_kind::rbrace, "")) return nullptr;
        finish(c);
        return c;
    }
    auto* s = make<set_expr>(open);
    s->elts.push_back(first_key);
    while (match(token_kind::comma) && !check(token_kind::rbrace)) {
        expr* e = star_named_expression();
        if (!e) return nullptr;
        s->elts.push_back(e);
    }
    if (!expect(token_kind::rbrace, "")) return nullptr;
    finish(s);
    return s;
}

expr* parser::target_list() {
    const token start = peek();
    auto one = [this]() -> expr* { return star_target(); };
    expr* first = one();
    if (!first || !check(token_kind::comma)) return first;
    auto* t = make<tuple_expr>(start);
    t->elts.push_back(first);
    while (match(token_kind::comma) && can_start_expression(peek().kind)) {
        expr* e = one();
        if (!e) return nullptr;
        t->elts.push_back(e);
    }
    finish(t);
    return t;
}

expr* parser::star_target() {
    if (check(token_kind::star)) {
        const token star = advance();
        auto* s = make<starred_expr>(star);
        s->value = precedence(prec::bit_or);
        if (!s->value) return nullptr;
        finish(s);
        return s;
    }
    return precedence(prec::bit_or);
}

bool parser::comprehension_clauses(std::vector<comprehension*>& out, const expr* elt) {
    if (elt && elt->kind == expr_kind::starred) {
        error_node(*elt, "iterable unpacking cannot be used in comprehension");
        return false;
    }
    while (check(token_kind::kw_for) || (check(token_kind::kw_async) && peek(1).kind == token_kind::kw_for)) {
        const token start = peek();
        if (start.kind == token_kind::kw_async) {
            unsupported(start.line, start.col, peek(1).end_col,
                        "asynchronous comprehensions ('async for' in a "
                        "comprehension) are");
            return false;
        }
        advance();
        auto* c = make<comprehension>(start);
        c->target = target_list();
        if (!c->target || !set_context(c->target, expr_context::store, target_kind::for_)) return false;
        if (!expect(token_kind::kw_in, "")) return false;
        c->iter = precedence(prec::or_);
        if (!c->iter) return false;
        while (match(token_kind::kw_if)) {
            expr* cond = precedence(prec::or_);
            if (!cond) return false;
            c->ifs.push_back(cond);
        }
        finish(c);
        out.push_back(c);
    }
    return true;
}

}  // namespace looplab::python::detail
