// Tests of LoopLab Python's SyntaxError texts against CPython 3.11's, captured by syntax_errors/regen.sh.
#include "python/syntax_error.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "python/parser.h"

namespace looplab::python {
namespace {

std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::filesystem::path> cases() {
    std::vector<std::filesystem::path> out;
    for (const auto& entry : std::filesystem::directory_iterator(LOOPLAB_SYNTAX_ERRORS_DIR)) {
        if (entry.path().extension() == ".py") out.push_back(entry.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

TEST(syntax_error, every_committed_case_prints_what_cpython_prints) {
    const auto all = cases();
    ASSERT_GE(all.size(), 60u);
    int matched = 0;
    for (const auto& py : all) {
        SCOPED_TRACE(py.filename().string());
        std::filesystem::path expected_path = py;
        expected_path.replace_extension(".expected");
        const std::string expected = read_file(expected_path);
        const parse_result r = parse_module(read_file(py));
        if (r.ok()) {
            ADD_FAILURE() << "parsed without error; CPython says:\n" << expected;
            continue;
        }
        const std::string got = format_syntax_error(r.error(), py.filename().string());
        EXPECT_EQ(got, expected);
        matched += got == expected ? 1 : 0;
    }
    std::printf("%d of %zu SyntaxError cases match CPython exactly\n", matched, all.size());
}

TEST(syntax_error, format_strips_indentation_and_shifts_the_caret) {
    syntax_error e;
    e.message = "invalid syntax";
    e.line = 2;
    e.col = 9;
    e.end_col = 10;
    e.source_line = "    x = = 1";
    EXPECT_EQ(format_syntax_error(e, "a.py"),
              "  File \"a.py\", line 2\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n");
}

TEST(syntax_error, caret_left_of_the_text_is_not_printed) {
    syntax_error e;
    e.kind = syntax_error_kind::indentation_error;
    e.message = "unexpected indent";
    e.line = 1;
    e.col = 1;
    e.source_line = "  y = 2";
    EXPECT_EQ(format_syntax_error(e), "  File \"<script>\", line 1\n    y = 2\nIndentationError: unexpected indent\n");
}

}  // namespace
}  // namespace looplab::python
