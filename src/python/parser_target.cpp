// LoopLab Python's target checks and CPython's targeted error messages ("cannot assign to ...", comma hints).
#include "python/parser_impl.h"

namespace looplab::python::detail {

std::string_view parser::expr_name(const expr& e) {
    switch (e.kind) {
        case expr_kind::attribute:
            return "attribute";
        case expr_kind::subscript:
            return "subscript";
        case expr_kind::starred:
            return "starred";
        case expr_kind::name:
            return "name";
        case expr_kind::list:
            return "list";
        case expr_kind::tuple:
            return "tuple";
        case expr_kind::lambda:
            return "lambda";
        case expr_kind::call:
            return "function call";
        case expr_kind::bool_op:
        case expr_kind::bin_op:
        case expr_kind::unary_op:
            return "expression";
        case expr_kind::generator_exp:
            return "generator expression";
        case expr_kind::yield:
        case expr_kind::yield_from:
            return "yield expression";
        case expr_kind::await:
            return "await expression";
        case expr_kind::list_comp:
            return "list comprehension";
        case expr_kind::set_comp:
            return "set comprehension";
        case expr_kind::dict_comp:
            return "dict comprehension";
        case expr_kind::dict:
            return "dict literal";
        case expr_kind::set:
            return "set display";
        case expr_kind::joined_str:
        case expr_kind::formatted_value:
            return "f-string expression";
        case expr_kind::constant: {
            const auto& c = e.as<constant_expr>();
            switch (c.value_kind) {
                case constant_kind::none:
                    return "None";
                case constant_kind::true_:
                    return "True";
                case constant_kind::false_:
                    return "False";
                case constant_kind::ellipsis:
                    return "ellipsis";
                default:
                    return "literal";
            }
        }
        case expr_kind::compare:
            return "comparison";
        case expr_kind::if_exp:
            return "conditional expression";
        case expr_kind::named:
            return "named expression";
        case expr_kind::slice:
            return "slice";
    }
    return "expression";
}

const expr* parser::invalid_target(const expr* e, target_kind kind) const {
    switch (e->kind) {
        case expr_kind::name:
        case expr_kind::attribute:
        case expr_kind::subscript:
            return nullptr;
        case expr_kind::starred:
            if (kind == target_kind::del) return e;
            return invalid_target(e->as<starred_expr>().value, kind);
        case expr_kind::list:
        case expr_kind::tuple: {
            const auto& elts = e->kind == expr_kind::list ? e->as<list_expr>().elts : e->as<tuple_expr>().elts;
            for (const expr* x : elts) {
                if (const expr* bad = invalid_target(x, kind)) return bad;
            }
            return nullptr;
        }
        case expr_kind::compare:
            // `for x in y` parsed as a comparison cannot happen (targets stop before `in`); CPython names the left.
            if (kind == target_kind::for_) return invalid_target(e->as<compare_expr>().left, kind);
            return e;
        default:
            return e;
    }
}

namespace {

bool is_named_constant(const expr& e) {
    if (e.kind != expr_kind::constant) return false;
    const constant_kind k = e.as<constant_expr>().value_kind;
    return k == constant_kind::none || k == constant_kind::true_ || k == constant_kind::false_;
}

}  // namespace

bool parser::set_context(expr* e, expr_context ctx, target_kind kind) {
    if (const expr* bad = invalid_target(e, kind)) {
        std::string msg;
        if (kind == target_kind::del) {
            msg = "cannot delete " + std::string(expr_name(*bad));
        } else if (bad->kind == expr_kind::yield || bad->kind == expr_kind::yield_from) {
            msg = "assignment to yield expression not possible";
        } else if (kind == target_kind::star && !is_named_constant(*bad)) {
            msg = "cannot assign to " + std::string(expr_name(*bad)) + " here. Maybe you meant '==' instead of '='?";
        } else {
            msg = "cannot assign to " + std::string(expr_name(*bad));
        }
        error_node(*bad, msg);
        return false;
    }
    switch (e->kind) {
        case expr_kind::name:
            e->as<name_expr>().ctx = ctx;
            break;
        case expr_kind::attribute:
            e->as<attribute_expr>().ctx = ctx;
            break;
        case expr_kind::subscript:
            e->as<subscript_expr>().ctx = ctx;
            break;
        case expr_kind::starred:
            e->as<starred_expr>().ctx = ctx;
            return set_context(e->as<starred_expr>().value, ctx, kind);
        case expr_kind::list:
            e->as<list_expr>().ctx = ctx;
            for (expr* x : e->as<list_expr>().elts) set_context(x, ctx, kind);
            break;
        case expr_kind::tuple:
            e->as<tuple_expr>().ctx = ctx;
            for (expr* x : e->as<tuple_expr>().elts) set_context(x, ctx, kind);
            break;
        default:
            break;
    }
    return !failed();
}

void parser::check_starred_target(const expr* target) {
    if (target->kind == expr_kind::starred) {
        compile_error(*target, "starred assignment target must be in a list or tuple");
        return;
    }
    if (target->kind != expr_kind::tuple && target->kind != expr_kind::list) return;
    const auto& elts = target->kind == expr_kind::tuple ? target->as<tuple_expr>().elts : target->as<list_expr>().elts;
    int starred = 0;
    for (const expr* e : elts) {
        if (e->kind == expr_kind::starred) {
            if (++starred == 2) compile_error(*target, "multiple starred expressions in assignment");
        } else {
            check_starred_target(e);
        }
    }
}

bool parser::legacy_or_comma_error() {
    const token& t = peek();
    if (!m_last_expr || m_last_expr->pos.end_line != m_prev.end_line || m_last_expr->pos.end_col != m_prev.end_col ||
        !can_start_expression(t.kind) || t.kind == token_kind::star || t.kind == token_kind::minus ||
        t.kind == token_kind::plus || t.kind == token_kind::kw_not || is_failure(t)) {
        return false;
    }
    const expr* a = m_last_expr;
    const bool legacy =
        a->kind == expr_kind::name && (a->as<name_expr>().id == "print" || a->as<name_expr>().id == "exec");
    if (m_level == 0 && !legacy) return false;
    if (m_level > 0 && a->kind == expr_kind::name && t.kind == token_kind::string) return false;
    // Parse the next expression to find where the hint's range ends, then forget it.
    const snapshot before = save();
    expr* b = legacy && m_level == 0 ? star_expressions() : precedence(prec::or_);
    // `f(1\nx = 2`: CPython's keyword-argument rules win over the hint.
    const bool ok = b != nullptr && !failed() && !check(token_kind::equal) && !is_failure(peek());
    const source_range end = ok ? b->pos : source_range{};
    restore(before);
    if (!ok) return false;
    if (legacy) {
        const std::string& id = a->as<name_expr>().id;
        error_range(a->pos.line, a->pos.col, end.end_line, end.end_col,
                    "Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?");
    } else {
        error_range(a->pos.line, a->pos.col, end.end_line, end.end_col, "invalid syntax. Perhaps you forgot a comma?");
    }
    return true;
}

}  // namespace looplab::python::detail
