// Tests of LoopLab Python's lexer: indentation, brackets, numbers, strings and hostile input.
#include "python/lexer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace looplab::python {
namespace {

std::vector<token_kind> kinds(std::string_view src) {
    lexer lx(src);
    std::vector<token_kind> out;
    for (int i = 0; i < 10000; ++i) {
        const token t = lx.next();
        out.push_back(t.kind);
        if (t.kind == token_kind::end_marker || (t.kind == token_kind::error && lx.failed())) break;
    }
    return out;
}

using k = token_kind;

TEST(lexer, indent_and_dedent_follow_a_stack) {
    EXPECT_EQ(kinds("if x:\n    y\nz\n"), (std::vector<k>{k::kw_if, k::name, k::colon, k::newline, k::indent, k::name,
                                                          k::newline, k::dedent, k::name, k::newline, k::end_marker}));
}

TEST(lexer, blank_lines_and_comments_make_no_tokens) {
    EXPECT_EQ(kinds("x\n\n   # c\n  \ny # t\n"),
              (std::vector<k>{k::name, k::newline, k::name, k::newline, k::end_marker}));
}

TEST(lexer, brackets_join_lines_and_backslash_continues) {
    EXPECT_EQ(kinds("(a,\n  b)\nc \\\n + d\n"),
              (std::vector<k>{k::lpar, k::name, k::comma, k::name, k::rpar, k::newline, k::name, k::plus, k::name,
                              k::newline, k::end_marker}));
}

TEST(lexer, missing_final_newline_and_dedents_at_eof) {
    EXPECT_EQ(kinds("def f():\n    return 1"),
              (std::vector<k>{k::kw_def, k::name, k::lpar, k::rpar, k::colon, k::newline, k::indent, k::kw_return,
                              k::number, k::newline, k::dedent, k::end_marker}));
}

TEST(lexer, tabs_count_to_the_next_multiple_of_eight) {
    EXPECT_EQ(kinds("if x:\n\ty\n\tz\n"), (std::vector<k>{k::kw_if, k::name, k::colon, k::newline, k::indent, k::name,
                                                          k::newline, k::name, k::newline, k::dedent, k::end_marker}));
    lexer lx("if x:\n\ty\n        z\n");  // same column (8), different tab use: CPython's TabError
    for (int i = 0; i < 20 && !lx.failed(); ++i) lx.next();
    EXPECT_EQ(lx.error().kind, syntax_error_kind::tab_error);
}

TEST(lexer, crlf_and_bom_are_accepted) {
    EXPECT_EQ(kinds("\xEF\xBB\xBFx = 1\r\ny\r\n"),
              (std::vector<k>{k::name, k::equal, k::number, k::newline, k::name, k::newline, k::end_marker}));
}

TEST(lexer, numbers_in_every_base_and_float_forms) {
    for (std::string_view n : {"0", "1_000", "0x1F", "0o17", "0b101", "1.5", "1e-3", ".5", "5.", "1E+10", "0_0"}) {
        lexer lx(n);
        const token t = lx.next();
        EXPECT_EQ(t.kind, k::number) << n;
        EXPECT_EQ(t.text, n);
    }
}

TEST(lexer, operators_take_the_longest_match) {
    EXPECT_EQ(kinds("a **= b // c -> d := e != f ... @"),
              (std::vector<k>{k::name, k::double_star_equal, k::name, k::double_slash, k::name, k::arrow, k::name,
                              k::colon_equal, k::name, k::not_equal, k::name, k::ellipsis, k::at, k::newline,
                              k::end_marker}));
}

TEST(lexer, strings_keep_prefix_and_quotes) {
    lexer lx("f'a{b}' r\"\\n\" '''x\ny''' \"\"");
    EXPECT_EQ(lx.next().text, "f'a{b}'");
    EXPECT_EQ(lx.next().text, "r\"\\n\"");
    const token triple = lx.next();
    EXPECT_EQ(triple.text, "'''x\ny'''");
    EXPECT_EQ(triple.end_line, 2);
    EXPECT_EQ(lx.next().text, "\"\"");
}

TEST(lexer, tokens_carry_line_and_column) {
    lexer lx("x = 1\n  \nfoo(bar)\n");
    lx.next(), lx.next(), lx.next(), lx.next();
    const token foo = lx.next();
    EXPECT_EQ(foo.line, 3);
    EXPECT_EQ(foo.col, 0);
    lx.next();
    const token bar = lx.next();
    EXPECT_EQ(bar.col, 4);
    EXPECT_EQ(bar.end_col, 7);
}

TEST(lexer, async_and_await_are_keywords) {
    EXPECT_EQ(kinds("async await"), (std::vector<k>{k::kw_async, k::kw_await, k::newline, k::end_marker}));
}

TEST(lexer, invalid_utf8_is_an_error_not_a_crash) {
    for (std::string_view bad : {"\xff", "x = '\xc3'", "\xed\xa0\x80", "\xc0\xaf", "\xf4\x90\x80\x80"}) {
        lexer lx(bad);
        EXPECT_EQ(lx.next().kind, k::error);
        EXPECT_TRUE(lx.failed());
        EXPECT_NE(lx.error().message.find("Non-UTF-8"), std::string::npos);
    }
}

TEST(lexer, two_hundred_and_one_brackets_are_too_many) {
    const std::string src(201, '(');
    lexer lx(src);
    token t;
    for (int i = 0; i < 300 && !lx.failed(); ++i) t = lx.next();
    EXPECT_EQ(lx.error().message, "too many nested parentheses");
}

TEST(lexer, a_keyword_may_touch_a_number_as_in_cpython) {
    EXPECT_EQ(kinds("1if x else 2"),
              (std::vector<k>{k::number, k::kw_if, k::name, k::kw_else, k::number, k::newline, k::end_marker}));
    lexer bad("1abc");
    EXPECT_EQ(bad.next().kind, k::error);
    EXPECT_EQ(bad.error().message, "invalid decimal literal");
}

TEST(lexer, only_python3_string_prefixes_start_a_string) {
    EXPECT_EQ(kinds("rb'x' Rf'y' U'z'"), (std::vector<k>{k::string, k::string, k::string, k::newline, k::end_marker}));
    EXPECT_EQ(kinds("ur'x'"), (std::vector<k>{k::name, k::string, k::newline, k::end_marker}));
}

TEST(lexer, invalid_characters_are_named) {
    lexer quote("print(\xe2\x80\x9chi\xe2\x80\x9d)");
    for (int i = 0; i < 5 && !quote.failed(); ++i) quote.next();
    EXPECT_EQ(quote.error().message, "invalid character '\xe2\x80\x9c' (U+201C)");
    lexer bom("x\xef\xbb\xbf = 1");
    bom.next();
    EXPECT_EQ(bom.error().message, "invalid non-printable character U+FEFF");
}

TEST(lexer, every_byte_value_terminates) {
    for (int b = 0; b < 256; ++b) {
        const std::string src = "x" + std::string(1, static_cast<char>(b)) + "y\n";
        EXPECT_LE(kinds(src).size(), 10u);
    }
}

}  // namespace
}  // namespace looplab::python
