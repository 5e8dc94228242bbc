// library_module.cpp — compiling LoopLab's own Python modules once per process (library_module.h).
#include "python/library_module.h"

#include "python/compiler.h"
#include "python/parser.h"

namespace looplab::python {

namespace {
void mark_library(code_object* c) {
    c->library = true;
    for (auto& k : c->consts)
        if (k.is(kind::code)) mark_library(k.as<code_object>());
}
}  // namespace

library_module::library_module(std::string_view source) {
    parse_result pr = parse_module(source);
    if (!pr.ok()) {
        error = pr.error().message + " line " + std::to_string(pr.error().line);
        return;
    }
    compile_result cr = compile_module(pr.tree(), source, heap);
    if (!cr.ok) {
        error = cr.error.message;
        return;
    }
    mark_library(cr.code.as<code_object>());
    code = cr.code;
}

void precompile_library_modules() { (void)asyncio_prelude(); }

}  // namespace looplab::python
