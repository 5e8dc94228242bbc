// compiler_scope.cpp — the compiler's symbol pass: which names are locals, cells, free or global in each scope.
#include "python/compiler_impl.h"

#include <algorithm>

namespace looplab::python::detail {

namespace {

struct collector {
    compiler& c;
    scope_info* cur = nullptr;

    scope_info* open(const node* n, scope_kind k) {
        auto s = std::make_unique<scope_info>();
        s->kind = k;
        s->parent = cur;
        scope_info* raw = s.get();
        if (cur) cur->children.push_back(raw);
        c.m_scopes[n] = std::move(s);
        return raw;
    }
    void assign(const std::string& n) {
        if (cur->assigned.insert(n).second) cur->local_order.push_back(n);
    }
    void use(const std::string& n) { cur->used.insert(n); }

    void params(const arguments& a) {
        auto add = [&](const arg* p) {
            cur->params.push_back(p->name);
            assign(p->name);
        };
        for (auto* p : a.posonlyargs) add(p);
        for (auto* p : a.args) add(p);
        for (auto* p : a.kwonlyargs) add(p);
        if (a.vararg) add(a.vararg);
        if (a.kwarg) add(a.kwarg);
    }
    void defaults(const arguments& a) {
        for (auto* d : a.defaults) expr_(d);
        for (auto* d : a.kw_defaults)
            if (d) expr_(d);
    }

    void target(const expr* e) {
        switch (e->kind) {
            case expr_kind::name:
                assign(e->as<name_expr>().id);
                break;
            case expr_kind::tuple:
                for (auto* x : e->as<tuple_expr>().elts) target(x);
                break;
            case expr_kind::list:
                for (auto* x : e->as<list_expr>().elts) target(x);
                break;
            case expr_kind::starred:
                target(e->as<starred_expr>().value);
                break;
            default:
                expr_(e);
                break;
        }
    }

    void comp(const expr* e, const std::vector<comprehension*>& gens, const expr* a, const expr* b) {
        expr_(gens[0]->iter);  // evaluated in the enclosing scope
        scope_info* saved = cur;
        cur = open(e, scope_kind::comprehension);
        cur->params.push_back(".0");
        assign(".0");
        for (std::size_t i = 0; i < gens.size(); ++i) {
            if (i > 0) expr_(gens[i]->iter);
            target(gens[i]->target);
            for (auto* f : gens[i]->ifs) expr_(f);
        }
        if (a) expr_(a);
        if (b) expr_(b);
        if (e->kind == expr_kind::generator_exp) cur->is_generator = true;
        cur = saved;
    }

    void expr_(const expr* e) {
        if (!e) return;
        switch (e->kind) {
            case expr_kind::bool_op:
                for (auto* v : e->as<bool_op_expr>().values) expr_(v);
                break;
            case expr_kind::named:
                target(e->as<named_expr>().target);
                expr_(e->as<named_expr>().value);
                break;
            case expr_kind::bin_op:
                expr_(e->as<bin_op_expr>().left);
                expr_(e->as<bin_op_expr>().right);
                break;
            case expr_kind::unary_op:
                expr_(e->as<unary_op_expr>().operand);
                break;
            case expr_kind::lambda: {
                const auto& l = e->as<lambda_expr>();
                defaults(*l.args);
                scope_info* saved = cur;
                cur = open(e, scope_kind::function);
                params(*l.args);
                expr_(l.body);
                cur = saved;
                break;
            }
            case expr_kind::if_exp:
                expr_(e->as<if_exp_expr>().test);
                expr_(e->as<if_exp_expr>().body);
                expr_(e->as<if_exp_expr>().orelse);
                break;
            case expr_kind::dict:
                for (auto* k : e->as<dict_expr>().keys) expr_(k);
                for (auto* v : e->as<dict_expr>().values) expr_(v);
                break;
            case expr_kind::set:
                for (auto* v : e->as<set_expr>().elts) expr_(v);
                break;
            case expr_kind::list_comp:
                comp(e, e->as<list_comp_expr>().generators, e->as<list_comp_expr>().elt, nullptr);
                break;
            case expr_kind::set_comp:
                comp(e, e->as<set_comp_expr>().generators, e->as<set_comp_expr>().elt, nullptr);
                break;
            case expr_kind::generator_exp:
                comp(e, e->as<generator_exp_expr>().generators, e->as<generator_exp_expr>().elt, nullptr);
                break;
            case expr_kind::dict_comp:
                comp(e, e->as<dict_comp_expr>().generators, e->as<dict_comp_expr>().key, e->as<dict_comp_expr>().value);
                break;
            case expr_kind::await:
                expr_(e->as<await_expr>().value);
                break;
            case expr_kind::yield:
                cur->is_generator = true;
                expr_(e->as<yield_expr>().value);
                break;
            case expr_kind::yield_from:
                cur->is_generator = true;
                expr_(e->as<yield_from_expr>().value);
                break;
            case expr_kind::compare:
                expr_(e->as<compare_expr>().left);
                for (auto* v : e->as<compare_expr>().comparators) expr_(v);
                break;
            case expr_kind::call:
                expr_(e->as<call_expr>().func);
                for (auto* v : e->as<call_expr>().args) expr_(v);
                for (auto* k : e->as<call_expr>().keywords) expr_(k->value);
                break;
            case expr_kind::formatted_value:
                expr_(e->as<formatted_value_expr>().value);
                expr_(e->as<formatted_value_expr>().format_spec);
                break;
            case expr_kind::joined_str:
                for (auto* v : e->as<joined_str_expr>().values) expr_(v);
                break;
            case expr_kind::constant:
                break;
            case expr_kind::attribute:
                expr_(e->as<attribute_expr>().value);
                break;
            case expr_kind::subscript:
                expr_(e->as<subscript_expr>().value);
                expr_(e->as<subscript_expr>().slice);
                break;
            case expr_kind::starred:
                expr_(e->as<starred_expr>().value);
                break;
            case expr_kind::name: {
                const auto& n = e->as<name_expr>();
                if (n.ctx == expr_context::load)
                    use(n.id);
                else
                    assign(n.id);
                break;
            }
            case expr_kind::list:
                for (auto* v : e->as<list_expr>().elts) expr_(v);
                break;
            case expr_kind::tuple:
                for (auto* v : e->as<tuple_expr>().elts) expr_(v);
                break;
            case expr_kind::slice:
                expr_(e->as<slice_expr>().lower);
                expr_(e->as<slice_expr>().upper);
                expr_(e->as<slice_expr>().step);
                break;
        }
    }

    void stmts(const std::vector<stmt*>& b) {
        for (auto* s : b) stmt_(s);
    }

    void stmt_(const stmt* s) {
        switch (s->kind) {
            case stmt_kind::function_def: {
                const auto& f = s->as<function_def_stmt>();
                for (auto* d : f.decorators) expr_(d);
                defaults(*f.args);
                assign(f.name);
                scope_info* saved = cur;
                cur = open(s, scope_kind::function);
                cur->is_async = f.is_async;
                params(*f.args);
                stmts(f.body);
                cur = saved;
                break;
            }
            case stmt_kind::class_def: {
                const auto& k = s->as<class_def_stmt>();
                for (auto* d : k.decorators) expr_(d);
                for (auto* b : k.bases) expr_(b);
                for (auto* kw : k.keywords) expr_(kw->value);
                assign(k.name);
                scope_info* saved = cur;
                cur = open(s, scope_kind::klass);
                stmts(k.body);
                cur = saved;
                break;
            }
            case stmt_kind::return_:
                expr_(s->as<return_stmt>().value);
                break;
            case stmt_kind::delete_:
                for (auto* t : s->as<delete_stmt>().targets) target(t);
                break;
            case stmt_kind::assign:
                for (auto* t : s->as<assign_stmt>().targets) target(t);
                expr_(s->as<assign_stmt>().value);
                break;
            case stmt_kind::aug_assign: {
                const auto& a = s->as<aug_assign_stmt>();
                if (a.target->kind == expr_kind::name) use(a.target->as<name_expr>().id);
                target(a.target);
                expr_(a.value);
                break;
            }
            case stmt_kind::ann_assign: {
                const auto& a = s->as<ann_assign_stmt>();
                if (a.value) target(a.target);
                expr_(a.value);
                break;
            }
            case stmt_kind::for_: {
                const auto& f = s->as<for_stmt>();
                expr_(f.iter);
                target(f.target);
                stmts(f.body);
                stmts(f.orelse);
                break;
            }
            case stmt_kind::while_:
                expr_(s->as<while_stmt>().test);
                stmts(s->as<while_stmt>().body);
                stmts(s->as<while_stmt>().orelse);
                break;
            case stmt_kind::if_:
                expr_(s->as<if_stmt>().test);
                stmts(s->as<if_stmt>().body);
                stmts(s->as<if_stmt>().orelse);
                break;
            case stmt_kind::with:
                for (auto* it : s->as<with_stmt>().items) {
                    expr_(it->context_expr);
                    if (it->optional_vars) target(it->optional_vars);
                }
                stmts(s->as<with_stmt>().body);
                break;
            case stmt_kind::raise:
                expr_(s->as<raise_stmt>().exc);
                expr_(s->as<raise_stmt>().cause);
                break;
            case stmt_kind::try_: {
                const auto& t = s->as<try_stmt>();
                stmts(t.body);
                for (auto* h : t.handlers) {
                    expr_(h->type);
                    if (!h->name.empty()) assign(h->name);
                    stmts(h->body);
                }
                stmts(t.orelse);
                stmts(t.finalbody);
                break;
            }
            case stmt_kind::assert_:
                expr_(s->as<assert_stmt>().test);
                expr_(s->as<assert_stmt>().msg);
                break;
            case stmt_kind::import:
                for (auto* a : s->as<import_stmt>().names) {
                    const std::string& n = a->asname.empty() ? a->name.substr(0, a->name.find('.')) : a->asname;
                    assign(n);
                }
                break;
            case stmt_kind::import_from:
                for (auto* a : s->as<import_from_stmt>().names) assign(a->asname.empty() ? a->name : a->asname);
                break;
            case stmt_kind::global:
                for (auto& n : s->as<global_stmt>().names) cur->globals.insert(n);
                break;
            case stmt_kind::nonlocal:
                for (auto& n : s->as<nonlocal_stmt>().names) cur->nonlocals.insert(n);
                break;
            case stmt_kind::expr:
                expr_(s->as<expr_stmt>().value);
                break;
            case stmt_kind::pass:
            case stmt_kind::break_:
            case stmt_kind::continue_:
                break;
        }
    }
};

bool is_local(const scope_info* s, const std::string& n) {
    return s->assigned.count(n) && !s->globals.count(n) && !s->nonlocals.count(n);
}

}  // namespace

void compiler::collect_module(const module& tree) {
    collector col{*this};
    col.cur = col.open(nullptr, scope_kind::module);
    col.stmts(tree.body);
}

void compiler::analyze(scope_info* s, std::vector<scope_info*>& stack) {
    if (s->kind != scope_kind::module) {
        std::vector<std::string> wanted(s->used.begin(), s->used.end());
        for (auto& n : s->nonlocals) wanted.push_back(n);
        for (const std::string& n : wanted) {
            if (s->kind != scope_kind::klass && is_local(s, n)) continue;
            if (s->kind == scope_kind::klass && s->assigned.count(n)) continue;
            if (s->globals.count(n)) continue;
            // The nearest enclosing function scope (classes are skipped) that has n as a local owns the cell.
            scope_info* owner = nullptr;
            for (std::size_t i = stack.size(); i-- > 0;) {
                scope_info* up = stack[i];
                if (up->kind == scope_kind::module) break;
                if (up->kind == scope_kind::klass) continue;
                if (up->globals.count(n)) break;
                if (is_local(up, n)) {
                    owner = up;
                    break;
                }
            }
            if (!owner) continue;
            if (owner->cells.insert(n).second) owner->cell_order.push_back(n);
            bool inside = false;
            for (scope_info* up : stack) {
                if (up == owner) {
                    inside = true;
                    continue;
                }
                if (inside && up->frees.insert(n).second) up->free_order.push_back(n);
            }
            if (s->frees.insert(n).second) s->free_order.push_back(n);
        }
    }
    stack.push_back(s);
    for (scope_info* c : s->children) analyze(c, stack);
    stack.pop_back();
}

}  // namespace looplab::python::detail
