// compiler_nested.cpp — the compiler's expressions that compile into a nested code object: lambda and the four
// comprehensions (list, set, dict, generator expression).
#include "python/compiler_impl.h"

namespace looplab::python::detail {

void compiler::lambda(const lambda_expr& l) {
    scope_info* s = scope_for(&l);
    code_object* saved_code = m_code;
    scope_info* saved_scope = m_scope;
    std::vector<block_ctx> saved_blocks;
    std::swap(m_blocks, saved_blocks);
    code_object* child = begin_code(s, "<lambda>", l.pos.line);
    set_line(l.pos.line);
    expression(*l.body);
    emit(op::return_value);
    end_code(saved_code, saved_scope, saved_blocks);
    make_function(child, s, l.args);
}

// which: 0 list, 1 set, 2 dict, 3 generator
void compiler::comprehension_loop(const std::vector<python::comprehension*>& gens, std::size_t i, int which,
                                  const expr* elt, const expr* key, std::uint32_t depth) {
    if (i == 0) {
        emit(op::load_fast, 0);
    } else {
        expression(*gens[i]->iter);
        emit(op::get_iter);
    }
    const std::uint32_t top = here();
    const std::uint32_t it = emit(op::for_iter);
    assign_target(*gens[i]->target);
    std::vector<std::uint32_t> skip;
    for (auto* f : gens[i]->ifs) condition_jump(*f, false, skip);
    if (i + 1 < gens.size()) {
        comprehension_loop(gens, i + 1, which, elt, key, depth + 1);
    } else if (which == 3) {
        expression(*elt);
        emit(op::yield_value);
        emit(op::pop_top);
    } else if (which == 2) {
        expression(*key);
        expression(*elt);
        emit(op::map_add, depth + 2);
    } else {
        expression(*elt);
        emit(which == 0 ? op::list_append : op::set_add, depth + 2);
    }
    for (auto p : skip) patch(p, top);
    emit(op::jump, top);
    patch(it, here());
}

void compiler::make_comprehension(const expr& e, const std::vector<python::comprehension*>& gens, int which,
                                  const expr* elt, const expr* key, const std::string& name) {
    scope_info* s = scope_for(&e);
    code_object* saved_code = m_code;
    scope_info* saved_scope = m_scope;
    std::vector<block_ctx> saved_blocks;
    std::swap(m_blocks, saved_blocks);
    code_object* child = begin_code(s, name, e.pos.line);
    child->argcount = 1;
    set_line(e.pos.line);
    if (which == 0) emit(op::build_list, 0);
    if (which == 1) emit(op::build_set, 0);
    if (which == 2) emit(op::build_map, 0);
    comprehension_loop(gens, 0, which, elt, key, 0);
    if (which == 3) emit(op::load_const, add_const(value::none()));
    emit(op::return_value);
    end_code(saved_code, saved_scope, saved_blocks);
    make_function(child, s, nullptr);
    expression(*gens[0]->iter);
    emit(op::get_iter);
    emit(op::call, 1);
}

}  // namespace looplab::python::detail
