// bytecode.h — LoopLab Python's instruction set: one 32-bit word per instruction, opcode in the low 8 bits and
// its argument in the high 24. Jumps name absolute instruction indices. The line table lives in code_object.
//
// Usage:
//   std::uint32_t word = encode(op::load_const, 3);
//   op o = decode_op(word);  std::uint32_t a = decode_arg(word);
// Exception handling uses a runtime block stack (setup_finally pushes a handler and the stack depth,
// pop_block pops it); on an exception the innermost block's handler runs with the exception pushed.
#pragma once

#include <cstdint>

namespace looplab::python {

enum class op : std::uint8_t {
    nop,
    pop_top,
    dup_top,
    rot_two,
    rot_three,
    copy,  // push a copy of the arg-th value from the top (1 = top)
    load_const,
    load_fast,
    store_fast,
    delete_fast,
    load_deref,  // arg = slot holding a cell
    store_deref,
    load_closure,  // push the cell itself
    load_global,  // arg = name index
    store_global,
    delete_global,
    load_name,  // class bodies: namespace, then globals, then builtins
    store_name,
    delete_name,
    load_attr,
    store_attr,
    delete_attr,
    load_method,  // pushes [callable, self] or [callable, <error marker>]
    binary_subscr,
    store_subscr,
    delete_subscr,
    build_slice,  // arg = 2 or 3
    binary_op,  // arg = binary_op (+ 16 for in-place)
    unary_op,  // arg = unary_op
    compare_op,  // arg = cmp_op (eq..gt_e)
    is_op,  // arg 1 = is not
    contains_op,  // arg 1 = not in
    jump,
    pop_jump_if_false,
    pop_jump_if_true,
    jump_if_false_or_pop,
    jump_if_true_or_pop,
    get_iter,
    for_iter,  // arg = target when exhausted (iterator popped)
    build_tuple,
    build_list,
    build_set,
    build_map,  // arg = pairs
    list_append,  // arg = depth of the list below TOS
    set_add,
    map_add,  // TOS1 key, TOS value
    list_extend,  // TOS iterable into TOS1 list
    set_update,
    dict_update,
    list_to_tuple,
    unpack_sequence,  // arg = count
    unpack_ex,  // arg = before | after << 8
    call,  // arg = argc; stack: callable, self-or-marker, args...
    call_kw,  // arg = argc incl. keywords; TOS = tuple of keyword names
    call_ex,  // arg 1 = with kwargs dict; stack: callable, marker, args tuple, [kwargs]
    make_function,  // arg flags: 1 defaults tuple, 2 kwdefaults dict, 8 closure tuple; TOS = code
    return_value,
    yield_value,
    get_awaitable,
    get_yield_from_iter,
    send,  // arg = target after the sub-iterator returned (its value pushed)
    setup_finally,  // arg = handler
    pop_block,
    push_exc_info,  // TOS exception becomes the handled one (kept on the stack)
    pop_except,  // the handled exception goes
    check_exc_match,  // TOS1 exception, TOS type -> TOS1, bool
    raise_varargs,  // arg 0 = re-raise the handled one, 1 = raise TOS, 2 = raise TOS1 from TOS
    reraise,  // raise TOS again (its traceback kept)
    exc_triple,  // TOS exc -> type(exc), exc, None
    load_assertion_error,
    format_value,  // arg: 1 str, 2 repr, 3 ascii, +4 spec on TOS
    build_string,  // arg = parts
    import_name,  // arg = name index
    import_from,  // arg = name index; TOS module stays
    build_class,  // arg = bases; stack: body function, name, bases...
    setup_annotations,
    print_expr,
    load_build_class,
    async_gen_wrap,
    count_
};

inline constexpr std::uint32_t encode(op o, std::uint32_t arg = 0) { return static_cast<std::uint32_t>(o) | arg << 8; }
inline constexpr op decode_op(std::uint32_t word) { return static_cast<op>(word & 0xFFu); }
inline constexpr std::uint32_t decode_arg(std::uint32_t word) { return word >> 8; }

}  // namespace looplab::python
