// script_syntax.cpp — the editor's colouring scanner: keywords, builtins, strings (prefixes, f-strings, triple
// quotes across lines), comments, numbers, decorators and the names after def / class, one line at a time.
#include "ui/script_syntax.h"

#include <algorithm>
#include <cctype>
#include <cstring>
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

std::vector<syntax_line_state> syntax_line_states(std::string_view text) { return scan_syntax_lines(text).states; }

namespace {

std::uint64_t word_at(const char* p) {
    std::uint64_t w = 0;
    std::memcpy(&w, p, sizeof w);
    return w;
}

// Bytes a and b have in common from their starts (at most n).
std::size_t common_prefix(const char* a, const char* b, std::size_t n) {
    std::size_t i = 0;
    while (i + 8 <= n && word_at(a + i) == word_at(b + i)) i += 8;
    while (i < n && a[i] == b[i]) ++i;
    return i;
}

// Bytes a and b have in common before their ends a_end and b_end (at most n).
std::size_t common_suffix(const char* a_end, const char* b_end, std::size_t n) {
    std::size_t i = 0;
    while (i + 8 <= n && word_at(a_end - i - 8) == word_at(b_end - i - 8)) i += 8;
    while (i < n && a_end[-1 - static_cast<std::ptrdiff_t>(i)] == b_end[-1 - static_cast<std::ptrdiff_t>(i)]) ++i;
    return i;
}

// Line `line` of text without its '\n'.
std::string_view line_of(std::string_view text, const std::vector<int>& starts, std::size_t line) {
    const auto begin = static_cast<std::size_t>(starts[line]);
    const std::size_t end = line + 1 < starts.size() ? static_cast<std::size_t>(starts[line + 1]) - 1 : text.size();
    return text.substr(begin, end - begin);
}

}  // namespace

text_edit edit_between(std::string_view before, std::string_view after) {
    const std::size_t shorter = std::min(before.size(), after.size());
    const std::size_t prefix = common_prefix(before.data(), after.data(), shorter);
    const std::size_t suffix =
        common_suffix(before.data() + before.size(), after.data() + after.size(), shorter - prefix);
    return {prefix, before.size() - prefix - suffix, after.size() - prefix - suffix};
}

syntax_lines scan_syntax_lines(std::string_view text) {
    syntax_lines lines;  // the empty text's table; the whole text is then one insertion into it
    update_syntax_lines(lines, text, text_edit{0, 0, text.size()});
    return lines;
}

std::size_t update_syntax_lines(syntax_lines& lines, std::string_view text, text_edit edit) {
    std::vector<int>& starts = lines.starts;
    std::vector<syntax_line_state>& states = lines.states;
    const auto as_start = [](std::size_t offset) { return static_cast<int>(offset); };
    // The line holding the first changed byte: the lines before it kept their bytes, so their states too.
    const auto first = static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), as_start(edit.at)) -
                                                starts.begin() - 1);
    // Old lines whose '\n' (one byte before their start) comes after the removed bytes stay, shifted.
    const auto kept = static_cast<std::size_t>(
        std::lower_bound(starts.begin(), starts.end(), as_start(edit.at + edit.removed + 1)) - starts.begin());
    const int shift = static_cast<int>(edit.inserted) - static_cast<int>(edit.removed);
    for (std::size_t j = kept; j < starts.size(); ++j) starts[j] += shift;
    std::vector<int> fresh;  // the starts of the lines the inserted bytes begin
    for (std::size_t p = edit.at; p < edit.at + edit.inserted; ++p)
        if (text[p] == '\n') fresh.push_back(static_cast<int>(p + 1));
    const auto gone_begin = static_cast<std::ptrdiff_t>(first + 1);
    const auto gone_end = static_cast<std::ptrdiff_t>(kept);
    starts.erase(starts.begin() + gone_begin, starts.begin() + gone_end);
    starts.insert(starts.begin() + gone_begin, fresh.begin(), fresh.end());
    states.erase(states.begin() + gone_begin, states.begin() + gone_end);
    states.insert(states.begin() + gone_begin, fresh.size(), syntax_line_state::code);  // all rescanned below
    // Lines first .. last_changed hold changed bytes; a later line is unchanged, so once it starts in the state it
    // started in before, so do all the lines after it.
    const std::size_t last_changed = first + fresh.size();
    std::size_t scanned = 0;
    for (std::size_t line = first; line + 1 < starts.size(); ++line) {
        const syntax_line_state next = scan_syntax_line(line_of(text, starts, line), states[line], nullptr);
        ++scanned;
        if (line + 1 > last_changed && next == states[line + 1]) break;
        states[line + 1] = next;
    }
    return scanned;
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
