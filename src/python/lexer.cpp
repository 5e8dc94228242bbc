// LoopLab Python's lexer: CPython 3.11's tokenizer rules (indentation stack, brackets, strings, numbers).
#include "python/lexer.h"

#include <array>
#include <cstdio>

namespace looplab::python {
namespace {

// CPython's MAXLEVEL (Parser/tokenizer.h) and MAXINDENT.
constexpr std::size_t max_bracket_depth = 200;
constexpr std::size_t max_indent_depth = 100;

constexpr std::array<std::string_view, 35> keyword_spellings = {
    "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
    "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
    "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
    "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield"};

bool is_ident_start(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}
bool is_ident_char(unsigned char c) { return is_ident_start(c) || (c >= '0' && c <= '9'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

struct op_spelling {
    std::string_view text;
    token_kind kind;
};
// Longest first, so the first match is the right one.
constexpr std::array<op_spelling, 47> operators = {{
    {"**=", token_kind::double_star_equal},
    {"//=", token_kind::double_slash_equal},
    {">>=", token_kind::right_shift_equal},
    {"<<=", token_kind::left_shift_equal},
    {"...", token_kind::ellipsis},
    {"!=", token_kind::not_equal},
    {"%=", token_kind::percent_equal},
    {"&=", token_kind::amper_equal},
    {"**", token_kind::double_star},
    {"*=", token_kind::star_equal},
    {"+=", token_kind::plus_equal},
    {"-=", token_kind::minus_equal},
    {"->", token_kind::arrow},
    {"//", token_kind::double_slash},
    {"/=", token_kind::slash_equal},
    {":=", token_kind::colon_equal},
    {"<<", token_kind::left_shift},
    {"<=", token_kind::less_equal},
    {"==", token_kind::eq_equal},
    {">=", token_kind::greater_equal},
    {">>", token_kind::right_shift},
    {"@=", token_kind::at_equal},
    {"^=", token_kind::circumflex_equal},
    {"|=", token_kind::vbar_equal},
    {"(", token_kind::lpar},
    {")", token_kind::rpar},
    {"[", token_kind::lsqb},
    {"]", token_kind::rsqb},
    {"{", token_kind::lbrace},
    {"}", token_kind::rbrace},
    {":", token_kind::colon},
    {",", token_kind::comma},
    {";", token_kind::semi},
    {".", token_kind::dot},
    {"@", token_kind::at},
    {"=", token_kind::equal},
    {"+", token_kind::plus},
    {"-", token_kind::minus},
    {"*", token_kind::star},
    {"/", token_kind::slash},
    {"%", token_kind::percent},
    {"~", token_kind::tilde},
    {"|", token_kind::vbar},
    {"&", token_kind::amper},
    {"^", token_kind::circumflex},
    {"<", token_kind::less},
    {">", token_kind::greater},
}};

}  // namespace

std::string_view token_kind_spelling(token_kind k) {
    if (is_keyword(k)) return keyword_spellings[static_cast<std::size_t>(k) - static_cast<std::size_t>(first_keyword)];
    for (const auto& op : operators) {
        if (op.kind == k) return op.text;
    }
    switch (k) {
        case token_kind::end_marker:
            return "ENDMARKER";
        case token_kind::newline:
            return "NEWLINE";
        case token_kind::indent:
            return "INDENT";
        case token_kind::dedent:
            return "DEDENT";
        case token_kind::name:
            return "NAME";
        case token_kind::number:
            return "NUMBER";
        case token_kind::string:
            return "STRING";
        default:
            return "ERRORTOKEN";
    }
}

lexer::lexer(std::string_view source, int first_line) : m_src(source), m_line(first_line), m_first_line(first_line) {
    if (m_src.substr(0, 3) == "\xEF\xBB\xBF") m_src.remove_prefix(3);
    m_line_starts.push_back(0);
    std::size_t bad = 0;
    if (!is_valid_utf8(m_src, bad)) {
        int line = 1;
        for (std::size_t i = 0; i < bad; ++i) line += m_src[i] == '\n' ? 1 : 0;
        char hex[8];
        std::snprintf(hex, sizeof hex, "%02x", static_cast<unsigned char>(m_src[bad]));
        fail(std::string("Non-UTF-8 code starting with '\\x") + hex + "' in file <<file>> on line " +
                 std::to_string(line) + ", but no encoding declared; see https://peps.python.org/pep-0263/ for details",
             0, 0);
    }
}

std::string_view lexer::line_text(int line) const {
    if (line < m_first_line) return {};
    std::size_t start = 0;
    for (int l = m_first_line; l < line; ++l) {
        std::size_t nl = m_src.find_first_of("\r\n", start);
        if (nl == std::string_view::npos) return {};
        start = nl + ((m_src[nl] == '\r' && nl + 1 < m_src.size() && m_src[nl + 1] == '\n') ? 2 : 1);
    }
    std::size_t end = m_src.find_first_of("\r\n", start);
    if (end == std::string_view::npos) end = m_src.size();
    return m_src.substr(start, end - start);
}

token lexer::make(token_kind k, std::size_t start, int line, int col) const {
    token t;
    t.kind = k;
    t.text = m_src.substr(start, m_pos - start);
    t.line = line;
    t.col = col;
    t.end_line = m_line;
    t.end_col = static_cast<int>(m_pos - m_line_start);
    return t;
}

token lexer::fail(std::string message, int line, int col_0based, syntax_error_kind kind, bool byte_offsets) {
    m_failed = true;
    m_error_from_pegen = byte_offsets || kind != syntax_error_kind::syntax_error;
    m_error.kind = kind;
    m_error.message = std::move(message);
    m_error.line = line;
    m_error.source_line = std::string(line_text(line));
    if (col_0based < 0) {
        m_error.col = 0;
    } else if (byte_offsets) {
        m_error.col = col_0based + 1;
    } else {
        m_error.col = utf8_char_count(m_error.source_line, static_cast<std::size_t>(col_0based)) + 1;
    }
    m_error.end_col = 0;
    m_last = token{};
    m_last.kind = token_kind::error;
    m_last.line = m_last.end_line = line;
    m_last.col = m_last.end_col = col_0based;
    return m_last;
}

void lexer::newline_seen(std::size_t after) {
    ++m_line;
    m_line_start = after;
}

bool lexer::line_start() {
    for (;;) {
        int col = 0;
        int alt = 0;
        while (!at_end()) {
            const char c = peek();
            if (c == ' ') {
                ++col, ++alt;
            } else if (c == '\t') {
                col = (col / 8 + 1) * 8, ++alt;
            } else if (c == '\f') {
                col = alt = 0;
            } else {
                break;
            }
            ++m_pos;
        }
        const char c = peek();
        if (!at_end() && (c == '#' || c == '\n' || c == '\r')) {  // blank or comment-only line: no tokens
            while (!at_end() && peek() != '\n' && peek() != '\r') ++m_pos;
            if (at_end()) break;
            m_pos += (peek() == '\r' && peek(1) == '\n') ? 2 : 1;
            newline_seen(m_pos);
            continue;
        }
        if (at_end()) break;  // trailing whitespace at EOF
        if (col == m_indents.back()) {
            if (alt != m_alt_indents.back()) {
                fail("inconsistent use of tabs and spaces in indentation", m_line, 0, syntax_error_kind::tab_error);
                return false;
            }
        } else if (col > m_indents.back()) {
            if (m_indents.size() >= max_indent_depth) {
                fail("too many levels of indentation", m_line, 0, syntax_error_kind::indentation_error);
                return false;
            }
            if (alt <= m_alt_indents.back()) {
                fail("inconsistent use of tabs and spaces in indentation", m_line, 0, syntax_error_kind::tab_error);
                return false;
            }
            m_indents.push_back(col);
            m_alt_indents.push_back(alt);
            m_pending_indent = true;
        } else {
            while (m_indents.size() > 1 && col < m_indents.back()) {
                m_indents.pop_back();
                m_alt_indents.pop_back();
                ++m_pending_dedents;
            }
            if (col != m_indents.back()) {
                fail("unindent does not match any outer indentation level", m_line,
                     static_cast<int>(line_text(m_line).size()), syntax_error_kind::indentation_error, true);
                return false;
            }
            if (alt != m_alt_indents.back()) {
                fail("inconsistent use of tabs and spaces in indentation", m_line, 0, syntax_error_kind::tab_error);
                return false;
            }
        }
        break;
    }
    m_at_line_start = false;
    return true;
}

token lexer::next() {
    if (m_failed || m_done) return m_last;
    if (m_at_line_start && m_brackets.empty() && !line_start()) return m_last;
    const int tok_col = static_cast<int>(m_pos - m_line_start);
    if (m_pending_dedents > 0 && !at_end()) {
        --m_pending_dedents;
        return m_last = make(token_kind::dedent, m_pos, m_line, tok_col);
    }
    if (m_pending_indent) {
        m_pending_indent = false;
        return m_last = make(token_kind::indent, m_pos, m_line, tok_col);
    }
    for (;;) {
        while (!at_end() && (peek() == ' ' || peek() == '\t' || peek() == '\f')) ++m_pos;
        if (peek() == '#') {
            while (!at_end() && peek() != '\n' && peek() != '\r') ++m_pos;
        }
        if (at_end()) {
            if (!m_brackets.empty()) {
                m_eof_in_brackets = true;
                return fail("unexpected EOF while parsing", m_line, static_cast<int>(m_pos - m_line_start));
            }
            if (m_line_has_tokens) {
                m_line_has_tokens = false;
                const int c = static_cast<int>(m_pos - m_line_start);
                return m_last = make(token_kind::newline, m_pos, m_line, c);
            }
            if (m_indents.size() > 1) {
                m_indents.pop_back();
                m_alt_indents.pop_back();
                return m_last = make(token_kind::dedent, m_pos, m_line, static_cast<int>(m_pos - m_line_start));
            }
            m_done = true;
            return m_last = make(token_kind::end_marker, m_pos, m_line, static_cast<int>(m_pos - m_line_start));
        }
        const char c = peek();
        if (c == '\\') {
            const std::size_t nl = (peek(1) == '\r' && peek(2) == '\n')   ? 3
                                   : (peek(1) == '\n' || peek(1) == '\r') ? 2
                                                                          : 0;
            if (nl == 0) {
                if (m_pos + 1 >= m_src.size()) {
                    return fail("unexpected EOF while parsing", m_line, static_cast<int>(m_pos - m_line_start));
                }
                return fail("unexpected character after line continuation character", m_line,
                            static_cast<int>(m_pos - m_line_start) + 1, syntax_error_kind::syntax_error, true);
            }
            if (m_pos + nl >= m_src.size()) {
                return fail("unexpected EOF while parsing", m_line, static_cast<int>(m_pos - m_line_start) + 1,
                            syntax_error_kind::syntax_error, true);
            }
            m_pos += nl;
            newline_seen(m_pos);
            continue;
        }
        if (c == '\n' || c == '\r') {
            const std::size_t start = m_pos;
            const int col = static_cast<int>(m_pos - m_line_start);
            const int line = m_line;
            m_pos += (c == '\r' && peek(1) == '\n') ? 2 : 1;
            newline_seen(m_pos);
            if (!m_brackets.empty()) continue;
            m_at_line_start = true;
            m_line_has_tokens = false;
            token t;
            t.kind = token_kind::newline;
            t.text = m_src.substr(start, 0);
            t.line = t.end_line = line;
            t.col = col;
            t.end_col = col + 1;
            return m_last = t;
        }
        break;
    }
    m_line_has_tokens = true;
    const std::size_t start = m_pos;
    const int col = static_cast<int>(m_pos - m_line_start);
    const char c = peek();
    if (is_ident_start(static_cast<unsigned char>(c))) {
        while (!at_end() && is_ident_char(static_cast<unsigned char>(peek()))) ++m_pos;
        if (const std::size_t bad = bad_identifier_char(start, m_pos); bad != std::string_view::npos) {
            return identifier_error(bad);
        }
        const std::string_view word = m_src.substr(start, m_pos - start);
        if (word.size() <= 2 && (peek() == '\'' || peek() == '"')) {
            std::string lower(word);
            for (char& ch : lower) ch = static_cast<char>(ch | 0x20);
            // Python 3's string prefixes (`ur`, `bf`, `rr` are names followed by a string: invalid syntax).
            for (std::string_view p : {"r", "u", "f", "b", "fr", "rf", "br", "rb"}) {
                if (lower == p) return m_last = lex_string(start, word.size());
            }
        }
        for (std::size_t i = 0; i < keyword_spellings.size(); ++i) {
            if (keyword_spellings[i] == word) {
                return m_last = make(static_cast<token_kind>(static_cast<std::size_t>(first_keyword) + i), start,
                                     m_line, col);
            }
        }
        return m_last = make(token_kind::name, start, m_line, col);
    }
    if (is_digit(c) || (c == '.' && is_digit(peek(1)))) return m_last = lex_number(start);
    if (c == '\'' || c == '"') return m_last = lex_string(start, 0);
    for (const auto& op : operators) {
        if (m_src.substr(m_pos, op.text.size()) != op.text) continue;
        m_pos += op.text.size();
        if (op.kind == token_kind::lpar || op.kind == token_kind::lsqb || op.kind == token_kind::lbrace) {
            if (m_brackets.size() >= max_bracket_depth) return fail("too many nested parentheses", m_line, col);
            m_brackets.push_back({c, m_line, col});
        } else if (op.kind == token_kind::rpar || op.kind == token_kind::rsqb || op.kind == token_kind::rbrace) {
            if (m_brackets.empty()) return fail(std::string("unmatched '") + c + "'", m_line, col);
            const open_bracket open = m_brackets.back();
            const char want = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
            if (c != want) {
                std::string msg =
                    std::string("closing parenthesis '") + c + "' does not match opening parenthesis '" + open.ch + "'";
                if (open.line != m_line) msg += " on line " + std::to_string(open.line);
                return fail(msg, m_line, col);
            }
            m_brackets.pop_back();
        }
        return m_last = make(op.kind, start, m_line, col);
    }
    // '$', '?', '!', '`' and control characters: an error token the parser reports as "invalid syntax".
    ++m_pos;
    return m_last = make(token_kind::error, start, m_line, col);
}

}  // namespace looplab::python
