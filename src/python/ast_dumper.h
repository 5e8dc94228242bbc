// ast_dumper.h — the AST dump's writer, shared by ast_dump_expr.cpp (expressions) and ast_dump.cpp (statements).
#pragma once
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "python/ast.h"

namespace looplab::python::detail {

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

inline constexpr std::string_view binary_names[] = {"add", "sub",    "mult",   "matmult", "div",    "floordiv", "mod",
                                                    "pow", "lshift", "rshift", "bitor",   "bitxor", "bitand"};
inline constexpr std::string_view cmp_names[] = {"eq", "noteq", "lt", "lte", "gt", "gte", "is", "isnot", "in", "notin"};
inline constexpr std::string_view unary_names[] = {"invert", "not", "uadd", "usub"};

}  // namespace looplab::python::detail
