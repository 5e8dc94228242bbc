// script_syntax_lines_test.cpp — the editor's line table kept up to date across edits: after every random edit
// (triple quotes opened and closed, newlines, backslashes, deletions across lines) it equals a full rescan, an edit
// rescans only its own lines unless it changes a later line's start state, and edit_between finds the changed bytes.
#include "ui/script_syntax.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>

namespace looplab::ui {
namespace {

void expect_same_table(const syntax_lines& updated, std::string_view text) {
    const syntax_lines full = scan_syntax_lines(text);
    ASSERT_EQ(updated.starts, full.starts) << text;
    ASSERT_EQ(updated.states, full.states) << text;
}

TEST(script_syntax_lines, a_full_scan_has_one_start_and_one_state_per_line) {
    const syntax_lines lines = scan_syntax_lines("a = '''x\ny'''\n\nb");
    EXPECT_EQ(lines.starts, (std::vector<int>{0, 9, 14, 15}));
    EXPECT_EQ(lines.states,
              (std::vector<syntax_line_state>{syntax_line_state::code, syntax_line_state::in_triple_single,
                                              syntax_line_state::code, syntax_line_state::code}));
    EXPECT_EQ(scan_syntax_lines("").starts, (std::vector<int>{0}));
    EXPECT_EQ(syntax_line_states("a = '''x\ny'''\n\nb"), lines.states);
}

TEST(script_syntax_lines, edit_between_keeps_the_common_prefix_and_suffix) {
    const text_edit typed = edit_between("print(1)\nprint(2)\n", "print(1)\nprint(23)\n");
    EXPECT_EQ(typed.at, 16u);
    EXPECT_EQ(typed.removed, 0u);
    EXPECT_EQ(typed.inserted, 1u);
    const text_edit replaced = edit_between("abcdefghijklmnopqrstuvwxyz", "abcdefghijKLMnopqrstuvwxyz0");
    EXPECT_EQ(replaced.at, 10u);
    EXPECT_EQ(replaced.removed, 16u);
    EXPECT_EQ(replaced.inserted, 17u);
    const text_edit same = edit_between("same text, longer than eight bytes", "same text, longer than eight bytes");
    EXPECT_EQ(same.removed + same.inserted, 0u);
    const text_edit cleared = edit_between("x = 1\n", "");
    EXPECT_EQ(cleared.at, 0u);
    EXPECT_EQ(cleared.removed, 6u);
    EXPECT_EQ(cleared.inserted, 0u);
}

TEST(script_syntax_lines, typing_in_one_line_rescans_that_line_and_a_triple_quote_rescans_the_rest) {
    std::string text;
    for (int i = 0; i < 200; ++i) text += "x = 'a' + \"b\"  # " + std::to_string(i) + "\n";
    syntax_lines lines = scan_syntax_lines(text);
    std::string typed = text;
    typed.insert(text.find("# 50"), "y");
    EXPECT_EQ(update_syntax_lines(lines, typed, edit_between(text, typed)), 1u);
    expect_same_table(lines, typed);
    std::string opened = typed;
    opened.insert(typed.find("x = 'a' + \"b\"  # 100"), "'''");  // every later line is inside the string now
    EXPECT_EQ(update_syntax_lines(lines, opened, edit_between(typed, opened)), 100u);
    expect_same_table(lines, opened);
    EXPECT_EQ(lines.states[150], syntax_line_state::in_triple_single);
}

// Random edits on a script with every kind of multi-line state: pieces of Python inserted, bytes deleted (across
// lines too), ranges replaced; after each, the updated table equals a full rescan of the new text.
TEST(script_syntax_lines, after_random_edits_the_updated_table_equals_a_full_rescan) {
    const std::string_view pieces[] = {
        "\"\"\"",          "'''",         "\n",     "'",  "\"",   "\\",     "\\\n", "# '''\n", "x = 1\n",
        "s = \"\"\"doc\n", "end\"\"\"\n", "f'{x}'", "  ", "r'''", "\n\n\n", "é"};
    std::mt19937 rng(2024);
    std::string text = "async def main():\n    '''doc\n    more'''\n    s = 'a\\\n b'\n    return \"\"\"x\"\"\"\n";
    syntax_lines lines = scan_syntax_lines(text);
    for (int step = 0; step < 3000; ++step) {
        std::string next = text;
        const std::size_t at = next.empty() ? 0 : rng() % (next.size() + 1);
        switch (rng() % 3) {
            case 0:
                next.insert(at, pieces[rng() % std::size(pieces)]);
                break;
            case 1:
                next.erase(at, rng() % 12);
                break;
            default:
                next.replace(at, rng() % 6, pieces[rng() % std::size(pieces)]);
                break;
        }
        if (next.size() > 4000) next.erase(0, next.size() - 4000);  // keeps the text (and the test) small
        update_syntax_lines(lines, next, edit_between(text, next));
        text = std::move(next);
        expect_same_table(lines, text);
        if (HasFatalFailure()) return;
    }
}

}  // namespace
}  // namespace looplab::ui
