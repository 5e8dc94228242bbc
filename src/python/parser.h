// LoopLab Python's parser: source text -> AST (ast.h) or the first SyntaxError (syntax_error.h), like CPython.
#pragma once
// Usage:
//   parse_result r = parse_module(source);
//   if (!r.ok()) { std::cerr << format_syntax_error(r.error(), path); return 1; }
//   std::unique_ptr<module> tree = r.take_tree();
// Errors come in CPython's order: the first tokenizer or parser error (with pegen's rules for which one wins),
// then, only if the whole file parses, the first of CPython's compile-time checks that the front end makes:
// 'return'/'yield'/'await' outside function, 'await' outside async function, 'break' outside loop, 'continue'
// not properly in loop, 'yield from' inside async function, 'async for'/'async with' outside async function,
// nonlocal at module level, duplicate argument. (Symbol-table errors such as "no binding for nonlocal 'x'
// found" are the compiler's.) Constructs outside LoopLab's subset are a SyntaxError with `unsupported` set and a
// message "line N: 'match' statements are not supported in LoopLab's Python".
// The parser never throws and never recurses without bound: 200 nested brackets are CPython's "too many nested
// parentheses", 100 indentation levels "too many levels of indentation", and expressions nested deeper than
// `max_depth` "too many nested expressions". Input larger than `max_source_bytes` is rejected up front.
// Notes (e.g. LoopLab accepting `asyncio.async(...)`) are in module::notes, in source order.
#include <cstddef>
#include <memory>
#include <string_view>

#include "python/ast.h"
#include "python/syntax_error.h"

namespace looplab::python {

// Limits; the defaults suit the page and the CLI.
struct parse_options {
    std::size_t max_source_bytes = 8u << 20;  // larger input is a SyntaxError "source too large"
    int max_depth = 200;  // expression/statement nesting before "too many nested ..."
};

// Either a module or a syntax error.
class parse_result {
public:
    // A successful parse.
    explicit parse_result(std::unique_ptr<module> tree) : m_tree(std::move(tree)) {}
    // A failed parse.
    explicit parse_result(syntax_error error) : m_error(std::move(error)) {}
    // True when the parse succeeded.
    bool ok() const { return m_tree != nullptr; }
    // The tree (only when ok()).
    const module& tree() const { return *m_tree; }
    // Moves the tree out (only when ok()).
    std::unique_ptr<module> take_tree() { return std::move(m_tree); }
    // The error (only when !ok()).
    const syntax_error& error() const { return m_error; }

private:
    std::unique_ptr<module> m_tree;
    syntax_error m_error;
};

// Parses a whole script (CPython's file input). The source must stay alive only during the call.
parse_result parse_module(std::string_view source, const parse_options& options = {});

}  // namespace looplab::python
