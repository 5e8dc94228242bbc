// library_module.h — LoopLab's own Python modules (the asyncio prelude), compiled once per process into a heap of
// their own; each vm that imports one runs a copy of that code (copy_code, compiler.h) made in its own heap.
//
// Usage:
//   looplab::python::precompile_library_modules();   // ahead of the first `import asyncio` (the page, at start)
//   const library_module& a = asyncio_prelude();      // compiles it on the first call; vm::load_prelude copies it
// The compiled objects are never handed to a vm, so no vm changes them or their reference counts; vms of one
// process share them in turn (one thread at a time, as every vm of LoopLab runs).
#pragma once

#include "python/object_heap.h"
#include "python/value.h"

#include <string>
#include <string_view>

namespace looplab::python {

// A module written in Python, compiled once: its code marked as library code (tracebacks show no source line).
struct library_module {
    explicit library_module(std::string_view source);  // parses and compiles source
    object_heap heap;  // the compiled code and its constants; vms only read them
    value code;  // the module's code_object in heap, or None when it did not compile
    std::string error;  // why it did not compile (with the line), when code is None
};

// LoopLab's asyncio prelude (module_asyncio_prelude.cpp), compiled on the first call of the process.
const library_module& asyncio_prelude();

// Compiles every library module now (on the first call; later calls cost nothing), so that the first
// `import asyncio` only copies and runs it. The page calls it on its first frame after the first one is shown.
void precompile_library_modules();

}  // namespace looplab::python
