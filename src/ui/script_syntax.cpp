// script_syntax.cpp — the editor's colouring scanner: keywords, builtins, strings (prefixes, f-strings, triple
// quotes across lines), comments, numbers, decorators and the names after def / class, one line at a time.
#include "ui/script_syntax.h"

#include <algorithm>
#include <cctype>
#include <span>
#include <utility>

namespace looplab::ui {

namespace {

// Python 3.11's keyword.kwlist.
constexpr std::string_view keywords[] = {"False",  "None",   "True",    "and",      "as",       "assert", "async",
                                         "await",  "break",  "class",   "continue", "def",      "del",    "elif",
                                         "else",   "except", "finally", "for",      "from",     "global", "if",
                                         "import", "in",     "is",      "lambda",   "nonlocal", "not",    "or",
                                         "pass",   "raise",  "return",  "try",      "while",    "with",   "yield"};

// The builtins a script uses most: functions, and the exceptions it raises or catches.
// clang-format off
constexpr std::string_view builtins[] = {
    "abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes", "callable",
    "chr", "classmethod", "compile", "complex", "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec",
    "filter", "float", "format", "frozenset", "getattr", "globals", "hasattr", "hash", "help", "hex", "id", "input",
    "int", "isinstance", "issubclass", "iter", "len", "list", "locals", "map", "max", "memoryview", "min", "next",
    "object", "oct", "open", "ord", "pow", "print", "property", "range", "repr", "reversed", "round", "set",
    "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip",
    "__import__", "BaseException", "Exception", "ArithmeticError", "AssertionError", "AttributeError",
    "CancelledError", "IndexError", "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError", "NameError",
    "NotImplementedError", "OSError", "OverflowError", "RecursionError", "RuntimeError", "StopAsyncIteration",
    "StopIteration", "TimeoutError", "TypeError", "ValueError", "ZeroDivisionError"};
// clang-format on

bool is_name_start(unsigned char c) { return std::isalpha(c) != 0 || c == '_' || c >= 0x80; }
bool is_name_char(unsigned char c) { return std::isalnum(c) != 0 || c == '_' || c >= 0x80; }

bool one_of(std::span<const std::string_view> words, std::string_view w) {
    return std::find(words.begin(), words.end(), w) != words.end();
}

// r, u, f, b and the pairs rb / br / fr / rf, in any case.
bool is_string_prefix(std::string_view w) {
    if (w.empty() || w.size() > 2) return false;
    bool r = false, other = false;
    for (const char ch : w) {
        const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        if (c == 'r' && !r) {
            r = true;
        } else if ((c == 'u' || c == 'f' || c == 'b') && !other) {
            if (c == 'u' && w.size() == 2) return false;
            other = true;
        } else {
            return false;
        }
    }
    return true;
}

struct line_scanner {
    std::string_view line;
    std::vector<syntax_span>* out;
    std::size_t i = 0;

    void add(std::size_t begin, std::size_t end, syntax_kind kind) const {
        if (out == nullptr || end <= begin) return;
        if (!out->empty() && out->back().kind == kind && out->back().end == begin) {
            out->back().end = static_cast<std::uint32_t>(end);
            return;
        }
        out->push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end), kind});
    }

    // The body of a string from i up to and past its closing quote(s); returns the state the next line starts in
    // (code once it closed). A backslash escapes the next byte, raw strings included: r"\"" does not end either.
    syntax_line_state string_body(std::size_t begin, char quote, bool triple) {
        while (i < line.size()) {
            const char c = line[i];
            if (c == '\\') {
                if (i + 1 >= line.size()) {  // a backslash at the line's end continues the string
                    i = line.size();
                    add(begin, i, syntax_kind::string);
                    return quote == '\''
                               ? (triple ? syntax_line_state::in_triple_single : syntax_line_state::in_single)
                               : (triple ? syntax_line_state::in_triple_double : syntax_line_state::in_double);
                }
                i += 2;
                continue;
            }
            if (c == quote) {
                if (!triple) {
                    ++i;
                    add(begin, i, syntax_kind::string);
                    return syntax_line_state::code;
                }
                if (line.substr(i, 3) == std::string_view(triple_of(quote), 3)) {
                    i += 3;
                    add(begin, i, syntax_kind::string);
                    return syntax_line_state::code;
                }
            }
            ++i;
        }
        add(begin, i, syntax_kind::string);
        // An unterminated one-quote string ends with its line (CPython's SyntaxError); a triple-quoted one goes on.
        if (!triple) return syntax_line_state::code;
        return quote == '\'' ? syntax_line_state::in_triple_single : syntax_line_state::in_triple_double;
    }

    static const char* triple_of(char quote) { return quote == '\'' ? "'''" : "\"\"\""; }

    // A string whose prefix starts at begin and whose first quote is at i.
    syntax_line_state string_at(std::size_t begin) {
        const char quote = line[i];
        const bool triple = line.substr(i, 3) == std::string_view(triple_of(quote), 3);
        i += triple ? 3 : 1;
        return string_body(begin, quote, triple);
    }

    void number() {
        const std::size_t begin = i;
        const bool hex = line.substr(i, 2) == "0x" || line.substr(i, 2) == "0X";
        while (i < line.size()) {
            const unsigned char c = static_cast<unsigned char>(line[i]);
            if (std::isalnum(c) != 0 || c == '_' || c == '.') {
                ++i;
            } else if ((c == '+' || c == '-') && !hex && (line[i - 1] == 'e' || line[i - 1] == 'E')) {
                ++i;
            } else {
                break;
            }
        }
        add(begin, i, syntax_kind::number);
    }

    syntax_line_state code() {
        bool after_def = false;  // the last name was def or class
        bool line_start = true;  // only spaces so far: a '@' here is a decorator
        while (i < line.size()) {
            const unsigned char c = static_cast<unsigned char>(line[i]);
            if (c == ' ' || c == '\t' || c == '\f' || c == '\r') {
                ++i;
                continue;
            }
            const bool at_start = std::exchange(line_start, false);
            if (c == '#') {
                add(i, line.size(), syntax_kind::comment);
                i = line.size();
                break;
            }
            if (c == '\'' || c == '"') {
                after_def = false;
                const syntax_line_state next = string_at(i);
                if (next != syntax_line_state::code) return next;
                continue;
            }
            if (std::isdigit(c) != 0 || (c == '.' && i + 1 < line.size() && std::isdigit(line[i + 1]) != 0)) {
                after_def = false;
                number();
                continue;
            }
            if (c == '@' && at_start) {
                const std::size_t begin = i++;
                while (i < line.size() && (is_name_char(static_cast<unsigned char>(line[i])) || line[i] == '.')) ++i;
                add(begin, i, syntax_kind::decorator);
                continue;
            }
            if (is_name_start(c)) {
                const std::size_t begin = i;
                while (i < line.size() && is_name_char(static_cast<unsigned char>(line[i]))) ++i;
                const std::string_view word = line.substr(begin, i - begin);
                if (i < line.size() && (line[i] == '\'' || line[i] == '"') && is_string_prefix(word)) {
                    after_def = false;
                    const syntax_line_state next = string_at(begin);
                    if (next != syntax_line_state::code) return next;
                    continue;
                }
                const bool attribute = begin > 0 && line[begin - 1] == '.';
                if (after_def) {
                    add(begin, i, syntax_kind::definition);
                    after_def = false;
                } else if (one_of(keywords, word)) {
                    add(begin, i, syntax_kind::keyword);
                    after_def = word == "def" || word == "class";
                } else if (!attribute && one_of(builtins, word)) {
                    add(begin, i, syntax_kind::builtin);
                }
                continue;
            }
            after_def = false;
            ++i;
        }
        return syntax_line_state::code;
    }
};

}  // namespace

syntax_line_state scan_syntax_line(std::string_view line, syntax_line_state start, std::vector<syntax_span>* out) {
    line_scanner s{line, out};
    switch (start) {
        case syntax_line_state::in_triple_single:
        case syntax_line_state::in_triple_double:
        case syntax_line_state::in_single:
        case syntax_line_state::in_double: {
            const bool single = start == syntax_line_state::in_triple_single || start == syntax_line_state::in_single;
            const bool triple =
                start == syntax_line_state::in_triple_single || start == syntax_line_state::in_triple_double;
            const syntax_line_state next = s.string_body(0, single ? '\'' : '"', triple);
            if (next != syntax_line_state::code) return next;
            break;
        }
        case syntax_line_state::code:
            break;
    }
    return s.code();
}

std::vector<syntax_line_state> syntax_line_states(std::string_view text) {
    std::vector<syntax_line_state> states;
    states.push_back(syntax_line_state::code);
    std::size_t begin = 0;
    for (;;) {
        const std::size_t nl = text.find('\n', begin);
        if (nl == std::string_view::npos) break;
        states.push_back(scan_syntax_line(text.substr(begin, nl - begin), states.back(), nullptr));
        begin = nl + 1;
    }
    return states;
}

std::vector<syntax_span> scan_syntax_text(std::string_view text) {
    std::vector<syntax_span> all, line_spans;
    syntax_line_state state = syntax_line_state::code;
    std::size_t begin = 0;
    for (;;) {
        const std::size_t nl = text.find('\n', begin);
        const std::size_t end = nl == std::string_view::npos ? text.size() : nl;
        line_spans.clear();
        state = scan_syntax_line(text.substr(begin, end - begin), state, &line_spans);
        for (syntax_span s : line_spans) {
            s.begin += static_cast<std::uint32_t>(begin);
            s.end += static_cast<std::uint32_t>(begin);
            all.push_back(s);
        }
        if (nl == std::string_view::npos) break;
        begin = nl + 1;
    }
    return all;
}

std::uint32_t syntax_colour(syntax_kind kind) {
    // Readable on the page's dark theme (WCAG contrast >= 4.5:1 against the editor's background: tests/ui).
    const auto rgb = [](std::uint32_t r, std::uint32_t g, std::uint32_t b) {
        return r | (g << 8) | (b << 16) | (0xFFu << 24);
    };
    switch (kind) {
        case syntax_kind::keyword:
            return rgb(86, 156, 214);  // blue
        case syntax_kind::builtin:
            return rgb(78, 201, 176);  // teal
        case syntax_kind::string:
            return rgb(230, 160, 120);  // orange
        case syntax_kind::comment:
            return rgb(120, 170, 100);  // green
        case syntax_kind::number:
            return rgb(181, 206, 168);  // pale green
        case syntax_kind::decorator:
            return rgb(210, 140, 220);  // violet
        case syntax_kind::definition:
            return rgb(230, 220, 140);  // yellow
        case syntax_kind::plain:
            return 0;
    }
    return 0;
}

}  // namespace looplab::ui
