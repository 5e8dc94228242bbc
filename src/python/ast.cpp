// LoopLab Python's AST dump: a compact S-expression of a tree, for tests, debugging and the fuzz target.
// [SECTION] dumper helpers (quoting, lists, parameters)
// [SECTION] expressions: dumper::node(const expr&)
// [SECTION] statements: dumper::node(const stmt&)
// [SECTION] public ast_dump overloads
#include <cstdio>

#include "python/ast.h"

namespace looplab::python {
namespace {

// Writes nodes depth-first; nesting is bounded by the parser's limits, so recursion depth is bounded too.
class dumper {
public:
    std::string out;
    bool positions = false;

    void at(const node& n) {
        if (!positions) return;
        word("@" + std::to_string(n.pos.line) + ":" + std::to_string(n.pos.col) + "-" + std::to_string(n.pos.end_line) +
             ":" + std::to_string(n.pos.end_col));
    }

    void quoted(std::string_view s) {
        out += '"';
        for (char c : s) {
            if (c == '"' || c == '\\') {
                out += '\\';
                out += c;
            } else if (c == '\n') {
                out += "\\n";
            } else if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(c));
                out += buf;
            } else {
                out += c;
            }
        }
        out += '"';
    }
    void open(std::string_view name) {
        if (!out.empty() && out.back() != '(') out += ' ';
        out += '(';
        out += name;
    }
    void close() { out += ')'; }
    void word(std::string_view w) {
        out += ' ';
        out += w;
    }
    void opt(const expr* e) {
        if (e) {
            node(*e);
        } else {
            word("_");
        }
    }
    void list(std::string_view name, const std::vector<expr*>& es) {
        open(name);
        for (const expr* e : es) opt(e);
        close();
    }
    void body(std::string_view name, const std::vector<stmt*>& ss) {
        open(name);
        for (const stmt* s : ss) node(*s);
        close();
    }
    static std::string_view ctx(expr_context c) {
        return c == expr_context::store ? "store" : c == expr_context::del ? "del" : "load";
    }
    void generators(const std::vector<comprehension*>& gs) {
        for (const comprehension* g : gs) {
            open("for");
            node(*g->target);
            node(*g->iter);
            for (const expr* i : g->ifs) {
                open("if");
                node(*i);
                close();
            }
            close();
        }
    }
    void args(const arguments& a) {
        open("args");
        auto params = [this](std::string_view name, const std::vector<arg*>& ps) {
            if (ps.empty()) return;
            open(name);
            for (const arg* p : ps) word(p->name);
            close();
        };
        params("posonly", a.posonlyargs);
        params("pos", a.args);
        if (a.vararg) {
            open("star");
            word(a.vararg->name);
            close();
        }
        params("kwonly", a.kwonlyargs);
        if (a.kwarg) {
            open("kwargs");
            word(a.kwarg->name);
            close();
        }
        if (!a.defaults.empty()) list("defaults", a.defaults);
        if (!a.kw_defaults.empty()) list("kw_defaults", a.kw_defaults);
        close();
    }
    void node(const expr& e);
    void node(const stmt& s);
};

constexpr std::string_view binary_names[] = {"add", "sub",    "mult",   "matmult", "div",    "floordiv", "mod",
                                             "pow", "lshift", "rshift", "bitor",   "bitxor", "bitand"};
constexpr std::string_view cmp_names[] = {"eq", "noteq", "lt", "lte", "gt", "gte", "is", "isnot", "in", "notin"};
constexpr std::string_view unary_names[] = {"invert", "not", "uadd", "usub"};

// [SECTION] expressions
void dumper::node(const expr& e) {
    switch (e.kind) {
        case expr_kind::bool_op: {
            const auto& x = e.as<bool_op_expr>();
            open(x.op == bool_op::and_ ? "and" : "or");
            for (const expr* v : x.values) node(*v);
            break;
        }
        case expr_kind::named: {
            const auto& x = e.as<named_expr>();
            open("walrus");
            node(*x.target);
            node(*x.value);
            break;
        }
        case expr_kind::bin_op: {
            const auto& x = e.as<bin_op_expr>();
            open(binary_names[static_cast<int>(x.op)]);
            node(*x.left);
            node(*x.right);
            break;
        }
        case expr_kind::unary_op: {
            const auto& x = e.as<unary_op_expr>();
            open(unary_names[static_cast<int>(x.op)]);
            node(*x.operand);
            break;
        }
        case expr_kind::lambda: {
            const auto& x = e.as<lambda_expr>();
            open("lambda");
            args(*x.args);
            node(*x.body);
            break;
        }
        case expr_kind::if_exp: {
            const auto& x = e.as<if_exp_expr>();
            open("ifexp");
            node(*x.test);
            node(*x.body);
            node(*x.orelse);
            break;
        }
        case expr_kind::dict: {
            const auto& x = e.as<dict_expr>();
            open("dict");
            for (std::size_t i = 0; i < x.keys.size(); ++i) {
                opt(x.keys[i]);
                opt(x.values[i]);
            }
            break;
        }
        case expr_kind::set:
            open("set");
            for (const expr* v : e.as<set_expr>().elts) node(*v);
            break;
        case expr_kind::list_comp:
            open("listcomp");
            node(*e.as<list_comp_expr>().elt);
            generators(e.as<list_comp_expr>().generators);
            break;
        case expr_kind::set_comp:
            open("setcomp");
            node(*e.as<set_comp_expr>().elt);
            generators(e.as<set_comp_expr>().generators);
            break;
        case expr_kind::dict_comp:
            open("dictcomp");
            node(*e.as<dict_comp_expr>().key);
            node(*e.as<dict_comp_expr>().value);
            generators(e.as<dict_comp_expr>().generators);
            break;
        case expr_kind::generator_exp:
            open("genexp");
            node(*e.as<generator_exp_expr>().elt);
            generators(e.as<generator_exp_expr>().generators);
            break;
        case expr_kind::await:
            open("await");
            node(*e.as<await_expr>().value);
            break;
        case expr_kind::yield:
            open("yield");
            if (e.as<yield_expr>().value) node(*e.as<yield_expr>().value);
            break;
        case expr_kind::yield_from:
            open("yield_from");
            node(*e.as<yield_from_expr>().value);
            break;
        case expr_kind::compare: {
            const auto& x = e.as<compare_expr>();
            open("compare");
            node(*x.left);
            for (std::size_t i = 0; i < x.ops.size(); ++i) {
                word(cmp_names[static_cast<int>(x.ops[i])]);
                node(*x.comparators[i]);
            }
            break;
        }
        case expr_kind::call: {
            const auto& x = e.as<call_expr>();
            open("call");
            node(*x.func);
            for (const expr* a : x.args) node(*a);
            for (const keyword* k : x.keywords) {
                open(k->arg.empty() ? "**" : "kw");
                if (!k->arg.empty()) word(k->arg);
                node(*k->value);
                close();
            }
            break;
        }
        case expr_kind::formatted_value: {
            const auto& x = e.as<formatted_value_expr>();
            open("fv");
            node(*x.value);
            if (x.conversion) word(std::string("!") + x.conversion);
            if (x.format_spec) node(*x.format_spec);
            break;
        }
        case expr_kind::joined_str:
            open("fstr");
            for (const expr* v : e.as<joined_str_expr>().values) node(*v);
            break;
        case expr_kind::constant: {
            const auto& x = e.as<constant_expr>();
            switch (x.value_kind) {
                case constant_kind::none:
                    open("None");
                    break;
                case constant_kind::true_:
                    open("True");
                    break;
                case constant_kind::false_:
                    open("False");
                    break;
                case constant_kind::ellipsis:
                    open("...");
                    break;
                case constant_kind::int_:
                    open("int");
                    word(std::to_string(x.int_value));
                    break;
                case constant_kind::float_: {
                    char buf[40];
                    std::snprintf(buf, sizeof buf, "%.17g", x.float_value);
                    open("float");
                    word(buf);
                    break;
                }
                case constant_kind::str:
                    open("str");
                    out += ' ';
                    quoted(x.str_value);
                    break;
            }
            break;
        }
        case expr_kind::attribute: {
            const auto& x = e.as<attribute_expr>();
            open("attr");
            node(*x.value);
            word(x.attr);
            if (x.ctx != expr_context::load) word(ctx(x.ctx));
            break;
        }
        case expr_kind::subscript: {
            const auto& x = e.as<subscript_expr>();
            open("sub");
            node(*x.value);
            node(*x.slice);
            if (x.ctx != expr_context::load) word(ctx(x.ctx));
            break;
        }
        case expr_kind::starred: {
            const auto& x = e.as<starred_expr>();
            open("star");
            node(*x.value);
            if (x.ctx != expr_context::load) word(ctx(x.ctx));
            break;
        }
        case expr_kind::name: {
            const auto& x = e.as<name_expr>();
            open("name");
            word(x.id);
            if (x.ctx != expr_context::load) word(ctx(x.ctx));
            break;
        }
        case expr_kind::list: {
            const auto& x = e.as<list_expr>();
            open("list");
            for (const expr* v : x.elts) node(*v);
            if (x.ctx != expr_context::load) word(ctx(x.ctx));
            break;
        }
        case expr_kind::tuple: {
            const auto& x = e.as<tuple_expr>();
            open("tuple");
            for (const expr* v : x.elts) node(*v);
            if (x.ctx != expr_context::load) word(ctx(x.ctx));
            break;
        }
        case expr_kind::slice: {
            const auto& x = e.as<slice_expr>();
            open("slice");
            opt(x.lower);
            opt(x.upper);
            opt(x.step);
            break;
        }
    }
    at(e);
    close();
}

// [SECTION] statements
void dumper::node(const stmt& s) {
    switch (s.kind) {
        case stmt_kind::function_def: {
            const auto& x = s.as<function_def_stmt>();
            open(x.is_async ? "async_def" : "def");
            word(x.name);
            args(*x.args);
            if (!x.decorators.empty()) list("decorators", x.decorators);
            if (x.returns) {
                open("returns");
                node(*x.returns);
                close();
            }
            body("body", x.body);
            break;
        }
        case stmt_kind::class_def: {
            const auto& x = s.as<class_def_stmt>();
            open("class");
            word(x.name);
            list("bases", x.bases);
            if (!x.decorators.empty()) list("decorators", x.decorators);
            body("body", x.body);
            break;
        }
        case stmt_kind::return_:
            open("return");
            opt(s.as<return_stmt>().value);
            break;
        case stmt_kind::delete_:
            open("del");
            for (const expr* t : s.as<delete_stmt>().targets) node(*t);
            break;
        case stmt_kind::assign: {
            const auto& x = s.as<assign_stmt>();
            open("assign");
            for (const expr* t : x.targets) node(*t);
            node(*x.value);
            break;
        }
        case stmt_kind::aug_assign: {
            const auto& x = s.as<aug_assign_stmt>();
            open("augassign");
            node(*x.target);
            word(binary_names[static_cast<int>(x.op)]);
            node(*x.value);
            break;
        }
        case stmt_kind::ann_assign: {
            const auto& x = s.as<ann_assign_stmt>();
            open("annassign");
            node(*x.target);
            node(*x.annotation);
            opt(x.value);
            if (!x.simple) word("nonsimple");
            break;
        }
        case stmt_kind::for_: {
            const auto& x = s.as<for_stmt>();
            open(x.is_async ? "async_for" : "for");
            node(*x.target);
            node(*x.iter);
            body("body", x.body);
            if (!x.orelse.empty()) body("else", x.orelse);
            break;
        }
        case stmt_kind::while_: {
            const auto& x = s.as<while_stmt>();
            open("while");
            node(*x.test);
            body("body", x.body);
            if (!x.orelse.empty()) body("else", x.orelse);
            break;
        }
        case stmt_kind::if_: {
            const auto& x = s.as<if_stmt>();
            open("if");
            node(*x.test);
            body("body", x.body);
            if (!x.orelse.empty()) body("else", x.orelse);
            break;
        }
        case stmt_kind::with: {
            const auto& x = s.as<with_stmt>();
            open(x.is_async ? "async_with" : "with");
            for (const with_item* w : x.items) {
                open("item");
                node(*w->context_expr);
                if (w->optional_vars) node(*w->optional_vars);
                close();
            }
            body("body", x.body);
            break;
        }
        case stmt_kind::raise:
            open("raise");
            opt(s.as<raise_stmt>().exc);
            opt(s.as<raise_stmt>().cause);
            break;
        case stmt_kind::try_: {
            const auto& x = s.as<try_stmt>();
            open("try");
            body("body", x.body);
            for (const except_handler* h : x.handlers) {
                open("except");
                opt(h->type);
                if (!h->name.empty()) word(h->name);
                body("body", h->body);
                close();
            }
            if (!x.orelse.empty()) body("else", x.orelse);
            if (!x.finalbody.empty()) body("finally", x.finalbody);
            break;
        }
        case stmt_kind::assert_:
            open("assert");
            node(*s.as<assert_stmt>().test);
            opt(s.as<assert_stmt>().msg);
            break;
        case stmt_kind::import:
            open("import");
            for (const alias* a : s.as<import_stmt>().names)
                word(a->asname.empty() ? a->name : a->name + "=" + a->asname);
            break;
        case stmt_kind::import_from: {
            const auto& x = s.as<import_from_stmt>();
            open("from");
            word(std::string(static_cast<std::size_t>(x.level), '.') + x.module);
            for (const alias* a : x.names) word(a->asname.empty() ? a->name : a->name + "=" + a->asname);
            break;
        }
        case stmt_kind::global:
            open("global");
            for (const auto& n : s.as<global_stmt>().names) word(n);
            break;
        case stmt_kind::nonlocal:
            open("nonlocal");
            for (const auto& n : s.as<nonlocal_stmt>().names) word(n);
            break;
        case stmt_kind::expr:
            open("expr");
            node(*s.as<expr_stmt>().value);
            break;
        case stmt_kind::pass:
            open("pass");
            break;
        case stmt_kind::break_:
            open("break");
            break;
        case stmt_kind::continue_:
            open("continue");
            break;
    }
    at(s);
    close();
}

}  // namespace

std::string ast_dump(const module& m, bool with_positions) {
    dumper d;
    d.positions = with_positions;
    d.body("module", m.body);
    return d.out;
}

std::string ast_dump(const expr& e) {
    dumper d;
    d.node(e);
    return d.out;
}

std::string ast_dump(const stmt& s) {
    dumper d;
    d.node(s);
    return d.out;
}

}  // namespace looplab::python
