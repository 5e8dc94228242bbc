// LoopLab Python's expression parser: a Pratt loop over a rule table per token (clox's ParseRule), CPython's precedence.
#include <array>
#include <cstdint>

#include "python/parser_impl.h"

namespace looplab::python::detail {
namespace {

using prefix_fn = expr* (parser::*)();
// `start` is the first token of the left operand (with its parentheses): CPython spans from there.
using infix_fn = expr* (*)(parser&, expr*, const token& start);

// One row of the rule table: how a token starts an expression, and how it continues one.
struct parse_rule {
    prefix_fn prefix = nullptr;
    infix_fn infix = nullptr;
    prec precedence = prec::none;
};

prec next_higher(prec p) { return static_cast<prec>(static_cast<int>(p) + 1); }

binary_op binary_op_for(token_kind k) {
    switch (k) {
        case token_kind::plus:
            return binary_op::add;
        case token_kind::minus:
            return binary_op::sub;
        case token_kind::star:
            return binary_op::mult;
        case token_kind::at:
            return binary_op::mat_mult;
        case token_kind::slash:
            return binary_op::div;
        case token_kind::double_slash:
            return binary_op::floor_div;
        case token_kind::percent:
            return binary_op::mod;
        case token_kind::double_star:
            return binary_op::pow;
        case token_kind::left_shift:
            return binary_op::lshift;
        case token_kind::right_shift:
            return binary_op::rshift;
        case token_kind::vbar:
            return binary_op::bit_or;
        case token_kind::circumflex:
            return binary_op::bit_xor;
        default:
            return binary_op::bit_and;
    }
}

expr* binary(parser& p, expr* left, const token& start);
expr* power(parser& p, expr* left, const token& start);
expr* comparison(parser& p, expr* left, const token& start);
expr* boolean(parser& p, expr* left, const token& start);
expr* ternary(parser& p, expr* left, const token& start);

// The lowest binding power a prefix form may appear at (`not x` is an operand of `and`, not of `+`).
prec prefix_level(token_kind k) {
    switch (k) {
        case token_kind::kw_lambda:
            return prec::ternary;
        case token_kind::kw_not:
            return prec::not_;
        case token_kind::minus:
        case token_kind::plus:
        case token_kind::tilde:
            return prec::unary;
        default:
            return prec::primary;
    }
}

const parse_rule& rule_for(token_kind which) {
    static constexpr std::size_t n = static_cast<std::size_t>(token_kind::count_);
    static constexpr auto table = [] {
        std::array<parse_rule, n> t{};
        auto set = [&t](token_kind kind, prefix_fn pre, infix_fn in, prec pr) {
            t[static_cast<std::size_t>(kind)] = {pre, in, pr};
        };
        for (token_kind k : {token_kind::name, token_kind::number, token_kind::string, token_kind::lpar,
                             token_kind::lsqb, token_kind::lbrace, token_kind::kw_true, token_kind::kw_false,
                             token_kind::kw_none, token_kind::ellipsis}) {
            set(k, &parser::atom, nullptr, prec::none);
        }
        set(token_kind::kw_lambda, &parser::lambda, nullptr, prec::none);
        set(token_kind::kw_await, &parser::prefix, nullptr, prec::none);
        set(token_kind::kw_not, &parser::prefix, nullptr, prec::comparison);  // infix only as `not in`
        set(token_kind::tilde, &parser::prefix, nullptr, prec::none);
        set(token_kind::plus, &parser::prefix, &binary, prec::sum);
        set(token_kind::minus, &parser::prefix, &binary, prec::sum);
        for (token_kind k :
             {token_kind::star, token_kind::slash, token_kind::double_slash, token_kind::percent, token_kind::at}) {
            set(k, nullptr, &binary, prec::term);
        }
        set(token_kind::left_shift, nullptr, &binary, prec::shift);
        set(token_kind::right_shift, nullptr, &binary, prec::shift);
        set(token_kind::amper, nullptr, &binary, prec::bit_and);
        set(token_kind::circumflex, nullptr, &binary, prec::bit_xor);
        set(token_kind::vbar, nullptr, &binary, prec::bit_or);
        set(token_kind::double_star, nullptr, &power, prec::power);
        for (token_kind k : {token_kind::less, token_kind::greater, token_kind::less_equal, token_kind::greater_equal,
                             token_kind::eq_equal, token_kind::not_equal, token_kind::kw_in, token_kind::kw_is}) {
            set(k, nullptr, &comparison, prec::comparison);
        }
        t[static_cast<std::size_t>(token_kind::kw_not)].infix = &comparison;
        set(token_kind::kw_and, nullptr, &boolean, prec::and_);
        set(token_kind::kw_or, nullptr, &boolean, prec::or_);
        set(token_kind::kw_if, nullptr, &ternary, prec::ternary);
        return t;
    }();
    return table[static_cast<std::size_t>(which)];
}

expr* binary(parser& p, expr* left, const token& start) {
    const token op = p.advance();
    const prec pr = rule_for(op.kind).precedence;
    expr* right = p.precedence(next_higher(pr));
    if (!right) return nullptr;
    auto* e = p.make<bin_op_expr>(op);
    p.begin(e, start);
    e->left = left;
    e->op = binary_op_for(op.kind);
    e->right = right;
    p.finish(e);
    return e;
}

expr* power(parser& p, expr* left, const token& start) {
    const token op = p.advance();
    expr* right = p.precedence(prec::unary);  // right associative, and `2 ** -1`
    if (!right) return nullptr;
    auto* e = p.make<bin_op_expr>(op);
    p.begin(e, start);
    e->left = left;
    e->op = binary_op::pow;
    e->right = right;
    p.finish(e);
    return e;
}

bool comparison_op(parser& p, cmp_op& out) {
    const token_kind k = p.peek().kind;
    switch (k) {
        case token_kind::less:
            out = cmp_op::lt;
            break;
        case token_kind::greater:
            out = cmp_op::gt;
            break;
        case token_kind::less_equal:
            out = cmp_op::lt_e;
            break;
        case token_kind::greater_equal:
            out = cmp_op::gt_e;
            break;
        case token_kind::eq_equal:
            out = cmp_op::eq;
            break;
        case token_kind::not_equal:
            out = cmp_op::not_eq_;
            break;
        case token_kind::kw_in:
            out = cmp_op::in;
            break;
        case token_kind::kw_is:
            p.advance();
            out = p.match(token_kind::kw_not) ? cmp_op::is_not : cmp_op::is;
            return true;
        case token_kind::kw_not:
            if (p.peek(1).kind != token_kind::kw_in) return false;
            p.advance();
            out = cmp_op::not_in;
            break;
        default:
            return false;
    }
    p.advance();
    return true;
}

expr* comparison(parser& p, expr* left, const token& start) {
    auto* e = p.make<compare_expr>(p.peek());
    p.begin(e, start);
    e->left = left;
    cmp_op op{};
    while (comparison_op(p, op)) {
        expr* right = p.precedence(prec::bit_or);
        if (!right) return nullptr;
        e->ops.push_back(op);
        e->comparators.push_back(right);
    }
    p.finish(e);
    return e;
}

expr* boolean(parser& p, expr* left, const token& start) {
    const token_kind k = p.peek().kind;
    auto* e = p.make<bool_op_expr>(p.peek());
    p.begin(e, start);
    e->op = k == token_kind::kw_and ? bool_op::and_ : bool_op::or_;
    e->values.push_back(left);
    while (p.match(k)) {
        expr* right = p.precedence(k == token_kind::kw_and ? prec::not_ : prec::and_);
        if (!right) return nullptr;
        e->values.push_back(right);
    }
    p.finish(e);
    return e;
}

expr* ternary(parser& p, expr* left, const token& start) {
    // `body if` must be followed by `test else`; a bare `x if y` is a syntax error ("expected 'else' after 'if'").
    p.advance();
    auto* e = p.make<if_exp_expr>(p.peek());
    p.begin(e, start);
    e->body = left;
    e->test = p.precedence(prec::or_);
    if (!e->test) return nullptr;
    if (!p.check(token_kind::kw_else)) {
        if (!p.failed())
            p.error_range(left->pos.line, left->pos.col, p.m_prev.end_line, p.m_prev.end_col,
                          "expected 'else' after 'if' expression");
        return nullptr;
    }
    p.advance();
    e->orelse = p.expression();
    if (!e->orelse) return nullptr;
    p.finish(e);
    return e;
}

}  // namespace

expr* parser::precedence(prec min) {
    if (!enter()) return nullptr;
    const token start = peek();
    const parse_rule& r = rule_for(start.kind);
    expr* left = nullptr;
    if (r.prefix && prefix_level(start.kind) < min) {
        invalid_syntax();  // `a + not b`, `a or lambda: b`: CPython's grammar has no such operand
    } else if (r.prefix) {
        left = (this->*r.prefix)();
    } else {
        invalid_syntax();
    }
    while (left && !failed()) {
        const token_kind k = peek().kind;
        const parse_rule& ir = rule_for(k);
        if (!ir.infix || ir.precedence < min) break;
        if (k == token_kind::kw_not && peek(1).kind != token_kind::kw_in) break;
        left = ir.infix(*this, left, start);
    }
    leave();
    if (left) m_last_expr = left;
    return failed() ? nullptr : left;
}

expr* parser::prefix() {
    const token op = advance();
    if (op.kind == token_kind::kw_await) {
        auto* e = make<await_expr>(op);
        e->value = precedence(prec::await);
        if (!e->value) return nullptr;
        finish(e);
        if (!m_scope.in_function) {
            compile_error(*e, "'await' outside function");
        } else if (!m_scope.is_async) {
            compile_error(*e, "'await' outside async function");
        }
        return e;
    }
    if (op.kind == token_kind::kw_not) {
        auto* e = make<unary_op_expr>(op);
        e->op = unary_op::not_;
        e->operand = precedence(prec::not_);
        if (!e->operand) return nullptr;
        finish(e);
        return e;
    }
    if (op.kind == token_kind::minus && check(token_kind::number) && peek().text == "9223372036854775808") {
        const token& after = peek(1);
        if (after.kind != token_kind::double_star && after.kind != token_kind::dot && after.kind != token_kind::lpar &&
            after.kind != token_kind::lsqb) {
            advance();
            auto* c = make<constant_expr>(op);
            c->value_kind = constant_kind::int_;
            c->int_value = INT64_MIN;
            finish(c);
            return c;
        }
    }
    auto* e = make<unary_op_expr>(op);
    e->op = op.kind == token_kind::minus  ? unary_op::usub
            : op.kind == token_kind::plus ? unary_op::uadd
                                          : unary_op::invert;
    e->operand = precedence(prec::unary);
    if (!e->operand) return nullptr;
    finish(e);
    return e;
}

expr* parser::expression() { return precedence(prec::ternary); }

expr* parser::named_expression() {
    if (check(token_kind::name) && peek(1).kind == token_kind::colon_equal) {
        const token name = advance();
        advance();
        auto* target = make<name_expr>(name);
        target->id = std::string(name.text);
        target->ctx = expr_context::store;
        finish(target);
        target->pos.end_line = name.end_line;
        target->pos.end_col = name.end_col;
        auto* e = make<named_expr>(name);
        e->target = target;
        e->value = expression();
        if (!e->value) return nullptr;
        finish(e);
        return e;
    }
    return expression();
}

expr* parser::star_named_expression() {
    if (check(token_kind::star)) {
        const token star = advance();
        auto* e = make<starred_expr>(star);
        e->value = precedence(prec::bit_or);
        if (!e->value) return nullptr;
        finish(e);
        return e;
    }
    return named_expression();
}

expr* parser::star_expressions(bool allow_yield) {
    if (allow_yield && check(token_kind::kw_yield)) return yield_expression();
    const token start = peek();
    auto one = [this]() -> expr* {
        if (check(token_kind::star)) return star_named_expression();
        return expression();
    };
    expr* first = one();
    if (!first || !check(token_kind::comma)) return first;
    auto* t = make<tuple_expr>(start);
    t->elts.push_back(first);
    while (match(token_kind::comma)) {
        const token_kind k = peek().kind;
        if (k != token_kind::star && !rule_for(k).prefix) break;
        expr* e = one();
        if (!e) return nullptr;
        t->elts.push_back(e);
    }
    finish(t);
    return t;
}

bool parser::can_start_expression(token_kind k) { return k == token_kind::star || rule_for(k).prefix != nullptr; }

}  // namespace looplab::python::detail
