// LoopLab Python's AST, part one: positions, the node base, operators and expression nodes (included by ast.h).
#pragma once
// [SECTION] Operators, [SECTION] Expressions. Ownership, walking and positions are described in ast.h.
#include <cassert>
#include <cstdint>
#include <string>
#include <vector>

namespace looplab::python {

// Where a node starts and ends in the source (CPython's lineno, col_offset, end_lineno, end_col_offset).
struct source_range {
    int line = 0;  // 1-based first line
    int col = 0;  // 0-based byte column of the first character
    int end_line = 0;  // 1-based last line
    int end_col = 0;  // 0-based byte column one past the last character
};

// Base of every node; the arena owns nodes through this.
struct node {
    source_range pos;  // where the node is in the source
    virtual ~node() = default;
};

// ---------------------------------------------------------------------------------------------------------------
// [SECTION] Operators
// ---------------------------------------------------------------------------------------------------------------

// Whether a name/attribute/subscript/starred/list/tuple is read, assigned, or deleted (CPython's expr_context).
enum class expr_context : std::uint8_t { load, store, del };
// `and` / `or`.
enum class bool_op : std::uint8_t { and_, or_ };
// Binary arithmetic and bitwise operators (also the operator of an augmented assignment).
enum class binary_op : std::uint8_t {
    add,
    sub,
    mult,
    mat_mult,
    div,
    floor_div,
    mod,
    pow,
    lshift,
    rshift,
    bit_or,
    bit_xor,
    bit_and
};
// Unary operators: `~`, `not`, `+`, `-`.
enum class unary_op : std::uint8_t { invert, not_, uadd, usub };
// Comparison operators (a chain `a < b < c` keeps one per link).
enum class cmp_op : std::uint8_t { eq, not_eq_, lt, lt_e, gt, gt_e, is, is_not, in, not_in };

// ---------------------------------------------------------------------------------------------------------------
// [SECTION] Expressions
// ---------------------------------------------------------------------------------------------------------------

// Which expression node an `expr` is.
enum class expr_kind : std::uint8_t {
    bool_op,
    named,
    bin_op,
    unary_op,
    lambda,
    if_exp,
    dict,
    set,
    list_comp,
    set_comp,
    dict_comp,
    generator_exp,
    await,
    yield,
    yield_from,
    compare,
    call,
    formatted_value,
    joined_str,
    constant,
    attribute,
    subscript,
    starred,
    name,
    list,
    tuple,
    slice
};

// Base of every expression node.
struct expr : node {
    expr_kind kind;  // which derived type this is
    explicit expr(expr_kind k) : kind(k) {}
    // Checked downcast: `e->as<call_expr>()`.
    template <class T> T& as() {
        assert(kind == T::static_kind);
        return static_cast<T&>(*this);
    }
    template <class T> const T& as() const {
        assert(kind == T::static_kind);
        return static_cast<const T&>(*this);
    }
};

// Helper for declaring an expression node type with its kind.
template <expr_kind K> struct expr_of : expr {
    static constexpr expr_kind static_kind = K;
    expr_of() : expr(K) {}
};

struct arguments;
struct comprehension;

// `a and b and c` / `a or b`: two or more operands of one operator.
struct bool_op_expr : expr_of<expr_kind::bool_op> {
    bool_op op = bool_op::and_;
    std::vector<expr*> values;
};
// `target := value` (target is a name_expr with ctx store).
struct named_expr : expr_of<expr_kind::named> {
    expr* target = nullptr;
    expr* value = nullptr;
};
// `left op right`.
struct bin_op_expr : expr_of<expr_kind::bin_op> {
    expr* left = nullptr;
    binary_op op = binary_op::add;
    expr* right = nullptr;
};
// `op operand`.
struct unary_op_expr : expr_of<expr_kind::unary_op> {
    unary_op op = unary_op::usub;
    expr* operand = nullptr;
};
// `lambda args: body`.
struct lambda_expr : expr_of<expr_kind::lambda> {
    arguments* args = nullptr;  // never null (may be empty)
    expr* body = nullptr;
};
// `body if test else orelse`.
struct if_exp_expr : expr_of<expr_kind::if_exp> {
    expr* test = nullptr;
    expr* body = nullptr;
    expr* orelse = nullptr;
};
// `{k: v, **d}`: keys[i] is nullptr for a `**values[i]` unpacking.
struct dict_expr : expr_of<expr_kind::dict> {
    std::vector<expr*> keys;
    std::vector<expr*> values;
};
// `{a, b, *c}` (never empty: `{}` is a dict).
struct set_expr : expr_of<expr_kind::set> {
    std::vector<expr*> elts;
};
// `[elt for ... if ...]`.
struct list_comp_expr : expr_of<expr_kind::list_comp> {
    expr* elt = nullptr;
    std::vector<comprehension*> generators;
};
// `{elt for ...}`.
struct set_comp_expr : expr_of<expr_kind::set_comp> {
    expr* elt = nullptr;
    std::vector<comprehension*> generators;
};
// `{key: value for ...}`.
struct dict_comp_expr : expr_of<expr_kind::dict_comp> {
    expr* key = nullptr;
    expr* value = nullptr;
    std::vector<comprehension*> generators;
};
// `(elt for ...)`, also the bare form as a call's only argument `f(x for x in y)`.
struct generator_exp_expr : expr_of<expr_kind::generator_exp> {
    expr* elt = nullptr;
    std::vector<comprehension*> generators;
};
// `await value`.
struct await_expr : expr_of<expr_kind::await> {
    expr* value = nullptr;
};
// `yield` / `yield value` (value may be a tuple_expr for `yield a, b`).
struct yield_expr : expr_of<expr_kind::yield> {
    expr* value = nullptr;  // nullptr for a bare `yield`
};
// `yield from value`.
struct yield_from_expr : expr_of<expr_kind::yield_from> {
    expr* value = nullptr;
};
// `left op0 comparators[0] op1 comparators[1] ...` (ops.size() == comparators.size() >= 1).
struct compare_expr : expr_of<expr_kind::compare> {
    expr* left = nullptr;
    std::vector<cmp_op> ops;
    std::vector<expr*> comparators;
};
// A keyword argument `arg=value` in a call or class header; `**value` when arg is empty.
struct keyword : node {
    std::string arg;  // empty for `**value`
    expr* value = nullptr;
};
// `func(args..., keywords...)`; positional `*x` arguments are starred_expr in args.
struct call_expr : expr_of<expr_kind::call> {
    expr* func = nullptr;
    std::vector<expr*> args;
    std::vector<keyword*> keywords;
};
// One replacement field `{value!conversion:format_spec}` inside an f-string.
struct formatted_value_expr : expr_of<expr_kind::formatted_value> {
    expr* value = nullptr;
    char conversion = 0;  // 0 for none, else 's', 'r' or 'a'
    expr* format_spec = nullptr;  // a joined_str_expr, or nullptr when absent
};
// An f-string: its literal parts (constant_expr strings) and replacement fields (formatted_value_expr), in order.
// `f"{x=}"` becomes the constant "x=" followed by the field with conversion 'r' (when no spec/conversion), as in
// CPython. Adjacent literals `'a' f'{b}'` are merged into one joined_str.
struct joined_str_expr : expr_of<expr_kind::joined_str> {
    std::vector<expr*> values;
};
// Which value a constant_expr holds.
enum class constant_kind : std::uint8_t { none, true_, false_, ellipsis, int_, float_, str };
// A literal: None, True, False, `...`, an int (64-bit; larger ones are a syntax-time error), a float, or a str
// (adjacent literals already concatenated, escapes already decoded; UTF-8).
struct constant_expr : expr_of<expr_kind::constant> {
    constant_kind value_kind = constant_kind::none;
    std::int64_t int_value = 0;  // for int_
    double float_value = 0.0;  // for float_
    std::string str_value;  // for str (UTF-8)
};
// `value.attr`.
struct attribute_expr : expr_of<expr_kind::attribute> {
    expr* value = nullptr;
    std::string attr;
    expr_context ctx = expr_context::load;
};
// `value[slice]`; slice is a slice_expr, a tuple_expr for `a[1:2, 3]`, or any expression.
struct subscript_expr : expr_of<expr_kind::subscript> {
    expr* value = nullptr;
    expr* slice = nullptr;
    expr_context ctx = expr_context::load;
};
// `*value` in a call, display or assignment target.
struct starred_expr : expr_of<expr_kind::starred> {
    expr* value = nullptr;
    expr_context ctx = expr_context::load;
};
// An identifier.
struct name_expr : expr_of<expr_kind::name> {
    std::string id;
    expr_context ctx = expr_context::load;
};
// `[a, b]`.
struct list_expr : expr_of<expr_kind::list> {
    std::vector<expr*> elts;
    expr_context ctx = expr_context::load;
};
// `(a, b)` or `a, b`; pos covers the parentheses when present (as CPython).
struct tuple_expr : expr_of<expr_kind::tuple> {
    std::vector<expr*> elts;
    expr_context ctx = expr_context::load;
};
// `lower:upper:step` inside a subscript; each part may be nullptr.
struct slice_expr : expr_of<expr_kind::slice> {
    expr* lower = nullptr;
    expr* upper = nullptr;
    expr* step = nullptr;
};

// One `for target in iter if ifs...` clause of a comprehension.
struct comprehension : node {
    expr* target = nullptr;
    expr* iter = nullptr;
    std::vector<expr*> ifs;
    bool is_async = false;  // `async for` (rejected as unsupported by the parser today; always false)
};

// One parameter: `name: annotation` (the annotation is parsed and kept, the compiler may ignore it).
struct arg : node {
    std::string name;
    expr* annotation = nullptr;
};
// A parameter list, as CPython's ast.arguments:
//   def f(posonly, /, args=defaults..., *vararg, kwonly=kw_defaults..., **kwarg)
// `defaults` align with the END of posonlyargs+args; kw_defaults[i] is for kwonlyargs[i] (nullptr = required).
struct arguments : node {
    std::vector<arg*> posonlyargs;
    std::vector<arg*> args;
    arg* vararg = nullptr;
    std::vector<arg*> kwonlyargs;
    std::vector<expr*> kw_defaults;
    arg* kwarg = nullptr;
    std::vector<expr*> defaults;
};

}  // namespace looplab::python
