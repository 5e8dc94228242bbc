// compiler_expr.cpp — the compiler's expressions: operators, calls, displays, f-strings (lambda and comprehensions are
// in compiler_nested.cpp).
#include "python/compiler_impl.h"

namespace looplab::python::detail {

namespace {
bool has_star(const std::vector<expr*>& v) {
    for (auto* e : v)
        if (e->kind == expr_kind::starred) return true;
    return false;
}
}  // namespace

void compiler::condition_jump(const expr& e, bool jump_if, std::vector<std::uint32_t>& patches) {
    if (e.kind == expr_kind::unary_op && e.as<unary_op_expr>().op == unary_op::not_) {
        condition_jump(*e.as<unary_op_expr>().operand, !jump_if, patches);
        return;
    }
    if (e.kind == expr_kind::bool_op) {
        const auto& b = e.as<bool_op_expr>();
        const bool is_and = b.op == bool_op::and_;
        if (is_and != jump_if) {  // and+jump_if_false / or+jump_if_true: any operand decides
            for (auto* v : b.values) condition_jump(*v, jump_if, patches);
        } else {
            std::vector<std::uint32_t> skip;
            for (std::size_t i = 0; i + 1 < b.values.size(); ++i) condition_jump(*b.values[i], !jump_if, skip);
            condition_jump(*b.values.back(), jump_if, patches);
            for (auto p : skip) patch(p, here());
        }
        return;
    }
    expression(e);
    patches.push_back(emit(jump_if ? op::pop_jump_if_true : op::pop_jump_if_false));
}

void compiler::compare(const compare_expr& c) {
    expression(*c.left);
    auto one = [&](cmp_op o) {
        switch (o) {
            case cmp_op::is:
                emit(op::is_op, 0);
                break;
            case cmp_op::is_not:
                emit(op::is_op, 1);
                break;
            case cmp_op::in:
                emit(op::contains_op, 0);
                break;
            case cmp_op::not_in:
                emit(op::contains_op, 1);
                break;
            default:
                emit(op::compare_op, static_cast<std::uint32_t>(o));
        }
    };
    if (c.ops.size() == 1) {
        expression(*c.comparators[0]);
        one(c.ops[0]);
        return;
    }
    std::vector<std::uint32_t> cleanup;
    for (std::size_t i = 0; i + 1 < c.ops.size(); ++i) {
        expression(*c.comparators[i]);
        emit(op::dup_top);
        emit(op::rot_three);
        one(c.ops[i]);
        cleanup.push_back(emit(op::jump_if_false_or_pop));
    }
    expression(*c.comparators.back());
    one(c.ops.back());
    const std::uint32_t end = emit(op::jump);
    for (auto p : cleanup) patch(p, here());
    emit(op::rot_two);
    emit(op::pop_top);
    patch(end, here());
}

void compiler::call(const call_expr& c) {
    bool star = has_star(c.args);
    for (auto* k : c.keywords)
        if (k->arg.empty()) star = true;
    if (star) {
        expression(*c.func);
        emit(op::build_list, 0);
        for (auto* a : c.args) {
            if (a->kind == expr_kind::starred) {
                expression(*a->as<starred_expr>().value);
                emit(op::list_extend, 1);
            } else {
                expression(*a);
                emit(op::list_append, 1);
            }
        }
        emit(op::list_to_tuple);
        if (!c.keywords.empty()) {
            emit(op::build_map, 0);
            for (auto* k : c.keywords) {
                if (k->arg.empty()) {
                    expression(*k->value);
                    emit(op::dict_update, 1);
                } else {
                    emit(op::load_const, const_str(k->arg));
                    expression(*k->value);
                    emit(op::map_add, 1);
                }
            }
        }
        emit(op::call_ex, c.keywords.empty() ? 0 : 1);
        return;
    }
    const auto argc = static_cast<std::uint32_t>(c.args.size() + c.keywords.size());
    if (c.func->kind == expr_kind::attribute && c.keywords.empty()) {
        const auto& a = c.func->as<attribute_expr>();
        expression(*a.value);
        emit(op::load_method, add_name(a.attr));
        for (auto* e : c.args) expression(*e);
        set_line(c.pos.line);
        emit(op::call, argc | 0x800000u);
        return;
    }
    expression(*c.func);
    for (auto* e : c.args) expression(*e);
    if (c.keywords.empty()) {
        set_line(c.pos.line);
        emit(op::call, argc);
        return;
    }
    auto* names = m_heap.make<tuple_object>();
    value keep = value::from_obj(names);
    for (auto* k : c.keywords) {
        expression(*k->value);
        auto* s = m_heap.make<str_object>();
        s->s = k->arg;
        names->items.push_back(value::from_obj(s));
    }
    emit(op::load_const, add_const(keep));
    set_line(c.pos.line);
    emit(op::call_kw, argc);
}

void compiler::fstring(const joined_str_expr& j) {
    std::uint32_t parts = 0;
    for (auto* v : j.values) {
        if (v->kind == expr_kind::constant) {
            expression(*v);
        } else if (v->kind == expr_kind::formatted_value) {
            const auto& f = v->as<formatted_value_expr>();
            expression(*f.value);
            std::uint32_t flags = f.conversion == 'r' ? 2 : f.conversion == 'a' ? 3 : f.conversion == 's' ? 1 : 0;
            if (f.format_spec) {
                expression(*f.format_spec);
                flags |= 4;
            }
            emit(op::format_value, flags);
        } else {
            expression(*v);
        }
        ++parts;
    }
    if (parts != 1) emit(op::build_string, parts);
    if (parts == 1 && j.values[0]->kind == expr_kind::constant) return;
}

void compiler::expression(const expr& e) {
    if (m_failed) return;
    if (e.pos.line > 0 && e.pos.line != m_line) set_line(e.pos.line);
    switch (e.kind) {
        case expr_kind::bool_op: {
            const auto& b = e.as<bool_op_expr>();
            std::vector<std::uint32_t> ends;
            for (std::size_t i = 0; i < b.values.size(); ++i) {
                expression(*b.values[i]);
                if (i + 1 < b.values.size())
                    ends.push_back(emit(b.op == bool_op::and_ ? op::jump_if_false_or_pop : op::jump_if_true_or_pop));
            }
            for (auto p : ends) patch(p, here());
            break;
        }
        case expr_kind::named:
            expression(*e.as<named_expr>().value);
            emit(op::dup_top);
            assign_target(*e.as<named_expr>().target);
            break;
        case expr_kind::bin_op:
            expression(*e.as<bin_op_expr>().left);
            expression(*e.as<bin_op_expr>().right);
            set_line(e.pos.line);
            emit(op::binary_op, static_cast<std::uint32_t>(e.as<bin_op_expr>().op));
            break;
        case expr_kind::unary_op:
            expression(*e.as<unary_op_expr>().operand);
            emit(op::unary_op, static_cast<std::uint32_t>(e.as<unary_op_expr>().op));
            break;
        case expr_kind::lambda:
            lambda(e.as<lambda_expr>());
            break;
        case expr_kind::if_exp: {
            const auto& i = e.as<if_exp_expr>();
            std::vector<std::uint32_t> to_else;
            condition_jump(*i.test, false, to_else);
            expression(*i.body);
            const std::uint32_t end = emit(op::jump);
            for (auto p : to_else) patch(p, here());
            expression(*i.orelse);
            patch(end, here());
            break;
        }
        case expr_kind::dict: {
            const auto& d = e.as<dict_expr>();
            bool unpack = false;
            for (auto* k : d.keys)
                if (!k) unpack = true;
            if (!unpack) {
                for (std::size_t i = 0; i < d.keys.size(); ++i) {
                    expression(*d.keys[i]);
                    expression(*d.values[i]);
                }
                emit(op::build_map, static_cast<std::uint32_t>(d.keys.size()));
            } else {
                emit(op::build_map, 0);
                for (std::size_t i = 0; i < d.keys.size(); ++i) {
                    if (!d.keys[i]) {
                        expression(*d.values[i]);
                        emit(op::dict_update, 1);
                    } else {
                        expression(*d.keys[i]);
                        expression(*d.values[i]);
                        emit(op::map_add, 1);
                    }
                }
            }
            break;
        }
        case expr_kind::set:
        case expr_kind::list:
        case expr_kind::tuple: {
            const auto& elts = e.kind == expr_kind::set    ? e.as<set_expr>().elts
                               : e.kind == expr_kind::list ? e.as<list_expr>().elts
                                                           : e.as<tuple_expr>().elts;
            if (!has_star(elts)) {
                for (auto* x : elts) expression(*x);
                const auto n = static_cast<std::uint32_t>(elts.size());
                emit(e.kind == expr_kind::set    ? op::build_set
                     : e.kind == expr_kind::list ? op::build_list
                                                 : op::build_tuple,
                     n);
                break;
            }
            emit(e.kind == expr_kind::set ? op::build_set : op::build_list, 0);
            for (auto* x : elts) {
                if (x->kind == expr_kind::starred) {
                    expression(*x->as<starred_expr>().value);
                    emit(e.kind == expr_kind::set ? op::set_update : op::list_extend, 1);
                } else {
                    expression(*x);
                    emit(e.kind == expr_kind::set ? op::set_add : op::list_append, 1);
                }
            }
            if (e.kind == expr_kind::tuple) emit(op::list_to_tuple);
            break;
        }
        case expr_kind::list_comp:
            make_comprehension(e, e.as<list_comp_expr>().generators, 0, e.as<list_comp_expr>().elt, nullptr,
                               "<listcomp>");
            break;
        case expr_kind::set_comp:
            make_comprehension(e, e.as<set_comp_expr>().generators, 1, e.as<set_comp_expr>().elt, nullptr, "<setcomp>");
            break;
        case expr_kind::dict_comp:
            make_comprehension(e, e.as<dict_comp_expr>().generators, 2, e.as<dict_comp_expr>().value,
                               e.as<dict_comp_expr>().key, "<dictcomp>");
            break;
        case expr_kind::generator_exp:
            make_comprehension(e, e.as<generator_exp_expr>().generators, 3, e.as<generator_exp_expr>().elt, nullptr,
                               "<genexpr>");
            break;
        case expr_kind::await:
            expression(*e.as<await_expr>().value);
            emit_await();
            break;
        case expr_kind::yield:
            if (e.as<yield_expr>().value)
                expression(*e.as<yield_expr>().value);
            else
                emit(op::load_const, add_const(value::none()));
            emit(op::yield_value);
            break;
        case expr_kind::yield_from: {
            expression(*e.as<yield_from_expr>().value);
            emit(op::get_yield_from_iter);
            emit(op::load_const, add_const(value::none()));
            const std::uint32_t loop = emit(op::send);
            emit(op::yield_value);
            emit(op::jump, loop);
            patch(loop, here());
            break;
        }
        case expr_kind::compare:
            compare(e.as<compare_expr>());
            break;
        case expr_kind::call:
            call(e.as<call_expr>());
            break;
        case expr_kind::formatted_value: {
            auto* j = static_cast<const joined_str_expr*>(nullptr);
            (void)j;
            const auto& f = e.as<formatted_value_expr>();
            expression(*f.value);
            std::uint32_t flags = f.conversion == 'r' ? 2 : f.conversion == 'a' ? 3 : f.conversion == 's' ? 1 : 0;
            if (f.format_spec) {
                expression(*f.format_spec);
                flags |= 4;
            }
            emit(op::format_value, flags);
            break;
        }
        case expr_kind::joined_str:
            if (e.as<joined_str_expr>().values.empty()) {
                emit(op::load_const, const_str(""));
                break;
            }
            fstring(e.as<joined_str_expr>());
            break;
        case expr_kind::constant: {
            const auto& c = e.as<constant_expr>();
            switch (c.value_kind) {
                case constant_kind::none:
                    emit(op::load_const, add_const(value::none()));
                    break;
                case constant_kind::true_:
                    emit(op::load_const, add_const(value::from_bool(true)));
                    break;
                case constant_kind::false_:
                    emit(op::load_const, add_const(value::from_bool(false)));
                    break;
                case constant_kind::ellipsis:
                    emit(op::load_global, add_name("Ellipsis"));
                    break;
                case constant_kind::int_:
                    emit(op::load_const, const_int(c.int_value));
                    break;
                case constant_kind::float_:
                    emit(op::load_const, add_const(value::from_float(c.float_value)));
                    break;
                case constant_kind::str:
                    emit(op::load_const, const_str(c.str_value));
                    break;
            }
            break;
        }
        case expr_kind::attribute:
            expression(*e.as<attribute_expr>().value);
            set_line(e.pos.line);
            emit(op::load_attr, add_name(e.as<attribute_expr>().attr));
            break;
        case expr_kind::subscript:
            expression(*e.as<subscript_expr>().value);
            expression(*e.as<subscript_expr>().slice);
            set_line(e.pos.line);
            emit(op::binary_subscr);
            break;
        case expr_kind::starred:
            fail(e, "a starred expression here is");
            break;
        case expr_kind::name:
            load_name(e.as<name_expr>().id);
            break;
        case expr_kind::slice: {
            const auto& s = e.as<slice_expr>();
            auto part = [&](const expr* p) {
                if (p)
                    expression(*p);
                else
                    emit(op::load_const, add_const(value::none()));
            };
            part(s.lower);
            part(s.upper);
            if (s.step) {
                part(s.step);
                emit(op::build_slice, 3);
            } else {
                emit(op::build_slice, 2);
            }
            break;
        }
    }
}

}  // namespace looplab::python::detail
