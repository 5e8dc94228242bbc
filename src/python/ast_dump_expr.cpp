// ast_dump_expr.cpp — the AST dump of expressions: dumper::node(const expr&) (the writer is in ast_dumper.h).
#include "python/ast_dumper.h"

namespace looplab::python::detail {

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

}  // namespace looplab::python::detail
