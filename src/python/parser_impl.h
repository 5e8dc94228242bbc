// LoopLab Python's parser internals, shared by parser_*.cpp (not a public header: include parser.h instead).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "python/ast.h"
#include "python/lexer.h"
#include "python/parser.h"

namespace looplab::python::detail {

// Binding powers for the Pratt loop, lowest first (CPython's grammar from `expression` down to `primary`).
enum class prec : std::uint8_t {
    none,
    ternary,
    or_,
    and_,
    not_,
    comparison,
    bit_or,
    bit_xor,
    bit_and,
    shift,
    sum,
    term,
    unary,
    power,
    await,
    primary
};

// What kind of target an expression is being checked as (CPython's TARGETS_TYPE).
enum class target_kind : std::uint8_t { star, del, for_ };

// The function/loop context, for CPython's compile-time checks ('return' outside function, ...).
struct scope_context {
    bool in_function = false;
    bool is_async = false;
    int loops = 0;
};

// What a function body has shown so far ('return' with value in async generator).
struct function_facts {
    bool has_yield = false;
    const stmt* return_with_value = nullptr;
};

class parser {
public:
    parser(std::string_view source, const parse_options& options);
    // A parser for an f-string's replacement field: nodes go to `shared`, lines count from `first_line`.
    parser(std::string_view source, const parse_options& options, module* shared, int first_line, int depth,
           scope_context scope);
    expr* fstring_expression();  // `( star_expressions )` then the end
    std::optional<syntax_error> take_error() { return std::move(m_error); }
    std::optional<syntax_error> take_compile_error() { return std::move(m_compile_error); }
    void adopt_error(syntax_error e, bool compile_time);
    parse_result run();

    // [SECTION] tokens (parser.cpp)
    token peek(std::size_t ahead = 0);  // by value: later lookahead may grow the buffer
    token advance();
    bool check(token_kind k) { return peek().kind == k; }
    bool match(token_kind k);
    bool failed() const { return m_error.has_value(); }
    bool expect(token_kind k, std::string_view message);  // on mismatch: "message" at the current token

    // [SECTION] errors (parser.cpp)
    void error_token(const token& t, std::string message, syntax_error_kind kind = syntax_error_kind::syntax_error);
    void error_range(int line, int col, int end_line, int end_col, std::string message,
                     syntax_error_kind kind = syntax_error_kind::syntax_error);
    void error_node(const node& n, std::string message) {
        error_range(n.pos.line, n.pos.col, n.pos.end_line, n.pos.end_col, std::move(message));
    }
    void invalid_syntax();  // generic "invalid syntax" at the current token (or the lexer's error)
    void unsupported(int line, int col, int end_col, std::string_view what);
    void compile_error(const node& n, std::string message);  // reported only if parsing succeeds
    bool enter();  // depth guard; false (and an error) when too deep
    void leave() { --m_depth; }
    // A point to come back to after a speculative parse (CPython's second, error-finding pass looks ahead too).
    struct snapshot {
        std::size_t index;
        token prev;
        token last_real;
        int level;
        const expr* last_expr;
        std::size_t notes;
    };
    snapshot save() const { return {m_index, m_prev, m_last_real, m_level, m_last_expr, m_module->notes.size()}; }
    void restore(const snapshot& s) {  // also forgets any error the speculative parse made
        m_index = s.index;
        m_prev = s.prev;
        m_last_real = s.last_real;
        m_level = s.level;
        m_last_expr = s.last_expr;
        m_module->notes.resize(s.notes);
        m_error.reset();
    }
    bool legacy_or_comma_error();  // CPython's "Perhaps you forgot a comma?" / "Missing parentheses in call to 'print'"
    // True for the lexer's failure token (an error token with no text; '$' and the like have text).
    static bool is_failure(const token& t) { return t.kind == token_kind::error && t.text.empty(); }

    // [SECTION] statements (parser_stmt.cpp, parser_compound.cpp)
    bool statement(std::vector<stmt*>& out);
    bool simple_statements(std::vector<stmt*>& out);
    stmt* simple_statement();
    stmt* expression_statement();
    bool block(std::vector<stmt*>& out, std::string_view what, int line);
    bool colon(bool forced);  // `:`; "expected ':'" when forced or at a line end, else "invalid syntax"
    expr* condition();  // if/elif/while test, with CPython's `if x = 1:` hint
    source_range pending_async_error;  // `async for/with` outside an async function (reported after the parse)
    stmt* compound_statement();
    stmt* if_statement(bool is_elif);
    stmt* while_statement();
    stmt* for_statement(bool is_async, const token& start);
    stmt* with_statement(bool is_async, const token& start);
    stmt* try_statement();
    stmt* function_def(std::vector<expr*> decorators, bool is_async, const token& start);
    stmt* class_def(std::vector<expr*> decorators, const token& start);
    arguments* parameters(token_kind closer, bool annotations);
    stmt* import_statement();
    stmt* from_import_statement();

    // [SECTION] expressions (parser_expr.cpp, parser_atom.cpp)
    expr* expression();  // `expression`: ternary or lambda
    expr* named_expression();  // expression or NAME ':=' expression
    expr* star_expressions(bool allow_yield = false);  // tuple of star_expression, bare when one without comma
    expr* star_named_expression();
    expr* precedence(prec min);
    expr* prefix();
    expr* atom();
    expr* primary_trailers(expr* left, const token& start);
    expr* call(expr* func);
    expr* subscript(expr* value);
    expr* lambda();
    expr* yield_expression();
    expr* paren_atom();
    expr* list_atom();
    expr* brace_atom();
    bool comprehension_clauses(std::vector<comprehension*>& out, const expr* elt);
    expr* target_list();
    expr*
    star_target();  // one target: `*x` or an expression above comparisons  // `for` targets: star_targets without comparisons (stops before `in`)
    static bool can_start_expression(token_kind k);

    // [SECTION] literals (parser_literal.cpp)
    expr* number(const token& t);
    expr* strings();
    bool decode_string(const token& t, std::vector<expr*>& parts, bool& is_f);
    bool decode_escapes(const token& t, std::string_view body, std::string& out);
    std::size_t fstring_parts(const token& t, std::string_view s, std::size_t i, std::size_t body_offset, bool raw,
                              bool in_spec, int depth, std::vector<expr*>& parts);
    std::size_t fstring_field(const token& t, std::string_view s, std::size_t i, std::size_t body_offset, bool raw,
                              int depth, std::vector<expr*>& parts);
    void fstring_error(const token& t, std::string message);
    void add_literal(const token& t, std::vector<expr*>& parts, std::string text);

    // [SECTION] targets (parser_target.cpp)
    bool set_context(expr* e, expr_context ctx, target_kind kind);
    const expr* invalid_target(const expr* e, target_kind kind) const;
    void check_starred_target(const expr* target);  // CPython's compile-time starred-target checks
    static std::string_view expr_name(const expr& e);

    // node helpers
    template <class T> T* make(const token& start) {
        T* n = m_module->make<T>();
        n->pos = {start.line, start.col, start.line, start.col};
        return n;
    }
    void finish(node* n) {  // ends the node at the last consumed token (not NEWLINE/INDENT/DEDENT, as CPython)
        n->pos.end_line = m_last_real.end_line;
        n->pos.end_col = m_last_real.end_col;
    }
    void begin(node* n, const token& from) {
        n->pos.line = from.line;
        n->pos.col = from.col;
    }
    void span(node* n, const node* from) {
        n->pos.line = from->pos.line;
        n->pos.col = from->pos.col;
    }

    module* m_module = nullptr;
    const expr* m_last_expr = nullptr;  // the last complete expression (for the comma hint)
    int m_level = 0;
    const expr* m_parenthesized =
        nullptr;  // the last `( expr )` atom (not a simple annotated target)                    // brackets open at the current token
    scope_context m_scope;
    function_facts m_facts;
    token m_prev;  // the last consumed token
    token m_last_real;  // the last consumed token that is not NEWLINE, INDENT or DEDENT

private:
    void lexer_error();
    syntax_error make_error(int line, int col, int end_line, int end_col, std::string message,
                            syntax_error_kind kind) const;

    parse_options m_options;
    lexer m_lexer;
    std::vector<token> m_tokens;
    std::size_t m_index = 0;
    int m_depth = 0;
    std::optional<syntax_error> m_error;
    std::optional<syntax_error> m_compile_error;
    bool m_error_from_lexer = false;
};

}  // namespace looplab::python::detail
