// compiler_impl.h — the compiler's internals shared by compiler_scope.cpp, compiler_stmt.cpp, compiler_expr.cpp,
// compiler_nested.cpp.
#pragma once

#include "python/bytecode.h"
#include "python/compiler.h"

#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace looplab::python::detail {

enum class scope_kind : std::uint8_t { module, function, klass, comprehension };

// What the symbol pass learned about one scope.
struct scope_info {
    scope_kind kind = scope_kind::function;
    scope_info* parent = nullptr;
    std::vector<std::string> params;  // in order
    std::set<std::string> assigned, used, globals, nonlocals;
    std::vector<std::string> local_order;  // assigned names in first-seen order
    std::set<std::string> cells, frees;
    std::vector<std::string> free_order, cell_order;
    bool is_generator = false;
    bool is_async = false;
    std::vector<scope_info*> children;
};

// A block the compiler is inside of, for break/continue/return unwinding.
struct block_ctx {
    enum kind_t : std::uint8_t { for_loop, while_loop, finally_body, handler, finally_handler, with_block };
    kind_t kind;
    std::uint32_t continue_target = 0;
    std::vector<std::uint32_t> break_patches;
    const std::vector<stmt*>* finalbody = nullptr;  // finally_body
    std::string handler_name;  // handler: the `as` name
    bool is_async = false;  // with_block
};

class compiler {
public:
    compiler(std::string_view source, object_heap& heap) : m_source(source), m_heap(heap) {}
    compile_result run(const module& tree);

    // symbol pass (compiler_scope.cpp)
    scope_info* scope_for(const node* n) { return m_scopes.at(n).get(); }
    void collect_module(const module& tree);
    void analyze(scope_info* s, std::vector<scope_info*>& stack);

    // emission
    code_object* code() { return m_code; }
    std::uint32_t here() const { return static_cast<std::uint32_t>(m_code->ops.size()); }
    std::uint32_t emit(op o, std::uint32_t arg = 0);
    void patch(std::uint32_t at, std::uint32_t target);
    void set_line(int line);
    std::uint32_t add_const(value v);
    std::uint32_t const_int(std::int64_t i) { return add_const(value::from_int(i)); }
    std::uint32_t const_str(const std::string& s);
    std::uint32_t add_name(const std::string& n);
    void fail(const node& n, const std::string& what);  // outside the subset
    bool failed() const { return m_failed; }

    // names
    void load_name(const std::string& n);
    void store_name(const std::string& n);
    void delete_name(const std::string& n);

    // statements (compiler_stmt.cpp)
    void body(const std::vector<stmt*>& stmts);
    void statement(const stmt& s);
    void function_def(const function_def_stmt& f);
    void class_def(const class_def_stmt& c);
    void try_stmt(const python::try_stmt& t);
    void with_stmt(const python::with_stmt& w, std::size_t item);
    void for_stmt(const python::for_stmt& f);
    void assign_target(const expr& target);
    void unwind_to(std::size_t depth, bool for_return);
    void emit_await();

    // expressions (compiler_expr.cpp; make_comprehension, comprehension_loop and lambda in compiler_nested.cpp)
    void expression(const expr& e);
    void call(const call_expr& c);
    void compare(const compare_expr& c);
    void condition_jump(const expr& e, bool jump_if, std::vector<std::uint32_t>& patches);
    void make_comprehension(const expr& e, const std::vector<python::comprehension*>& gens, int which, const expr* elt,
                            const expr* key, const std::string& name);
    void comprehension_loop(const std::vector<python::comprehension*>& gens, std::size_t i, int which, const expr* elt,
                            const expr* key, std::uint32_t depth);
    void fstring(const joined_str_expr& j);
    void lambda(const lambda_expr& l);
    // Makes a function object from a finished code object (defaults, kwdefaults, closure).
    void make_function(code_object* child, scope_info* child_scope, const arguments* args);
    // Compiles a nested scope's code; returns it (owned by a constant).
    code_object* begin_code(scope_info* s, const std::string& name, int line);
    void end_code(code_object* saved_code, scope_info* saved_scope, std::vector<block_ctx>& saved_blocks);

    std::string_view m_source;
    object_heap& m_heap;  // the vm's: code objects and constants
    std::unordered_map<const node*, std::unique_ptr<scope_info>> m_scopes;
    code_object* m_code = nullptr;
    scope_info* m_scope = nullptr;
    std::vector<block_ctx> m_blocks;
    std::vector<std::string> m_qual;  // qualname parts
    int m_line = 0;
    bool m_failed = false;
    syntax_error m_error;
    std::vector<value> m_keep;  // code objects under construction
};

}  // namespace looplab::python::detail
