// LoopLab Python's import statements: `import a.b as c`, `from .m import (x as y, z)`; star imports are rejected.
#include "python/parser_impl.h"

namespace looplab::python::detail {

stmt* parser::import_statement() {
    const token start = advance();
    auto* s = make<import_stmt>(start);
    do {
        const token first = peek();
        if (!check(token_kind::name)) {
            invalid_syntax();
            return nullptr;
        }
        auto* a = make<alias>(first);
        a->name = std::string(advance().text);
        while (match(token_kind::dot)) {
            if (!check(token_kind::name)) {
                invalid_syntax();
                return nullptr;
            }
            a->name += "." + std::string(advance().text);
        }
        if (match(token_kind::kw_as)) {
            if (!check(token_kind::name)) {
                invalid_syntax();
                return nullptr;
            }
            a->asname = std::string(advance().text);
        }
        finish(a);
        s->names.push_back(a);
    } while (match(token_kind::comma));
    finish(s);
    return s;
}

stmt* parser::from_import_statement() {
    const token start = advance();
    auto* s = make<import_from_stmt>(start);
    while (check(token_kind::dot) || check(token_kind::ellipsis)) s->level += check(token_kind::dot) ? 1 : 3, advance();
    if (check(token_kind::name)) {
        s->module = std::string(advance().text);
        while (match(token_kind::dot)) {
            if (!check(token_kind::name)) {
                invalid_syntax();
                return nullptr;
            }
            s->module += "." + std::string(advance().text);
        }
    } else if (s->level == 0) {
        invalid_syntax();
        return nullptr;
    }
    if (!expect(token_kind::kw_import, "")) return nullptr;
    if (check(token_kind::star)) {
        const token star = peek();
        unsupported(start.line, start.col, star.end_col, "star imports ('from X import *') are");
        return nullptr;
    }
    const bool paren = match(token_kind::lpar);
    do {
        if (paren && check(token_kind::rpar)) break;
        if (!paren && !s->names.empty() && check(token_kind::newline)) {
            error_token(peek(), "trailing comma not allowed without surrounding parentheses");
            return nullptr;
        }
        const token first = peek();
        if (!check(token_kind::name)) {
            invalid_syntax();
            return nullptr;
        }
        auto* a = make<alias>(first);
        a->name = std::string(advance().text);
        if (match(token_kind::kw_as)) {
            if (!check(token_kind::name)) {
                invalid_syntax();
                return nullptr;
            }
            a->asname = std::string(advance().text);
        }
        finish(a);
        s->names.push_back(a);
    } while (match(token_kind::comma));
    if (paren && !expect(token_kind::rpar, "")) return nullptr;
    if (!paren && !s->names.empty() && m_prev.kind == token_kind::comma) {
        error_token(m_prev, "trailing comma not allowed without surrounding parentheses");
        return nullptr;
    }
    finish(s);
    return s;
}

}  // namespace looplab::python::detail
