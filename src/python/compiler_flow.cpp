// compiler_flow.cpp — the compiler's statement switch: simple statements, if/while/for, break/continue/return.
#include "python/compiler_impl.h"

namespace looplab::python::detail {

void compiler::statement(const stmt& s) {
    set_line(s.pos.line);
    switch (s.kind) {
        case stmt_kind::function_def:
            function_def(s.as<function_def_stmt>());
            break;
        case stmt_kind::class_def:
            class_def(s.as<class_def_stmt>());
            break;
        case stmt_kind::return_: {
            const auto& r = s.as<return_stmt>();
            if (r.value)
                expression(*r.value);
            else
                emit(op::load_const, add_const(value::none()));
            unwind_to(0, true);
            set_line(s.pos.line);
            emit(op::return_value);
            break;
        }
        case stmt_kind::delete_:
            for (const expr* t : s.as<delete_stmt>().targets) {
                switch (t->kind) {
                    case expr_kind::name:
                        delete_name(t->as<name_expr>().id);
                        break;
                    case expr_kind::attribute:
                        expression(*t->as<attribute_expr>().value);
                        emit(op::delete_attr, add_name(t->as<attribute_expr>().attr));
                        break;
                    case expr_kind::subscript:
                        expression(*t->as<subscript_expr>().value);
                        expression(*t->as<subscript_expr>().slice);
                        emit(op::delete_subscr);
                        break;
                    default:
                        fail(*t, "this del target is");
                }
            }
            break;
        case stmt_kind::assign: {
            const auto& a = s.as<assign_stmt>();
            expression(*a.value);
            for (std::size_t i = 0; i < a.targets.size(); ++i) {
                if (i + 1 < a.targets.size()) emit(op::dup_top);
                assign_target(*a.targets[i]);
            }
            break;
        }
        case stmt_kind::aug_assign: {
            const auto& a = s.as<aug_assign_stmt>();
            const std::uint32_t opcode = static_cast<std::uint32_t>(a.op) + 16;
            if (a.target->kind == expr_kind::name) {
                load_name(a.target->as<name_expr>().id);
                expression(*a.value);
                emit(op::binary_op, opcode);
                store_name(a.target->as<name_expr>().id);
            } else if (a.target->kind == expr_kind::attribute) {
                const auto& t = a.target->as<attribute_expr>();
                expression(*t.value);
                emit(op::dup_top);
                emit(op::load_attr, add_name(t.attr));
                expression(*a.value);
                emit(op::binary_op, opcode);
                emit(op::rot_two);
                emit(op::store_attr, add_name(t.attr));
            } else if (a.target->kind == expr_kind::subscript) {
                const auto& t = a.target->as<subscript_expr>();
                expression(*t.value);
                expression(*t.slice);
                emit(op::copy, 2);
                emit(op::copy, 2);
                emit(op::binary_subscr);
                expression(*a.value);
                emit(op::binary_op, opcode);
                emit(op::rot_three);
                emit(op::store_subscr);
            } else {
                fail(s, "this augmented assignment target is");
            }
            break;
        }
        case stmt_kind::ann_assign: {
            const auto& a = s.as<ann_assign_stmt>();
            if (a.value) {
                expression(*a.value);
                assign_target(*a.target);
            }
            break;
        }
        case stmt_kind::for_:
            for_stmt(s.as<python::for_stmt>());
            break;
        case stmt_kind::while_: {
            const auto& w = s.as<while_stmt>();
            const std::uint32_t top = here();
            std::vector<std::uint32_t> exits;
            condition_jump(*w.test, false, exits);
            m_blocks.push_back(block_ctx{block_ctx::while_loop, top, {}, nullptr, {}, false});
            body(w.body);
            set_line(w.pos.line);
            emit(op::jump, top);
            std::vector<std::uint32_t> breaks = std::move(m_blocks.back().break_patches);
            m_blocks.pop_back();
            for (auto p : exits) patch(p, here());
            body(w.orelse);
            for (auto p : breaks) patch(p, here());
            break;
        }
        case stmt_kind::if_: {
            const auto& i = s.as<if_stmt>();
            std::vector<std::uint32_t> to_else;
            condition_jump(*i.test, false, to_else);
            body(i.body);
            if (i.orelse.empty()) {
                for (auto p : to_else) patch(p, here());
            } else {
                const std::uint32_t to_end = emit(op::jump);
                for (auto p : to_else) patch(p, here());
                body(i.orelse);
                patch(to_end, here());
            }
            break;
        }
        case stmt_kind::with:
            with_stmt(s.as<python::with_stmt>(), 0);
            break;
        case stmt_kind::raise: {
            const auto& r = s.as<raise_stmt>();
            std::uint32_t n = 0;
            if (r.exc) {
                expression(*r.exc);
                ++n;
                if (r.cause) {
                    expression(*r.cause);
                    ++n;
                }
            }
            emit(op::raise_varargs, n);
            break;
        }
        case stmt_kind::try_:
            try_stmt(s.as<python::try_stmt>());
            break;
        case stmt_kind::assert_: {
            const auto& a = s.as<assert_stmt>();
            std::vector<std::uint32_t> ok;
            condition_jump(*a.test, true, ok);
            emit(op::load_assertion_error);
            if (a.msg) {
                expression(*a.msg);
                emit(op::call, 1);
            }
            emit(op::raise_varargs, 1);
            for (auto p : ok) patch(p, here());
            break;
        }
        case stmt_kind::import:
            for (const alias* a : s.as<import_stmt>().names) {
                emit(op::import_name, add_name(a->name));
                if (a->asname.empty()) {
                    store_name(a->name.substr(0, a->name.find('.')));
                } else {
                    store_name(a->asname);
                }
            }
            break;
        case stmt_kind::import_from: {
            const auto& f = s.as<import_from_stmt>();
            if (f.level > 0) {
                fail(s, "relative imports are");
                break;
            }
            emit(op::import_name, add_name(f.module));
            for (const alias* a : f.names) {
                if (a->name == "*") {
                    fail(s, "'from ... import *' is");
                    break;
                }
                emit(op::import_from, add_name(a->name));
                store_name(a->asname.empty() ? a->name : a->asname);
            }
            emit(op::pop_top);
            break;
        }
        case stmt_kind::global:
        case stmt_kind::nonlocal:
        case stmt_kind::pass:
            break;
        case stmt_kind::expr: {
            const expr* v = s.as<expr_stmt>().value;
            if (v->kind == expr_kind::constant) break;
            expression(*v);
            emit(op::pop_top);
            break;
        }
        case stmt_kind::break_:
        case stmt_kind::continue_: {
            std::size_t i = m_blocks.size();
            while (i > 0 && m_blocks[i - 1].kind != block_ctx::for_loop &&
                   m_blocks[i - 1].kind != block_ctx::while_loop)
                --i;
            if (i == 0) {
                fail(s, "'break'/'continue' outside a loop is");
                break;
            }
            if (s.kind == stmt_kind::break_) {
                unwind_to(i - 1, false);
                m_blocks[i - 1].break_patches.push_back(emit(op::jump));
            } else {
                unwind_to(i, false);
                emit(op::jump, m_blocks[i - 1].continue_target);
            }
            break;
        }
    }
}

}  // namespace looplab::python::detail
