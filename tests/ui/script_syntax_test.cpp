// script_syntax_test.cpp — the editor's colouring scanner: each kind on real Python, strings across lines, code
// cut at every byte and random bytes (never a bad span), and the colours' contrast on the page's dark theme.
#include "ui/script_syntax.h"

#include <imgui.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace looplab::ui {
namespace {

using coloured = std::vector<std::pair<std::string, syntax_kind>>;

// The text of each span with its kind.
coloured colours_of(std::string_view text) {
    coloured out;
    for (const syntax_span& s : scan_syntax_text(text))
        out.emplace_back(std::string(text.substr(s.begin, s.end - s.begin)), s.kind);
    return out;
}

// Spans are in order, inside the text, never empty, never plain, and (in valid UTF-8) never split a sequence.
void expect_well_formed(std::string_view text, bool valid_utf8 = true) {
    const std::vector<syntax_span> spans = scan_syntax_text(text);
    std::uint32_t previous_end = 0;
    const auto continuation = [&](std::uint32_t at) {
        return valid_utf8 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80;
    };
    for (const syntax_span& s : spans) {
        ASSERT_LE(previous_end, s.begin) << text;
        ASSERT_LT(s.begin, s.end) << text;
        ASSERT_LE(s.end, text.size()) << text;
        ASSERT_NE(s.kind, syntax_kind::plain) << text;
        ASSERT_FALSE(continuation(s.begin)) << text;
        ASSERT_FALSE(continuation(s.end)) << text;
        previous_end = s.end;
    }
}

TEST(script_syntax, keywords_builtins_and_the_names_after_def_and_class_have_their_colours) {
    EXPECT_EQ(colours_of("async def main():\n    await asyncio.sleep(len(xs))\n"),
              (coloured{{"async", syntax_kind::keyword},
                        {"def", syntax_kind::keyword},
                        {"main", syntax_kind::definition},
                        {"await", syntax_kind::keyword},
                        {"len", syntax_kind::builtin}}));
    EXPECT_EQ(colours_of("class Worker(Exception): pass"), (coloured{{"class", syntax_kind::keyword},
                                                                     {"Worker", syntax_kind::definition},
                                                                     {"Exception", syntax_kind::builtin},
                                                                     {"pass", syntax_kind::keyword}}));
    // A builtin's name as an attribute is just a name; identifiers that contain a keyword are names.
    EXPECT_EQ(colours_of("log.print(import_me, defined, None)"), (coloured{{"None", syntax_kind::keyword}}));
}

TEST(script_syntax, strings_keep_their_prefix_and_quotes_and_f_strings_are_strings) {
    EXPECT_EQ(colours_of("x = f\"t={t:.1f}\" + rb'\\x00' + 'it\\'s' + u\"\xC3\xA9\""),
              (coloured{{"f\"t={t:.1f}\"", syntax_kind::string},
                        {"rb'\\x00'", syntax_kind::string},
                        {"'it\\'s'", syntax_kind::string},
                        {"u\"\xC3\xA9\"", syntax_kind::string}}));
    // Not prefixes: a name before a quote that is not r/u/f/b (or a pair) stays a name.
    EXPECT_EQ(colours_of("print(x'a')"), (coloured{{"print", syntax_kind::builtin}, {"'a'", syntax_kind::string}}));
    // A '#' inside a string is not a comment.
    EXPECT_EQ(colours_of("s = '# not a comment'  # a comment"),
              (coloured{{"'# not a comment'", syntax_kind::string}, {"# a comment", syntax_kind::comment}}));
}

TEST(script_syntax, a_triple_quoted_string_spans_its_lines_and_code_resumes_after_it) {
    const std::string text = "doc = \"\"\"first\nsecond 'quote' def\n\"\"\" + str(1)\nx = '''a\nb'''\n";
    EXPECT_EQ(colours_of(text), (coloured{{"\"\"\"first", syntax_kind::string},
                                          {"second 'quote' def", syntax_kind::string},
                                          {"\"\"\"", syntax_kind::string},
                                          {"str", syntax_kind::builtin},
                                          {"1", syntax_kind::number},
                                          {"'''a", syntax_kind::string},
                                          {"b'''", syntax_kind::string}}));
    const std::vector<syntax_line_state> states = syntax_line_states(text);
    EXPECT_EQ(states, (std::vector<syntax_line_state>{syntax_line_state::code, syntax_line_state::in_triple_double,
                                                      syntax_line_state::in_triple_double, syntax_line_state::code,
                                                      syntax_line_state::in_triple_single, syntax_line_state::code}));
    // A one-quote string continued by a backslash goes on, and an unterminated one ends with its line.
    EXPECT_EQ(
        syntax_line_states("s = 'a\\\nb'\nt = 'open\nu = 1\n"),
        (std::vector<syntax_line_state>{syntax_line_state::code, syntax_line_state::in_single, syntax_line_state::code,
                                        syntax_line_state::code, syntax_line_state::code}));
    EXPECT_EQ(colours_of("t = 'open\nu = 1"), (coloured{{"'open", syntax_kind::string}, {"1", syntax_kind::number}}));
}

TEST(script_syntax, comments_numbers_and_decorators) {
    EXPECT_EQ(colours_of("@asyncio.coroutine\ndef f(): return 0x1F + 1_000 + 3.5e-2 + .5 + 2j  # done\nm = a @ b"),
              (coloured{{"@asyncio.coroutine", syntax_kind::decorator},
                        {"def", syntax_kind::keyword},
                        {"f", syntax_kind::definition},
                        {"return", syntax_kind::keyword},
                        {"0x1F", syntax_kind::number},
                        {"1_000", syntax_kind::number},
                        {"3.5e-2", syntax_kind::number},
                        {".5", syntax_kind::number},
                        {"2j", syntax_kind::number},
                        {"# done", syntax_kind::comment}}));
    EXPECT_EQ(colours_of("    @property\n"), (coloured{{"@property", syntax_kind::decorator}}));
}

TEST(script_syntax, names_in_other_scripts_are_whole_names) {
    // CJK and accented names are names (their bytes are never split), and strings around them keep their colour.
    EXPECT_EQ(colours_of("\xE6\x97\xA5\xE6\x9C\xAC = print('\xE8\xAA\x9E')"),
              (coloured{{"print", syntax_kind::builtin}, {"'\xE8\xAA\x9E'", syntax_kind::string}}));
    expect_well_formed("\xE6\x97\xA5\xE6\x9C\xAC = print('\xE8\xAA\x9E')");
}

TEST(script_syntax, code_cut_at_every_byte_and_random_bytes_give_well_formed_spans) {
    const std::string script =
        "import asyncio\n@asyncio.coroutine\ndef task(pid):\n    \"\"\"Doc\n    string\"\"\"\n"
        "    yield from asyncio.sleep(0.001 * pid)  # sleep\n    print(f'Task {pid} done', r\"\\d\", b'\\x00')\n"
        "s = 'a\\\nb'\nx = 1e+5 + 0o17 + 0b1\n";
    for (std::size_t n = 0; n <= script.size(); ++n) {
        expect_well_formed(script.substr(0, n));
        EXPECT_EQ(
            syntax_line_states(script.substr(0, n)).size(),
            1 + static_cast<std::size_t>(std::count(script.begin(), script.begin() + static_cast<long>(n), '\n')));
    }
    std::mt19937 rng(12345);
    const std::string alphabet = "'\"#@\\\n rfbu0x.e+-_(){}:\xE6\x97\xA5\x80\xFF";
    for (int round = 0; round < 2000; ++round) {
        std::string text;
        const std::size_t length = rng() % 40;
        for (std::size_t k = 0; k < length; ++k) text += alphabet[rng() % alphabet.size()];
        ASSERT_NO_FATAL_FAILURE(expect_well_formed(text, false));
    }
}

TEST(script_syntax, a_megabyte_of_code_is_scanned_once_per_edit_in_one_linear_pass) {
    std::string text;
    while (text.size() < (1u << 20)) text += "    print('x' * 60, 0x10)  # a comment \"\"\"\n";
    const std::vector<syntax_line_state> states = syntax_line_states(text);
    EXPECT_EQ(states.size(), 1 + static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')));
    EXPECT_TRUE(
        std::all_of(states.begin(), states.end(), [](syntax_line_state s) { return s == syntax_line_state::code; }));
}

// WCAG 2's relative luminance and contrast ratio.
double channel(double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }
double luminance(double r, double g, double b) {
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
double contrast(double a, double b) { return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05); }

TEST(script_syntax, every_colour_has_a_contrast_of_at_least_4_5_on_the_editors_background) {
    // The editor's field and child are transparent: the background is ImGui's dark WindowBg over the page's clear
    // colour (0.08, 0.09, 0.11; src/app/platform_window.cpp).
    ImGuiStyle style;
    ImGui::StyleColorsDark(&style);
    const ImVec4 bg = style.Colors[ImGuiCol_WindowBg];
    const double clear[3] = {0.08, 0.09, 0.11};
    const double back[3] = {bg.x * bg.w + clear[0] * (1.0 - bg.w), bg.y * bg.w + clear[1] * (1.0 - bg.w),
                            bg.z * bg.w + clear[2] * (1.0 - bg.w)};
    const double back_l = luminance(back[0], back[1], back[2]);
    for (const syntax_kind kind : coloured_syntax_kinds) {
        const std::uint32_t c = syntax_colour(kind);
        ASSERT_EQ(c >> 24, 0xFFu) << "opaque";
        const double l = luminance((c & 0xFF) / 255.0, ((c >> 8) & 0xFF) / 255.0, ((c >> 16) & 0xFF) / 255.0);
        EXPECT_GE(contrast(l, back_l), 4.5) << static_cast<int>(kind);
        const double text_l =
            luminance(style.Colors[ImGuiCol_Text].x, style.Colors[ImGuiCol_Text].y, style.Colors[ImGuiCol_Text].z);
        EXPECT_GT(contrast(l, text_l), 1.2) << "told apart from plain text: " << static_cast<int>(kind);
    }
    // The kinds differ from each other.
    for (const syntax_kind a : coloured_syntax_kinds)
        for (const syntax_kind b : coloured_syntax_kinds)
            if (a != b) {
                EXPECT_NE(syntax_colour(a), syntax_colour(b));
            }
    EXPECT_EQ(syntax_colour(syntax_kind::plain), 0u);
}

}  // namespace
}  // namespace looplab::ui
