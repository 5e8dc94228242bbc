// LoopLab Python's try statements, function and class definitions, and parameter lists (def and lambda).
#include "python/parser_impl.h"

namespace looplab::python::detail {

stmt* parser::try_statement() {
    const token start = advance();
    auto* s = make<try_stmt>(start);
    if (!colon(true) || !block(s->body, "'try' statement", start.line)) return nullptr;
    while (check(token_kind::kw_except)) {
        if (!s->handlers.empty() && s->handlers.back()->type == nullptr) {
            const except_handler* bare = s->handlers.back();
            error_range(bare->pos.line, bare->pos.col, bare->pos.line, bare->pos.col + 7,
                        "default 'except:' must be last");
            return nullptr;
        }
        const token kw = advance();
        if (check(token_kind::star)) {
            unsupported(kw.line, kw.col, peek().end_col, "'except*' (exception groups) is");
            return nullptr;
        }
        auto* h = make<except_handler>(kw);
        if (!check(token_kind::colon)) {
            h->type = expression();
            if (!h->type) return nullptr;
            if (check(token_kind::comma)) {
                const snapshot before = save();
                advance();
                expr* more = expression();
                const source_range end = more ? more->pos : source_range{};
                restore(before);
                if (more) {
                    error_range(h->type->pos.line, h->type->pos.col, end.end_line, end.end_col,
                                "multiple exception types must be parenthesized");
                    return nullptr;
                }
            }
            if (match(token_kind::kw_as)) {
                if (!check(token_kind::name)) {
                    invalid_syntax();
                    return nullptr;
                }
                h->name = std::string(advance().text);
            }
        }
        if (!colon(false) || !block(h->body, "'except' statement", kw.line)) return nullptr;
        finish(h);
        s->handlers.push_back(h);
    }
    if (!s->handlers.empty() && check(token_kind::kw_else)) {
        const token e = advance();
        if (!colon(false) || !block(s->orelse, "'else' statement", e.line)) return nullptr;
    }
    if (check(token_kind::kw_finally)) {
        const token f = advance();
        if (!colon(false) || !block(s->finalbody, "'finally' statement", f.line)) return nullptr;
    }
    if (s->handlers.empty() && s->finalbody.empty()) {
        if (!failed()) error_token(peek(), "expected 'except' or 'finally' block");
        return nullptr;
    }
    finish(s);
    return s;
}

arguments* parser::parameters(token_kind closer, bool annotations) {
    auto* a = make<arguments>(peek());
    bool seen_default = false;
    bool kwonly = false;
    bool seen_slash = false;
    auto param = [&]() -> arg* {
        if (!check(token_kind::name)) {
            invalid_syntax();
            return nullptr;
        }
        const token n = advance();
        auto* p = make<arg>(n);
        p->name = std::string(n.text);
        for (const std::vector<arg*>* group : {&a->posonlyargs, &a->args, &a->kwonlyargs}) {
            for (const arg* other : *group) {
                if (other->name == p->name) {
                    p->pos.end_col = n.end_col;
                    p->pos.end_line = n.end_line;
                    compile_error(*p, "duplicate argument '" + p->name + "' in function definition");
                }
            }
        }
        if ((a->vararg && a->vararg->name == p->name) || (a->kwarg && a->kwarg->name == p->name)) {
            p->pos.end_col = n.end_col;
            p->pos.end_line = n.end_line;
            compile_error(*p, "duplicate argument '" + p->name + "' in function definition");
        }
        if (annotations && match(token_kind::colon)) {
            p->annotation = expression();
            if (!p->annotation) return nullptr;
        }
        finish(p);
        return p;
    };
    while (!check(closer) && !failed()) {
        const token t = peek();
        if (match(token_kind::slash)) {
            if (seen_slash || kwonly || a->args.empty()) {
                error_token(t, seen_slash ? "/ may appear only once"
                               : kwonly   ? "/ must be ahead of *"
                                          : "at least one argument must precede /");
                return nullptr;
            }
            seen_slash = true;
            a->posonlyargs = std::move(a->args);
            a->args.clear();
        } else if (match(token_kind::star)) {
            if (kwonly) {
                error_token(t, "* argument may appear only once");
                return nullptr;
            }
            kwonly = true;
            if (check(token_kind::comma)) {
                if (peek(1).kind == closer || peek(1).kind == token_kind::double_star) {
                    error_token(t, "named arguments must follow bare *");
                    return nullptr;
                }
            } else if (check(closer)) {
                error_token(t, "named arguments must follow bare *");
                return nullptr;
            } else {
                a->vararg = param();
                if (!a->vararg) return nullptr;
            }
        } else if (match(token_kind::double_star)) {
            a->kwarg = param();
            if (!a->kwarg) return nullptr;
            if (match(token_kind::comma) && !check(closer)) {
                if (is_failure(peek())) {
                    invalid_syntax();
                } else {
                    error_token(peek(), "arguments cannot follow var-keyword argument");
                }
                return nullptr;
            }
            break;
        } else {
            arg* p = param();
            if (!p) return nullptr;
            expr* def = nullptr;
            if (match(token_kind::equal)) {
                def = expression();
                if (!def) return nullptr;
            }
            if (kwonly) {
                a->kwonlyargs.push_back(p);
                a->kw_defaults.push_back(def);
            } else {
                if (def) {
                    seen_default = true;
                    a->defaults.push_back(def);
                } else if (seen_default) {
                    error_node(*p, "non-default argument follows default argument");
                    return nullptr;
                }
                a->args.push_back(p);
            }
        }
        if (!match(token_kind::comma)) break;
    }
    if (failed()) return nullptr;
    finish(a);
    return a;
}

stmt* parser::function_def(std::vector<expr*> decorators, bool is_async, const token& start) {
    advance();  // def
    auto* f = make<function_def_stmt>(start);
    f->decorators = std::move(decorators);
    f->is_async = is_async;
    if (!check(token_kind::name)) {
        invalid_syntax();
        return nullptr;
    }
    const token name = advance();
    f->name = std::string(name.text);
    if (!check(token_kind::lpar)) {
        if (!is_failure(peek())) {
            error_token(peek(), "expected '('");
        } else {
            invalid_syntax();
        }
        return nullptr;
    }
    advance();
    f->args = parameters(token_kind::rpar, true);
    if (!f->args || !expect(token_kind::rpar, "")) return nullptr;
    if (check(token_kind::arrow)) {
        const token arrow = advance();
        if (!can_start_expression(peek().kind) && !is_failure(peek())) {
            error_token(arrow, "expected ':'");  // pegen backtracks over `->` to the forced ':'
            return nullptr;
        }
        f->returns = expression();
        if (!f->returns) return nullptr;
    }
    if (!colon(true)) return nullptr;
    const scope_context saved = m_scope;
    const function_facts saved_facts = m_facts;
    m_scope = {.in_function = true, .is_async = is_async, .loops = 0};
    m_facts = {};
    const bool ok = block(f->body, "function definition", start.line);
    if (ok && is_async && m_facts.has_yield && m_facts.return_with_value) {
        compile_error(*m_facts.return_with_value, "'return' with value in async generator");
    }
    m_scope = saved;
    m_facts = saved_facts;
    if (!ok) return nullptr;
    finish(f);
    return f;
}

stmt* parser::class_def(std::vector<expr*> decorators, const token& start) {
    advance();  // class
    auto* c = make<class_def_stmt>(start);
    c->decorators = std::move(decorators);
    if (!check(token_kind::name)) {
        invalid_syntax();
        return nullptr;
    }
    c->name = std::string(advance().text);
    if (check(token_kind::lpar)) {
        auto* callee = make<name_expr>(m_prev);
        callee->id = c->name;
        finish(callee);
        expr* header = call(callee);
        if (!header) return nullptr;
        auto& h = header->as<call_expr>();
        c->bases = h.args;
        c->keywords = h.keywords;
        if (!c->keywords.empty()) {
            const keyword* k = c->keywords.front();
            unsupported(k->pos.line, k->pos.col, k->pos.end_line == k->pos.line ? k->pos.end_col : k->pos.col + 1,
                        "class keyword arguments (such as metaclass=...) are");
            return nullptr;
        }
    }
    if (!colon(false)) return nullptr;
    const scope_context saved = m_scope;
    m_scope = {.in_function = false, .is_async = false, .loops = 0};
    const bool ok = block(c->body, "class definition", start.line);
    m_scope = saved;
    if (!ok) return nullptr;
    finish(c);
    return c;
}

}  // namespace looplab::python::detail
