// LoopLab Python's parser driver: token lookahead, error reporting in CPython's priority order, parse_module().
#include "python/parser.h"

#include "python/parser_impl.h"

namespace looplab::python {
namespace detail {

parser::parser(std::string_view source, const parse_options& options) : m_options(options), m_lexer(source) {}

token parser::peek(std::size_t ahead) {
    while (m_tokens.size() <= m_index + ahead) {
        // The lexer repeats its last token after the end or a failure: stop there.
        if (!m_tokens.empty() && (m_tokens.back().kind == token_kind::end_marker || is_failure(m_tokens.back()))) {
            return m_tokens.back();
        }
        m_tokens.push_back(m_lexer.next());
    }
    return m_tokens[m_index + ahead];
}

token parser::advance() {
    const token t = peek();
    if (t.kind != token_kind::end_marker && t.kind != token_kind::error) ++m_index;
    if (t.kind == token_kind::lpar || t.kind == token_kind::lsqb || t.kind == token_kind::lbrace) ++m_level;
    if (t.kind == token_kind::rpar || t.kind == token_kind::rsqb || t.kind == token_kind::rbrace) --m_level;
    m_prev = t;
    if (t.kind != token_kind::newline && t.kind != token_kind::indent && t.kind != token_kind::dedent) m_last_real = t;
    return t;
}

bool parser::match(token_kind k) {
    if (!check(k)) return false;
    advance();
    return true;
}

bool parser::expect(token_kind k, std::string_view message) {
    if (match(k)) return true;
    if (failed()) return false;
    if (is_failure(peek()) || message.empty()) {
        invalid_syntax();
    } else {
        error_token(peek(), std::string(message));
    }
    return false;
}

syntax_error parser::make_error(int line, int col, int end_line, int end_col, std::string message,
                                syntax_error_kind kind) const {
    syntax_error e;
    e.kind = kind;
    e.message = std::move(message);
    e.line = line;
    e.source_line = std::string(m_lexer.line_text(line));
    // CPython 3.11 reads a script without an encoding cookie with tok->encoding unset, so the parser's offsets
    // stay in bytes (pegen.c: _PyPegen_raise_error_known_location); so do ours.
    e.col = col < 0 ? 0 : col + 1;
    if (end_line == line) {
        e.end_col = (end_col < 0 ? 0 : end_col) + 1;
    } else if (end_line > line) {
        e.end_col = static_cast<int>(e.source_line.size()) + 1;
    }
    return e;
}

void parser::error_range(int line, int col, int end_line, int end_col, std::string message, syntax_error_kind kind) {
    if (failed()) return;
    m_error = make_error(line, col, end_line, end_col, std::move(message), kind);
}

void parser::error_token(const token& t, std::string message, syntax_error_kind kind) {
    if (is_failure(t)) {
        lexer_error();
        return;
    }
    if (t.kind == token_kind::end_marker) {  // CPython shows the last line, without a caret
        error_range(m_prev.line, -1, m_prev.line, -1, std::move(message), kind);
        return;
    }
    int end_col = t.end_col;
    if (t.kind == token_kind::newline) end_col = t.col + 1;
    error_range(t.line, t.col, t.end_line, end_col, std::move(message), kind);
}

void parser::lexer_error() {
    if (failed()) return;
    m_error_from_lexer = true;
    if (m_lexer.eof_in_brackets() && !m_lexer.brackets().empty()) {
        const open_bracket& b = m_lexer.brackets().back();
        m_error = make_error(b.line, b.col, b.line, b.col + 1, std::string("'") + b.ch + "' was never closed",
                             syntax_error_kind::syntax_error);
        return;
    }
    m_error = m_lexer.error();
}

void parser::invalid_syntax() {
    if (failed()) return;
    const token& t = peek();
    // pegen's _PyPegen_set_syntax_error: an INDENT/DEDENT at the failure is reported as is, and the rest of the
    // file is not tokenized for a better error.
    if (t.kind == token_kind::indent || t.kind == token_kind::dedent) {
        error_range(t.line, 0, t.line, 0, t.kind == token_kind::indent ? "unexpected indent" : "unexpected unindent",
                    syntax_error_kind::indentation_error);
        m_error_from_lexer = true;  // final: no look at the rest of the file
        return;
    }
    // CPython's parser has fetched the token after the failure; a tokenizer error there wins.
    if (is_failure(t) || is_failure(peek(1))) {
        lexer_error();
    } else if (t.kind == token_kind::kw_not && peek(1).kind != token_kind::kw_in && m_last_expr &&
               m_last_expr->pos.end_line == m_prev.end_line && m_last_expr->pos.end_col == m_prev.end_col) {
        error_token(peek(1), "invalid syntax");  // `a not b`: CPython looked for `not in`
    } else if (!legacy_or_comma_error()) {
        error_token(t, "invalid syntax");
    }
}

void parser::unsupported(int line, int col, int end_col, std::string_view what) {
    if (failed()) return;
    error_range(line, col, line, end_col,
                "line " + std::to_string(line) + ": " + std::string(what) + " not supported in LoopLab's Python");
    m_error->unsupported = true;
}

void parser::compile_error(const node& n, std::string message) {
    // CPython's compiler reports the first in source order.
    if (m_compile_error && (m_compile_error->line < n.pos.line ||
                            (m_compile_error->line == n.pos.line && m_compile_error->col <= n.pos.col + 1))) {
        return;
    }
    m_compile_error = make_error(n.pos.line, n.pos.col, n.pos.end_line, n.pos.end_col, std::move(message),
                                 syntax_error_kind::syntax_error);
}

bool parser::enter() {
    if (++m_depth > m_options.max_depth) {
        error_token(peek(), "too many nested expressions (LoopLab's parser limit is " +
                                std::to_string(m_options.max_depth) + ")");
        return false;
    }
    return true;
}

parse_result parser::run() {
    auto tree = std::make_unique<module>();
    m_module = tree.get();
    if (m_lexer.source().size() > m_options.max_source_bytes) {
        syntax_error e;
        e.message = "source too large (" + std::to_string(m_lexer.source().size()) + " bytes; LoopLab's limit is " +
                    std::to_string(m_options.max_source_bytes) + ")";
        return parse_result(std::move(e));
    }
    while (!failed() && !check(token_kind::end_marker)) {
        if (is_failure(peek())) {
            lexer_error();
            break;
        }
        if (!statement(m_module->body)) break;
    }
    if (failed()) {
        if (!m_error_from_lexer) {
            // CPython tokenizes the rest of the file after a parser error; a tokenizer error there wins, and an
            // unclosed bracket wins when it opened on an earlier line than the error.
            for (std::size_t guard = 0; guard < m_lexer.source().size() + 16; ++guard) {
                const token t = m_lexer.next();
                if (t.kind == token_kind::end_marker) break;
                if (!is_failure(t)) continue;
                if (m_lexer.eof_in_brackets()) {
                    if (!m_lexer.brackets().empty() && m_error->line > m_lexer.brackets().back().line) {
                        m_error.reset();
                        lexer_error();
                    }
                } else if (m_lexer.error().line > 0 && m_lexer.error_seen_by_full_scan()) {
                    m_error.reset();
                    lexer_error();
                }
                break;
            }
        }
        return parse_result(std::move(*m_error));
    }
    if (m_compile_error) return parse_result(std::move(*m_compile_error));
    return parse_result(std::move(tree));
}

}  // namespace detail

parse_result parse_module(std::string_view source, const parse_options& options) {
    detail::parser p(source, options);
    return p.run();
}

}  // namespace looplab::python
