// LoopLab Python's abstract syntax tree: the parser's output and the compiler's input (mirrors CPython's ast module).
#pragma once
// [SECTION] Operators, [SECTION] Expressions, [SECTION] Statements, [SECTION] Module (the arena and ast_dump).
// Usage:
//   parse_result r = parse_module(source, "<script>");      // parser.h
//   if (!r.ok()) { std::cerr << format_syntax_error(r.error()); return 1; }
//   const module& m = r.tree();
//   for (const stmt* s : m.body) {
//       switch (s->kind) {
//       case stmt_kind::assign: { const auto& a = s->as<assign_stmt>(); ... a.targets, a.value ... } break;
//       ...
//       }
//   }
// Ownership: every node lives in its module's arena (`module::make<T>()`, a flat vector of unique_ptr), and nodes
// point at each other with plain non-owning pointers. A node is valid while its module is alive; moving the module
// keeps every pointer valid. Destruction is flat (no recursion), so 10^5-deep trees cannot overflow the stack.
// Walking: check `kind` and downcast with `as<T>()` (checked by assert); each node type has `static_kind`.
// Optional children are nullptr when absent (e.g. `return_stmt::value`, `slice_expr::lower`).
// Positions: `line`/`end_line` are 1-based, `col`/`end_col` are 0-based UTF-8 byte offsets into the line, the end
// exclusive; exactly CPython's lineno/col_offset/end_lineno/end_col_offset.
#include <cassert>
#include <cstdint>
#include <memory>
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

// ---------------------------------------------------------------------------------------------------------------
// [SECTION] Statements
// ---------------------------------------------------------------------------------------------------------------

// Which statement node a `stmt` is.
enum class stmt_kind : std::uint8_t {
    function_def,
    class_def,
    return_,
    delete_,
    assign,
    aug_assign,
    ann_assign,
    for_,
    while_,
    if_,
    with,
    raise,
    try_,
    assert_,
    import,
    import_from,
    global,
    nonlocal,
    expr,
    pass,
    break_,
    continue_
};

// Base of every statement node.
struct stmt : node {
    stmt_kind kind;  // which derived type this is
    explicit stmt(stmt_kind k) : kind(k) {}
    // Checked downcast: `s->as<if_stmt>()`.
    template <class T> T& as() {
        assert(kind == T::static_kind);
        return static_cast<T&>(*this);
    }
    template <class T> const T& as() const {
        assert(kind == T::static_kind);
        return static_cast<const T&>(*this);
    }
};

// Helper for declaring a statement node type with its kind.
template <stmt_kind K> struct stmt_of : stmt {
    static constexpr stmt_kind static_kind = K;
    stmt_of() : stmt(K) {}
};

// `def name(args) -> returns: body` / `async def`, with decorators (outermost first, as written).
// pos starts at `def`/`async` (CPython 3.8+), not at the first decorator.
struct function_def_stmt : stmt_of<stmt_kind::function_def> {
    std::string name;
    arguments* args = nullptr;  // never null
    std::vector<stmt*> body;
    std::vector<expr*> decorators;
    expr* returns = nullptr;  // the return annotation, or nullptr
    bool is_async = false;
};
// `class name(bases, keywords): body` with decorators.
struct class_def_stmt : stmt_of<stmt_kind::class_def> {
    std::string name;
    std::vector<expr*> bases;
    std::vector<keyword*> keywords;  // e.g. metaclass=... (the compiler may reject it)
    std::vector<stmt*> body;
    std::vector<expr*> decorators;
};
// `return` / `return value`.
struct return_stmt : stmt_of<stmt_kind::return_> {
    expr* value = nullptr;
};
// `del a, b[0], c.d` (targets have ctx del).
struct delete_stmt : stmt_of<stmt_kind::delete_> {
    std::vector<expr*> targets;
};
// `t1 = t2 = value` (targets have ctx store; targets.size() >= 1, left to right).
struct assign_stmt : stmt_of<stmt_kind::assign> {
    std::vector<expr*> targets;
    expr* value = nullptr;
};
// `target op= value` (target is a name, attribute or subscript with ctx store).
struct aug_assign_stmt : stmt_of<stmt_kind::aug_assign> {
    expr* target = nullptr;
    binary_op op = binary_op::add;
    expr* value = nullptr;
};
// `target: annotation = value` / `target: annotation`.
struct ann_assign_stmt : stmt_of<stmt_kind::ann_assign> {
    expr* target = nullptr;
    expr* annotation = nullptr;
    expr* value = nullptr;  // nullptr when there is no `= value`
    bool simple = true;  // target is a plain name not in parentheses
};
// `for target in iter: body else: orelse` / `async for`.
struct for_stmt : stmt_of<stmt_kind::for_> {
    expr* target = nullptr;
    expr* iter = nullptr;
    std::vector<stmt*> body;
    std::vector<stmt*> orelse;
    bool is_async = false;
};
// `while test: body else: orelse`.
struct while_stmt : stmt_of<stmt_kind::while_> {
    expr* test = nullptr;
    std::vector<stmt*> body;
    std::vector<stmt*> orelse;
};
// `if test: body` with `elif` chains as a nested if_stmt alone in orelse (as CPython).
struct if_stmt : stmt_of<stmt_kind::if_> {
    expr* test = nullptr;
    std::vector<stmt*> body;
    std::vector<stmt*> orelse;
};
// One `context_expr as optional_vars` item of a with statement.
struct with_item : node {
    expr* context_expr = nullptr;
    expr* optional_vars = nullptr;  // a store target, or nullptr
};
// `with a as b, c: body` / `async with`.
struct with_stmt : stmt_of<stmt_kind::with> {
    std::vector<with_item*> items;
    std::vector<stmt*> body;
    bool is_async = false;
};
// `raise`, `raise exc`, `raise exc from cause`.
struct raise_stmt : stmt_of<stmt_kind::raise> {
    expr* exc = nullptr;
    expr* cause = nullptr;
};
// `except type as name: body` (type nullptr for a bare `except:`, name empty without `as`).
struct except_handler : node {
    expr* type = nullptr;
    std::string name;
    std::vector<stmt*> body;
};
// `try: body except...: handlers else: orelse finally: finalbody`.
struct try_stmt : stmt_of<stmt_kind::try_> {
    std::vector<stmt*> body;
    std::vector<except_handler*> handlers;
    std::vector<stmt*> orelse;
    std::vector<stmt*> finalbody;
};
// `assert test, msg`.
struct assert_stmt : stmt_of<stmt_kind::assert_> {
    expr* test = nullptr;
    expr* msg = nullptr;
};
// `name as asname` in an import; name may be dotted ("a.b") for `import a.b`.
struct alias : node {
    std::string name;
    std::string asname;  // empty when absent
};
// `import a, b as c`.
struct import_stmt : stmt_of<stmt_kind::import> {
    std::vector<alias*> names;
};
// `from module import a, b as c` (level counts leading dots of a relative import).
struct import_from_stmt : stmt_of<stmt_kind::import_from> {
    std::string module;  // dotted, may be empty for `from . import x`
    std::vector<alias*> names;
    int level = 0;
};
// `global a, b`.
struct global_stmt : stmt_of<stmt_kind::global> {
    std::vector<std::string> names;
};
// `nonlocal a, b`.
struct nonlocal_stmt : stmt_of<stmt_kind::nonlocal> {
    std::vector<std::string> names;
};
// An expression statement.
struct expr_stmt : stmt_of<stmt_kind::expr> {
    expr* value = nullptr;
};
// `pass`.
struct pass_stmt : stmt_of<stmt_kind::pass> {};
// `break`.
struct break_stmt : stmt_of<stmt_kind::break_> {};
// `continue`.
struct continue_stmt : stmt_of<stmt_kind::continue_> {};

// ---------------------------------------------------------------------------------------------------------------
// [SECTION] Module
// ---------------------------------------------------------------------------------------------------------------

// A remark the front end makes about accepted code (e.g. the 2016 dialect's `asyncio.async`).
struct compile_note {
    int line = 0;  // 1-based line it refers to
    int col = 0;  // 0-based byte column
    std::string text;  // one line, e.g. "line 3: `asyncio.async` is ... "
};

// The root: the statements of a script, the notes, and the arena that owns every node.
struct module {
    std::vector<stmt*> body;  // top-level statements in order
    std::vector<compile_note> notes;  // in source order

    // Allocates a node owned by this module.
    template <class T> T* make() {
        auto owned = std::make_unique<T>();
        T* raw = owned.get();
        m_nodes.push_back(std::move(owned));
        return raw;
    }
    // Number of nodes in the arena (for tests and budgets).
    std::size_t node_count() const { return m_nodes.size(); }

private:
    std::vector<std::unique_ptr<node>> m_nodes;
};

// A compact S-expression of the tree, one line per module, for tests, debugging and the fuzz target, e.g.
// `(module (assign (name x store) (add (int 1) (int 2))))`. With positions, every expression and statement ends
// with `@line:col-end_line:end_col` (the format tests compare with CPython's ast module).
std::string ast_dump(const module& m, bool with_positions = false);
// The same for one expression or statement.
std::string ast_dump(const expr& e);
std::string ast_dump(const stmt& s);

}  // namespace looplab::python
