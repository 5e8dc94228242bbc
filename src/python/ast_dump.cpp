// ast_dump.cpp — the AST dump of statements (dumper::node(const stmt&)) and the public ast_dump overloads.
#include "python/ast_dumper.h"

namespace looplab::python {
namespace detail {

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

}  // namespace detail

using detail::dumper;

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
