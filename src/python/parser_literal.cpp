// LoopLab Python's literals: numbers (64-bit ints, floats), strings with escapes, and 3.11 f-strings into AST parts.
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "python/parser_impl.h"

namespace looplab::python::detail {
namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Newlines inside a literal read as "\n", as CPython's universal-newline file reading gives them.
std::string normalise_newlines(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\r') {
            out += '\n';
            if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
        } else {
            out += s[i];
        }
    }
    return out;
}

}  // namespace

expr* parser::number(const token& t) {
    std::string clean;
    for (char c : t.text) {
        if (c != '_') clean += c;
    }
    if (clean.back() == 'j' || clean.back() == 'J') {
        unsupported(t.line, t.col, t.end_col, "complex numbers (imaginary literals such as '1j') are");
        return nullptr;
    }
    auto* c = make<constant_expr>(t);
    finish(c);
    int base = 10;
    std::size_t start = 0;
    if (clean.size() > 1 && clean[0] == '0') {
        const char b = static_cast<char>(clean[1] | 0x20);
        base = b == 'x' ? 16 : b == 'o' ? 8 : b == 'b' ? 2 : 10;
        if (base != 10) start = 2;
    }
    if (base == 10 && clean.find_first_of(".eE") != std::string::npos) {
        c->value_kind = constant_kind::float_;
        c->float_value = std::strtod(clean.c_str(), nullptr);
        return c;
    }
    std::uint64_t v = 0;
    bool overflow = false;
    for (std::size_t i = start; i < clean.size(); ++i) {
        const auto d = static_cast<std::uint64_t>(hex_value(clean[i]));
        if (v > (UINT64_MAX - d) / static_cast<std::uint64_t>(base)) overflow = true;
        v = v * static_cast<std::uint64_t>(base) + d;
    }
    if (overflow || v > static_cast<std::uint64_t>(INT64_MAX)) {
        error_range(t.line, t.col, t.line, t.end_col,
                    "line " + std::to_string(t.line) + ": integer literal " + std::string(t.text) +
                        " is too large: LoopLab's ints are 64-bit (at most 9223372036854775807)");
        if (m_error) m_error->unsupported = true;
        return nullptr;
    }
    c->value_kind = constant_kind::int_;
    c->int_value = static_cast<std::int64_t>(v);
    return c;
}

void parser::fstring_error(const token& t, std::string message) {
    error_range(t.end_line, t.end_col, t.end_line, t.end_col, std::move(message));
}

bool parser::decode_escapes(const token& t, std::string_view body, std::string& out) {
    auto truncated = [&](std::size_t from, std::size_t to, const char* what) {
        fstring_error(t, "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
                             std::to_string(from) + "-" + std::to_string(to) + ": " + what);
        return false;
    };
    for (std::size_t i = 0; i < body.size(); ++i) {
        const char c = body[i];
        if (c != '\\' || i + 1 >= body.size()) {
            out += c;
            continue;
        }
        const std::size_t at = i;
        const char e = body[++i];
        switch (e) {
            case '\n':
                break;
            case '\\':
                out += '\\';
                break;
            case '\'':
                out += '\'';
                break;
            case '"':
                out += '"';
                break;
            case 'a':
                out += '\a';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'v':
                out += '\v';
                break;
            case 'x':
            case 'u':
            case 'U': {
                const std::size_t digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                std::uint32_t cp = 0;
                std::size_t k = 0;
                for (; k < digits && i + 1 + k < body.size() && hex_value(body[i + 1 + k]) >= 0; ++k) {
                    cp = cp * 16 + static_cast<std::uint32_t>(hex_value(body[i + 1 + k]));
                }
                if (k < digits) {
                    return truncated(at, i + k,
                                     e == 'x'   ? "truncated \\xXX escape"
                                     : e == 'u' ? "truncated \\uXXXX escape"
                                                : "truncated \\UXXXXXXXX escape");
                }
                if (cp > 0x10FFFF) return truncated(at, i + k, "illegal Unicode character");
                append_utf8(out, cp);
                i += k;
                break;
            }
            case 'N':
                unsupported(t.line, t.col, t.end_col, "\\N{...} escapes are");
                return false;
            default:
                if (e >= '0' && e <= '7') {
                    std::uint32_t cp = static_cast<std::uint32_t>(e - '0');
                    for (int k = 0; k < 2 && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '7'; ++k) {
                        cp = cp * 8 + static_cast<std::uint32_t>(body[++i] - '0');
                    }
                    append_utf8(out, cp);
                } else {
                    out += '\\';  // unknown escapes stay as written (CPython warns, we accept)
                    out += e;
                }
        }
    }
    return true;
}

void parser::add_literal(const token& t, std::vector<expr*>& parts, std::string text) {
    if (text.empty()) return;
    if (!parts.empty() && parts.back()->kind == expr_kind::constant) {
        parts.back()->as<constant_expr>().str_value += text;
        return;
    }
    auto* c = make<constant_expr>(t);
    c->pos = {t.line, t.col, t.end_line, t.end_col};
    c->value_kind = constant_kind::str;
    c->str_value = std::move(text);
    parts.push_back(c);
}

bool parser::decode_string(const token& t, std::vector<expr*>& parts, bool& is_f) {
    std::size_t p = 0;
    bool raw = false;
    is_f = false;
    while (p < t.text.size() && t.text[p] != '\'' && t.text[p] != '"') {
        const char l = static_cast<char>(t.text[p] | 0x20);
        if (l == 'b') {
            unsupported(t.line, t.col, t.end_col, "bytes literals (b'...') are");
            return false;
        }
        raw = raw || l == 'r';
        is_f = is_f || l == 'f';
        ++p;
    }
    const std::size_t q = t.text.size() - p >= 6 && t.text[p + 1] == t.text[p] && t.text[p + 2] == t.text[p] ? 3 : 1;
    const std::string body = normalise_newlines(t.text.substr(p + q, t.text.size() - p - 2 * q));
    if (!is_f) {
        std::string s;
        if (raw) {
            s = body;
        } else if (!decode_escapes(t, body, s)) {
            return false;
        }
        add_literal(t, parts, std::move(s));
        return true;
    }
    return fstring_parts(t, body, 0, p + q, raw, false, 0, parts) != std::string::npos;
}

expr* parser::strings() {
    const token first = peek();
    std::vector<expr*> parts;
    bool any_f = false;
    bool any_plain = false;
    while (check(token_kind::string)) {
        const token t = advance();
        bool is_f = false;
        if (!decode_string(t, parts, is_f)) return nullptr;
        any_f = any_f || is_f;
        any_plain = any_plain || !is_f;
    }
    if (!any_f) {
        auto* c = make<constant_expr>(first);
        c->value_kind = constant_kind::str;
        if (!parts.empty()) c->str_value = parts.front()->as<constant_expr>().str_value;
        finish(c);
        return c;
    }
    auto* j = make<joined_str_expr>(first);
    finish(j);
    for (expr* e : parts) {
        if (e->kind == expr_kind::constant && e->as<constant_expr>().str_value.empty()) continue;
        e->pos = j->pos;  // CPython 3.11 gives an f-string's parts the position of the whole string
        j->values.push_back(e);
    }
    return j;
}

}  // namespace looplab::python::detail
