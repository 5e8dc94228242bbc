// compiler.h — LoopLab Python's compiler: AST (ast.h) -> code objects (bytecode.h) with a line table.
//
// Usage:
//   compile_result r = compile_module(tree, source, m.heap);   // the objects it makes live in the vm's heap
//   if (!r.ok) report(r.error);               // a construct outside the subset, as a SyntaxError
//   value code = r.code;                       // the module's code_object
//   value mine = copy_code(*r.code.as<code_object>(), other_heap);   // the same code, made in another heap
// The compiler runs a symbol pass first (locals, cells, free variables per scope), then emits code per scope.
#pragma once

#include "python/ast.h"
#include "python/object_heap.h"
#include "python/objects.h"
#include "python/syntax_error.h"

#include <string>
#include <string_view>

namespace looplab::python {

// The outcome of compiling a module.
struct compile_result {
    bool ok = false;  // false: error holds the reason
    value code;  // the module's code_object
    syntax_error error;  // when !ok
};

// Compiles a parsed module into objects made in heap. source is used for the error's source line.
compile_result compile_module(const module& tree, std::string_view source, object_heap& heap);

// A copy of compiled code made in heap: instructions, names, line table and flags, and its constants, the kinds the
// compiler makes (strings, tuples of strings, nested code objects), copied too; the copy's lookup caches start
// empty. The original is only read (no reference count changes), so one compiled module can be copied into many
// vms' heaps (library_module.h).
value copy_code(const code_object& code, object_heap& heap);

}  // namespace looplab::python
