// LoopLab Python's abstract syntax tree: the parser's output and the compiler's input (mirrors CPython's ast module).
#pragma once
// [SECTION] Statements, [SECTION] Module (the arena and ast_dump). Operators and expressions are in ast_expr.h.
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

#include "python/ast_expr.h"

namespace looplab::python {

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
