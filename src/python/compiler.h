// compiler.h — LoopLab Python's compiler: AST (ast.h) -> code objects (bytecode.h) with a line table.
//
// Usage:
//   compile_result r = compile_module(tree, source, m.heap);   // the objects it makes live in the vm's heap
//   if (!r.ok) report(r.error);               // a construct outside the subset, as a SyntaxError
//   value code = r.code;                       // the module's code_object
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

}  // namespace looplab::python
