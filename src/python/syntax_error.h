// LoopLab Python's compile-time errors as values, and their text in CPython 3.11's layout.
#pragma once
// Usage:
//   syntax_error e = ...;                              // from parse_module (parser.h)
//   std::cerr << format_syntax_error(e, "script.py");  // "  File \"script.py\", line 3\n    x = (1,\n ...
// No exceptions: errors are plain structs. `unsupported` errors (outside LoopLab's subset) format as
// "  File ..., line N\n    <source>\n    ^\nSyntaxError: line N: 'match' statements are not supported in LoopLab's Python".
#include <cstdint>
#include <string>
#include <string_view>

namespace looplab::python {

// The exception class CPython would raise.
enum class syntax_error_kind : std::uint8_t { syntax_error, indentation_error, tab_error };

// One compile-time error (the parser stops at the first, like CPython).
struct syntax_error {
    syntax_error_kind kind = syntax_error_kind::syntax_error;
    std::string message;  // e.g. "'(' was never closed" (no class name)
    int line = 0;  // 1-based line (0 when there is no line, e.g. input too large)
    int col = 0;  // 1-based character column of the caret start (CPython's offset); 0 = no caret
    int end_col = 0;  // 1-based character column one past the caret range (CPython's end_offset); 0 = one
    std::string source_line;  // the offending line's text without its newline (may be empty)
    bool unsupported = false;  // the construct is valid Python but outside LoopLab's subset
};

// The exception class name: "SyntaxError", "IndentationError" or "TabError".
std::string_view syntax_error_kind_name(syntax_error_kind k);

// The text CPython 3.11 prints on stderr for `python3 FILENAME` (trailing newline included).
std::string format_syntax_error(const syntax_error& e, std::string_view filename = "<script>");

}  // namespace looplab::python
