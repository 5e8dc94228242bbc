// LoopLab Python's lexer, literal half: string and number tokens, and UTF-8 checks (CPython's tokenizer rules).
#include <cstdint>
#include <cstdio>

#include "python/lexer.h"

namespace looplab::python {
namespace {

bool is_ident_start(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}
bool is_ident_char(unsigned char c) { return is_ident_start(c) || (c >= '0' && c <= '9'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

}  // namespace

bool is_valid_utf8(std::string_view s, std::size_t& bad_offset) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = 0;
        std::uint32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            n = 1, cp = c & 0x1Fu;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2, cp = c & 0x0Fu;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3, cp = c & 0x07u;
        } else {
            bad_offset = i;
            return false;
        }
        for (std::size_t k = 1; k <= n; ++k) {
            if (i + k >= s.size()) {
                bad_offset = i;
                return false;
            }
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0u) != 0x80u) {
                bad_offset = i;
                return false;
            }
            cp = (cp << 6) | (cc & 0x3Fu);
        }
        const bool overlong = (n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            bad_offset = i;
            return false;
        }
        i += n + 1;
    }
    return true;
}

int utf8_char_count(std::string_view s, std::size_t bytes) {
    int n = 0;
    for (std::size_t i = 0; i < bytes && i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0u) != 0x80u) ++n;
    }
    return n;
}

token lexer::lex_string(std::size_t start, std::size_t prefix_len) {
    const int line = m_line;
    const int col = static_cast<int>(start - m_line_start);
    const char quote = peek();
    const bool triple = peek(1) == quote && peek(2) == quote;
    m_pos += triple ? 3 : 1;
    (void)prefix_len;
    for (;;) {
        if (at_end()) {
            if (triple) {
                return fail(
                    "unterminated triple-quoted string literal (detected at line " +
                        std::to_string(
                            m_line - ((m_pos > 0 && (m_src[m_pos - 1] == '\n' || m_src[m_pos - 1] == '\r')) ? 1 : 0)) +
                        ")",
                    line, col);
            }
            return fail("unterminated string literal (detected at line " + std::to_string(line) + ")", line, col);
        }
        const char c = peek();
        if (c == '\\') {
            ++m_pos;
            if (at_end()) continue;
            const char e = peek();
            m_pos += (e == '\r' && peek(1) == '\n') ? 2 : 1;
            if (e == '\n' || e == '\r') newline_seen(m_pos);
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (!triple) {
                return fail("unterminated string literal (detected at line " + std::to_string(m_line) + ")", line, col);
            }
            m_pos += (c == '\r' && peek(1) == '\n') ? 2 : 1;
            newline_seen(m_pos);
            continue;
        }
        if (c == quote && (!triple || (peek(1) == quote && peek(2) == quote))) {
            m_pos += triple ? 3 : 1;
            return make(token_kind::string, start, line, col);
        }
        ++m_pos;
    }
}

namespace {

std::uint32_t decode_at(std::string_view s, std::size_t i, std::size_t& len) {
    const auto c = static_cast<unsigned char>(s[i]);
    len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (i + len > s.size()) len = s.size() - i;
    std::uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1Fu) : len == 3 ? (c & 0x0Fu) : (c & 0x07u);
    for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
    return cp;
}

// Characters CPython's tokenizer names as non-printable (Unicode Cc, Cf, Zs, Zl, Zp; the common ones).
bool is_non_printable(std::uint32_t cp) {
    return (cp >= 0x80 && cp <= 0xA0) || cp == 0xAD || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200F) ||
           (cp >= 0x2028 && cp <= 0x202F) || (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF ||
           (cp >= 0xFFF9 && cp <= 0xFFFB);
}

// Punctuation and symbols that are not identifier characters (a practical subset of Unicode's P* and S*).
bool is_symbol(std::uint32_t cp) {
    return (cp >= 0xA1 && cp <= 0xBF && cp != 0xAA && cp != 0xB5 && cp != 0xBA) || cp == 0xD7 || cp == 0xF7 ||
           (cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x205E) || (cp >= 0x20A0 && cp <= 0x20CF) ||
           (cp >= 0x2190 && cp <= 0x23FF) || (cp >= 0x2500 && cp <= 0x27BF) || (cp >= 0x3001 && cp <= 0x3004) ||
           (cp >= 0x3008 && cp <= 0x3020) || (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
           (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65) || (cp >= 0x1F000 && cp <= 0x1FAFF);
}

}  // namespace

std::size_t lexer::bad_identifier_char(std::size_t from, std::size_t to) const {
    for (std::size_t i = from; i < to;) {
        std::size_t len = 1;
        const std::uint32_t cp = decode_at(m_src, i, len);
        if (cp >= 0x80 && (is_non_printable(cp) || is_symbol(cp))) return i;
        i += len;
    }
    return std::string_view::npos;
}

token lexer::identifier_error(std::size_t at) {
    std::size_t len = 1;
    const std::uint32_t cp = decode_at(m_src, at, len);
    char hex[16];
    std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(cp));
    const int col = static_cast<int>(at - m_line_start);
    if (is_non_printable(cp)) return fail(std::string("invalid non-printable character ") + hex, m_line, col);
    return fail("invalid character '" + std::string(m_src.substr(at, len)) + "' (" + hex + ")", m_line, col);
}

bool lexer::keyword_follows() const {
    // CPython 3.11 (verify_end_of_number) accepts `1if x else 2` and `0x1for` with a SyntaxWarning.
    for (std::string_view k : {"and", "else", "for", "if", "in", "is", "not", "or"}) {
        if (m_src.substr(m_pos, k.size()) == k) return true;
    }
    return false;
}

token lexer::lex_number(std::size_t start) {
    const int col = static_cast<int>(start - m_line_start);
    auto digits = [&](auto ok) {  // digits with single '_' separators; false on a misplaced '_'
        while (true) {
            while (ok(peek())) ++m_pos;
            if (peek() != '_') return true;
            ++m_pos;
            if (!ok(peek())) return false;
        }
    };
    auto here = [&] { return static_cast<int>(m_pos - m_line_start); };
    if (peek() == '0' &&
        (peek(1) == 'x' || peek(1) == 'X' || peek(1) == 'o' || peek(1) == 'O' || peek(1) == 'b' || peek(1) == 'B')) {
        const char base = static_cast<char>(peek(1) | 0x20);
        m_pos += 2;
        if (peek() == '_') ++m_pos;
        const char* name = base == 'x' ? "hexadecimal" : base == 'o' ? "octal" : "binary";
        auto ok = [base](char ch) {
            return base == 'x' ? is_hex(ch) : base == 'o' ? (ch >= '0' && ch <= '7') : (ch == '0' || ch == '1');
        };
        if (!ok(peek()) || !digits(ok)) {
            if (is_digit(peek())) {
                return fail(std::string("invalid digit '") + peek() + "' in " + name + " literal", m_line, here());
            }
            return fail(std::string("invalid ") + name + " literal", m_line, here() - 1);
        }
        if (is_digit(peek())) {
            return fail(std::string("invalid digit '") + peek() + "' in " + name + " literal", m_line, here());
        }
        if (is_ident_char(static_cast<unsigned char>(peek())) && !keyword_follows()) {
            return fail(std::string("invalid ") + name + " literal", m_line, here() - 1);
        }
        return make(token_kind::number, start, m_line, col);
    }
    bool is_float = false;
    if (peek() != '.') {
        if (!digits(is_digit)) return fail("invalid decimal literal", m_line, here() - 1);
    }
    if (peek() == '.') {
        is_float = true;
        ++m_pos;
        if (is_digit(peek()) && !digits(is_digit)) return fail("invalid decimal literal", m_line, here() - 1);
    }
    if (peek() == 'e' || peek() == 'E') {
        const std::size_t save = m_pos;
        ++m_pos;
        if (peek() == '+' || peek() == '-') ++m_pos;
        if (!is_digit(peek())) {
            m_pos = save;
            if (!keyword_follows()) return fail("invalid decimal literal", m_line, col);
            return make(token_kind::number, start, m_line, col);
        }
        if (!digits(is_digit)) return fail("invalid decimal literal", m_line, here() - 1);
        is_float = true;
    }
    if (peek() == 'j' || peek() == 'J') ++m_pos;
    if (is_ident_char(static_cast<unsigned char>(peek())) && !keyword_follows()) {
        return fail("invalid decimal literal", m_line, here() - 1);  // CPython points at the last digit
    }
    const std::string_view text = m_src.substr(start, m_pos - start);
    if (!is_float && text.size() > 1 && text[0] == '0' && text.back() != 'j' && text.back() != 'J') {
        bool all_zero = true;
        for (char ch : text) all_zero = all_zero && (ch == '0' || ch == '_');
        if (!all_zero) {
            return fail(
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
                "integers",
                m_line, col);
        }
    }
    return make(token_kind::number, start, m_line, col);
}

}  // namespace looplab::python
