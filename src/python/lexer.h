// LoopLab Python's lexer: UTF-8 source -> tokens with INDENT/DEDENT, on demand (CPython's tokenizer rules).
#pragma once
// Usage:
//   lexer lx(source);                            // source must outlive the lexer and its tokens
//   token t = lx.next();                         // ... until end_marker, or error (then see lx.error())
// Handles a leading BOM, \r\n, tabs (next multiple of 8, with CPython's TabError check), backslash continuations,
// implicit joining inside brackets (at most 200 nested, as CPython's MAXLEVEL), comments and blank lines.
// Invalid UTF-8 is an error token, never undefined behaviour. Strings are returned raw (prefix and quotes
// included); string_literal.h decodes them.
#include <string>
#include <string_view>
#include <vector>

#include "python/syntax_error.h"
#include "python/token.h"

namespace looplab::python {

// An open bracket the lexer is inside of.
struct open_bracket {
    char ch = '(';  // '(', '[' or '{'
    int line = 0;  // 1-based
    int col = 0;  // 0-based byte column
};

class lexer {
public:
    // Starts lexing `source` (a view; keep it alive).
    explicit lexer(std::string_view source, int first_line = 1);
    // The next token; after an error token or end_marker it keeps returning that.
    token next();
    // The error behind the last error token (message, kind, position; the source line is filled in).
    const syntax_error& error() const { return m_error; }
    // True when the last error token is "end of file inside brackets" (the parser reports "'(' was never closed").
    bool eof_in_brackets() const { return m_eof_in_brackets; }
    // The innermost open brackets (innermost last).
    const std::vector<open_bracket>& brackets() const { return m_brackets; }
    // The text of a 1-based line without its line end ("" when out of range).
    std::string_view line_text(int line) const;
    // The whole source (after the BOM).
    std::string_view source() const { return m_src; }
    // True once the lexer has failed (its last token is a failure: kind error with empty text).
    bool failed() const { return m_failed; }
    // False for the errors CPython's tokenizer leaves to the parser (indentation, TabError, line continuation,
    // EOF): those are not found by CPython's look at the rest of the file after a parser error.
    bool error_seen_by_full_scan() const { return m_failed && !m_error_from_pegen; }

private:
    token make(token_kind k, std::size_t start, int line, int col) const;
    // Records an error at a 0-based byte column. CPython's tokenizer reports most errors in characters, but the
    // ones pegen raises for it (line continuation, unindent, EOF) in bytes: `byte_offsets` selects that.
    token fail(std::string message, int line, int col_0based, syntax_error_kind kind = syntax_error_kind::syntax_error,
               bool byte_offsets = false);
    bool line_start();  // handles indentation at the start of a logical line; false on error
    token lex_string(std::size_t start, std::size_t prefix_len);
    token lex_number(std::size_t start);
    bool keyword_follows() const;  // a keyword CPython lets touch a number (`1if`)
    // The offset of the first character in [from, to) that CPython rejects in an identifier (npos if none).
    std::size_t bad_identifier_char(std::size_t from, std::size_t to) const;
    token identifier_error(std::size_t at);  // "invalid character '€' (U+20AC)" / "invalid non-printable ..."
    char peek(std::size_t ahead = 0) const { return m_pos + ahead < m_src.size() ? m_src[m_pos + ahead] : '\0'; }
    bool at_end() const { return m_pos >= m_src.size(); }
    void newline_seen(std::size_t after);  // records a physical line break ending just before `after`

    std::string_view m_src;
    std::size_t m_pos = 0;
    int m_line = 1;
    int m_first_line = 1;  // line number of the source's first line (f-string expressions start mid-file)
    std::size_t m_line_start = 0;
    std::vector<std::size_t> m_line_starts;  // byte offset of each line start seen so far (index = line - 1)
    std::vector<int> m_indents{0};
    std::vector<int> m_alt_indents{0};
    std::vector<open_bracket> m_brackets;
    int m_pending_dedents = 0;
    bool m_pending_indent = false;
    bool m_at_line_start = true;
    bool m_line_has_tokens = false;
    bool m_done = false;
    bool m_failed = false;
    bool m_eof_in_brackets = false;
    bool m_error_from_pegen = false;
    token m_last;
    syntax_error m_error;
};

// True when `s` is valid UTF-8 (no overlongs, no surrogates, at most U+10FFFF); else `bad_offset` is set.
bool is_valid_utf8(std::string_view s, std::size_t& bad_offset);
// Number of UTF-8 characters in the first `bytes` bytes of `s` (for CPython's character offsets).
int utf8_char_count(std::string_view s, std::size_t bytes);

}  // namespace looplab::python
