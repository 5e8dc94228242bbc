// LoopLab Python's parser: source text -> AST (ast.h) or the first SyntaxError (syntax_error.h), like CPython.
#pragma once
// Usage:
//   parse_result r = parse_module(source);
//   if (!r.ok()) { std::cerr << format_syntax_error(r.error(), path); return 1; }
//   std::unique_ptr<module> tree = r.take_tree();
// The parser never throws and never recurses without bound: nesting beyond the limits below is a SyntaxError
// ("too many nested parentheses" at 200 brackets as CPython's tokenizer, "too many nested expressions" /
// "too many nested blocks" otherwise). Input larger than `max_source_bytes` is rejected up front.
// Notes (e.g. LoopLab accepting `asyncio.async(...)`) are in module::notes.
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
