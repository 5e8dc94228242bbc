// LoopLab Python's f-strings (CPython 3.11 rules): literal parts, {{ }}, replacement fields with !r/!s/!a, `=`,
// nested format specs; each field's expression is parsed by a sub-parser over "(expr)" as CPython 3.11 does.
#include "python/parser_impl.h"

namespace looplab::python::detail {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

}  // namespace

std::size_t parser::fstring_parts(const token& t, std::string_view s, std::size_t i, std::size_t body_offset, bool raw,
                                  bool in_spec, int depth, std::vector<expr*>& parts) {
    std::string lit;
    auto flush = [&]() {
        std::string decoded;
        if (raw) {
            decoded = lit;
        } else if (!decode_escapes(t, lit, decoded)) {
            return false;
        }
        add_literal(t, parts, std::move(decoded));
        lit.clear();
        return true;
    };
    while (i < s.size()) {
        const char c = s[i];
        if (c == '{') {
            if (i + 1 < s.size() && s[i + 1] == '{' && !in_spec) {
                lit += '{';
                i += 2;
                continue;
            }
            if (!flush()) return std::string::npos;
            i = fstring_field(t, s, i + 1, body_offset, raw, depth, parts);
            if (i == std::string::npos) return i;
            continue;
        }
        if (c == '}') {
            if (in_spec) break;
            if (i + 1 < s.size() && s[i + 1] == '}') {
                lit += '}';
                i += 2;
                continue;
            }
            fstring_error(t, "f-string: single '}' is not allowed");
            return std::string::npos;
        }
        if (c == '\\' && !raw && i + 1 < s.size() && s[i + 1] != '{') {
            lit += s.substr(i, 2);
            i += 2;
            continue;
        }
        lit += c;
        ++i;
    }
    if (!flush()) return std::string::npos;
    return i;
}

std::size_t parser::fstring_field(const token& t, std::string_view s, std::size_t i, std::size_t body_offset, bool raw,
                                  int depth, std::vector<expr*>& parts) {
    const std::size_t start = i;
    char quote = 0;
    std::string opened;  // the brackets open inside the expression
    std::size_t j = i;
    for (; j < s.size(); ++j) {
        const char ch = s[j];
        if (ch == '\\') {
            fstring_error(t, "f-string expression part cannot include a backslash");
            return std::string::npos;
        }
        if (quote) {
            if (ch == quote) quote = 0;
            continue;
        }
        if (ch == '\'' || ch == '"') {
            quote = ch;
        } else if (ch == '(' || ch == '[' || ch == '{') {
            if (opened.size() >= 200) {
                fstring_error(t, "f-string: too many nested parenthesis");
                return std::string::npos;
            }
            opened += ch;
        } else if (ch == ')' || ch == ']' || ch == '}') {
            if (opened.empty()) {
                if (ch == '}') break;
                fstring_error(t, std::string("f-string: unmatched '") + ch + "'");
                return std::string::npos;
            }
            const char open = opened.back();
            if ((open == '(' && ch != ')') || (open == '[' && ch != ']') || (open == '{' && ch != '}')) {
                fstring_error(t, std::string("f-string: closing parenthesis '") + ch +
                                     "' does not match opening parenthesis '" + open + "'");
                return std::string::npos;
            }
            opened.pop_back();
        } else if (opened.empty()) {
            const char next = j + 1 < s.size() ? s[j + 1] : '\0';
            if (ch == '#') {
                fstring_error(t, "f-string expression part cannot include '#'");
                return std::string::npos;
            }
            if ((ch == '!' || ch == '=' || ch == '<' || ch == '>') && next == '=') {
                ++j;
                continue;
            }
            if (ch == '!' || ch == ':' || ch == '=') break;
        }
    }
    if (quote) {
        fstring_error(t, "f-string: unterminated string");
        return std::string::npos;
    }
    if (j >= s.size()) {
        fstring_error(t, "f-string: expecting '}'");
        return std::string::npos;
    }
    const std::string_view text = s.substr(start, j - start);
    bool blank = true;
    for (char ch : text) blank = blank && is_space(ch);
    if (blank) {
        fstring_error(t, "f-string: empty expression not allowed");
        return std::string::npos;
    }
    // Where the expression starts in the file: the token's position plus the body offset, across newlines.
    int line = t.line;
    int col = t.col;
    for (std::size_t k = 0; k < body_offset + start && k < t.text.size() + s.size(); ++k) {
        const char ch = k < body_offset ? t.text[k] : s[k - body_offset];
        if (ch == '\n') {
            ++line;
            col = 0;
        } else {
            ++col;
        }
    }
    const int pad = col > 0 ? col - 1 : 0;
    std::string sub = "(" + std::string(static_cast<std::size_t>(pad), ' ') + std::string(text) + ")";
    parser p(sub, m_options, m_module, line, m_depth + 1, m_scope);
    expr* value = p.fstring_expression();
    if (auto e = p.take_error()) {
        if (e->message.rfind("f-string", 0) != 0) e->message = "f-string: " + e->message;
        if (e->line == line) {
            e->col = e->col > pad ? e->col - pad : 1;
            e->end_col = e->end_col > pad ? e->end_col - pad : 0;
            e->source_line = "(" + e->source_line.substr(std::min(e->source_line.size(), std::size_t(1) + pad));
        }
        adopt_error(std::move(*e), false);
        return std::string::npos;
    }
    if (auto e = p.take_compile_error()) adopt_error(std::move(*e), true);
    auto* field = make<formatted_value_expr>(t);
    field->pos = {t.line, t.col, t.end_line, t.end_col};
    field->value = value;
    bool self_doc = false;
    if (s[j] == '=') {
        self_doc = true;
        ++j;
        while (j < s.size() && is_space(s[j])) ++j;
        add_literal(t, parts, std::string(s.substr(start, j - start)));
    }
    if (j < s.size() && s[j] == '!') {
        ++j;
        if (j >= s.size()) {
            fstring_error(t, "f-string: expecting '}'");
            return std::string::npos;
        }
        const char conv = s[j];
        if (conv != 's' && conv != 'r' && conv != 'a') {
            fstring_error(t, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return std::string::npos;
        }
        field->conversion = conv;
        ++j;
    }
    if (j < s.size() && s[j] == ':') {
        if (depth >= 1) {
            fstring_error(t, "f-string: expressions nested too deeply");
            return std::string::npos;
        }
        auto* spec = make<joined_str_expr>(t);
        spec->pos = field->pos;
        j = fstring_parts(t, s, j + 1, body_offset, raw, true, depth + 1, spec->values);
        if (j == std::string::npos) return j;
        field->format_spec = spec;
    }
    if (j >= s.size() || s[j] != '}') {
        fstring_error(t, "f-string: expecting '}'");
        return std::string::npos;
    }
    if (self_doc && field->conversion == 0 && field->format_spec == nullptr) field->conversion = 'r';
    parts.push_back(field);
    return j + 1;
}

}  // namespace looplab::python::detail
