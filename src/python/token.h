// LoopLab Python's tokens: the lexer's output (kinds follow CPython's token module; keywords get their own kinds).
#pragma once
// Usage:
//   lexer lx(source);                       // lexer.h
//   for (token t = lx.next(); t.kind != token_kind::end_marker && t.kind != token_kind::error; t = lx.next()) ...
// A token's text is a view into the source the lexer was given (keep that source alive). Positions follow CPython:
// lines 1-based, columns 0-based UTF-8 byte offsets, end exclusive. NEWLINE/INDENT/DEDENT/ENDMARKER have empty text.
#include <cstdint>
#include <string_view>

namespace looplab::python {

// Every token kind. Keep `first_keyword..last_keyword` contiguous (the lexer's keyword table relies on it).
enum class token_kind : std::uint8_t {
    // structure
    end_marker,
    newline,
    indent,
    dedent,
    error,
    // literals and names
    name,
    number,
    string,
    // brackets and punctuation
    lpar,
    rpar,
    lsqb,
    rsqb,
    lbrace,
    rbrace,
    colon,
    comma,
    semi,
    dot,
    arrow,
    ellipsis,
    at,
    equal,
    colon_equal,
    // operators
    plus,
    minus,
    star,
    slash,
    double_slash,
    percent,
    double_star,
    tilde,
    vbar,
    amper,
    circumflex,
    left_shift,
    right_shift,
    less,
    greater,
    less_equal,
    greater_equal,
    eq_equal,
    not_equal,
    // augmented assignment
    plus_equal,
    minus_equal,
    star_equal,
    slash_equal,
    double_slash_equal,
    percent_equal,
    double_star_equal,
    at_equal,
    vbar_equal,
    amper_equal,
    circumflex_equal,
    left_shift_equal,
    right_shift_equal,
    // keywords
    kw_false,
    kw_none,
    kw_true,
    kw_and,
    kw_as,
    kw_assert,
    kw_async,
    kw_await,
    kw_break,
    kw_class,
    kw_continue,
    kw_def,
    kw_del,
    kw_elif,
    kw_else,
    kw_except,
    kw_finally,
    kw_for,
    kw_from,
    kw_global,
    kw_if,
    kw_import,
    kw_in,
    kw_is,
    kw_lambda,
    kw_nonlocal,
    kw_not,
    kw_or,
    kw_pass,
    kw_raise,
    kw_return,
    kw_try,
    kw_while,
    kw_with,
    kw_yield,
    count_  // number of kinds (for rule tables)
};

// First and last keyword kinds (inclusive).
inline constexpr token_kind first_keyword = token_kind::kw_false;
inline constexpr token_kind last_keyword = token_kind::kw_yield;

// True for `False` .. `yield`.
constexpr bool is_keyword(token_kind k) { return k >= first_keyword && k <= last_keyword; }

// One token.
struct token {
    token_kind kind = token_kind::end_marker;
    std::string_view text;  // the exact source text (for string: with prefix and quotes)
    int line = 0;  // 1-based line of the first character
    int col = 0;  // 0-based byte column of the first character
    int end_line = 0;  // 1-based line of the last character
    int end_col = 0;  // 0-based byte column one past the last character
};

// The source spelling of a kind for messages ("'('", "NEWLINE", "'if'").
std::string_view token_kind_spelling(token_kind k);

}  // namespace looplab::python
