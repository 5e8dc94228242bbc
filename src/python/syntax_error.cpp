// LoopLab Python's SyntaxError text: CPython 3.11's print_exception layout (File line, source line, carets).
#include "python/syntax_error.h"

namespace looplab::python {

std::string_view syntax_error_kind_name(syntax_error_kind k) {
    switch (k) {
        case syntax_error_kind::indentation_error:
            return "IndentationError";
        case syntax_error_kind::tab_error:
            return "TabError";
        default:
            return "SyntaxError";
    }
}

std::string format_syntax_error(const syntax_error& e, std::string_view filename) {
    std::string out;
    std::string message = e.message;
    if (const std::size_t at = message.find("<<file>>"); at != std::string::npos) {
        message.replace(at, 8, filename);
    }
    if (e.line > 0) {
        out += "  File \"" + std::string(filename) + "\", line " + std::to_string(e.line) + "\n";
        // As pythonrun.c's print_error_text: strip leading blanks, shift the offset, clip it, one caret or a range.
        std::string_view text = e.source_line;
        const long line_chars = static_cast<long>(text.size());
        long offset = e.col;
        long end_offset = e.end_col;
        if (end_offset > line_chars + 2) end_offset = line_chars + 2;  // text carries its '\n' in CPython
        const long carets = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
        --offset;
        std::size_t skip = 0;
        while (skip < text.size() && (text[skip] == ' ' || text[skip] == '\t' || text[skip] == '\f')) {
            ++skip;
            --offset;
        }
        text.remove_prefix(skip);
        const long len = static_cast<long>(text.size());
        if (offset > len) offset = len;
        out += "    ";
        out += text;
        out += "\n";
        if (offset >= 0) {
            out += "    ";
            out.append(static_cast<std::size_t>(offset), ' ');
            out.append(static_cast<std::size_t>(carets), '^');
            out += "\n";
        }
    }
    out += std::string(syntax_error_kind_name(e.kind)) + ": " + message + "\n";
    return out;
}

}  // namespace looplab::python
