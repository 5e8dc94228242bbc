// Tests of LoopLab Python's parser: every construct against CPython's ast (ast_cases/), the seed, the unsupported
// constructs, limits and hostile input.
#include "python/parser.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace looplab::python {
namespace {

std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string dump(std::string_view src) {
    const parse_result r = parse_module(src);
    if (!r.ok()) return "ERROR " + format_syntax_error(r.error());
    return ast_dump(r.tree());
}

syntax_error error_of(std::string_view src) {
    const parse_result r = parse_module(src);
    EXPECT_FALSE(r.ok()) << src;
    return r.ok() ? syntax_error{} : r.error();
}

TEST(parser, every_ast_case_equals_cpythons_ast_with_positions) {
    std::vector<std::filesystem::path> cases;
    for (const auto& entry : std::filesystem::directory_iterator(LOOPLAB_AST_CASES_DIR)) {
        if (entry.path().extension() == ".py" && entry.path().filename() != "cpython_dump.py") {
            cases.push_back(entry.path());
        }
    }
    std::sort(cases.begin(), cases.end());
    ASSERT_GE(cases.size(), 9u);
    for (const auto& py : cases) {
        SCOPED_TRACE(py.filename().string());
        std::filesystem::path ast_path = py;
        ast_path.replace_extension(".ast");
        const parse_result r = parse_module(read_file(py));
        ASSERT_TRUE(r.ok()) << format_syntax_error(r.error());
        EXPECT_EQ(ast_dump(r.tree(), true) + "\n", read_file(ast_path));
    }
}

TEST(parser, the_seed_script_parses_with_a_note_about_asyncio_async) {
    const char* seed = R"(import random
from time import sleep
import asyncio


def task(pid):
    sleep(random.randint(0, 2) * 0.001)
    print('Task %s done' % pid)


@asyncio.coroutine
def task_coro(pid):
    yield from asyncio.sleep(random.randint(0, 2) * 0.001)
    print('Task %s done' % pid)


def synchronous():
    for i in range(1, 10):
        task(i)


@asyncio.coroutine
def asynchronous():
    tasks = [asyncio.async(task_coro(i)) for i in range(1, 10)]
    yield from asyncio.wait(tasks)


print('Synchronous:')
synchronous()

ioloop = asyncio.get_event_loop()
print('Asynchronous:')
ioloop.run_until_complete(asynchronous())

ioloop.close()
)";
    const parse_result r = parse_module(seed);
    ASSERT_TRUE(r.ok()) << format_syntax_error(r.error());
    EXPECT_EQ(r.tree().body.size(), 13u);
    ASSERT_EQ(r.tree().notes.size(), 1u);
    EXPECT_EQ(r.tree().notes[0].line, 24);
    EXPECT_NE(r.tree().notes[0].text.find("asyncio.ensure_future(...)"), std::string::npos);
    EXPECT_NE(r.tree().notes[0].text.find("asyncio.create_task(...)"), std::string::npos);
    EXPECT_EQ(r.tree().notes[0].text.rfind("line 24: ", 0), 0u);
    EXPECT_NE(ast_dump(r.tree()).find("(call (attr (name asyncio) async) (call (name task_coro) (name i)))"),
              std::string::npos);
}

TEST(parser, precedence_follows_cpython) {
    EXPECT_EQ(dump("-2**2\n"), "(module (expr (usub (pow (int 2) (int 2)))))");
    EXPECT_EQ(dump("a or b and not c\n"), "(module (expr (or (name a) (and (name b) (not (name c))))))");
    EXPECT_EQ(dump("a + b * c ** d\n"), "(module (expr (add (name a) (mult (name b) (pow (name c) (name d))))))");
    EXPECT_EQ(dump("await x ** 2\n").substr(0, 5), "ERROR");  // 'await' outside function
    EXPECT_EQ(dump("async def f():\n    return await x ** 2\n"),
              "(module (async_def f (args) (body (return (pow (await (name x)) (int 2))))))");
    EXPECT_EQ(dump("a < b < c\n"), "(module (expr (compare (name a) lt (name b) lt (name c))))");
    EXPECT_EQ(dump("x = a if b else c\n"), "(module (assign (name x store) (ifexp (name b) (name a) (name c))))");
}

TEST(parser, the_most_negative_int_is_one_constant) {
    EXPECT_EQ(dump("x = -9223372036854775808\n"), "(module (assign (name x store) (int -9223372036854775808)))");
    EXPECT_EQ(dump("x = 9223372036854775807\n"), "(module (assign (name x store) (int 9223372036854775807)))");
}

TEST(parser, constructs_outside_the_subset_are_named_with_their_line) {
    struct unsupported_case {
        const char* source;
        const char* message;
    };
    const unsupported_case cases[] = {
        {"x = 1\nmatch x:\n    case 1: pass\n", "line 2: 'match' statements are not supported in LoopLab's Python"},
        {"type X = int\n", "line 1: type aliases ('type X = ...') are not supported in LoopLab's Python"},
        {"x = b'ab'\n", "line 1: bytes literals (b'...') are not supported in LoopLab's Python"},
        {"x = 1j\n", "line 1: complex numbers (imaginary literals such as '1j') are not supported in LoopLab's Python"},
        {"from os import *\n", "line 1: star imports ('from X import *') are not supported in LoopLab's Python"},
        {"async def f():\n    return [x async for x in y]\n",
         "line 2: asynchronous comprehensions ('async for' in a comprehension) are not supported in LoopLab's Python"},
        {"class A(metaclass=M): pass\n",
         "line 1: class keyword arguments (such as metaclass=...) are not supported in LoopLab's Python"},
        {"x = '\\N{BULLET}'\n", "line 1: \\N{...} escapes are not supported in LoopLab's Python"},
        {"try:\n    pass\nexcept* E:\n    pass\n",
         "line 3: 'except*' (exception groups) is not supported in LoopLab's Python"},
        {"x = 12345678901234567890\n",
         "line 1: integer literal 12345678901234567890 is too large: LoopLab's ints are 64-bit (at most "
         "9223372036854775807)"},
    };
    for (const auto& c : cases) {
        const syntax_error e = error_of(c.source);
        EXPECT_EQ(e.message, c.message) << c.source;
        EXPECT_TRUE(e.unsupported) << c.source;
        EXPECT_EQ(e.kind, syntax_error_kind::syntax_error);
    }
    const syntax_error m = error_of("match x:\n    case 1: pass\n");
    EXPECT_EQ(format_syntax_error(m),
              "  File \"<script>\", line 1\n    match x:\n    ^^^^^\nSyntaxError: line 1: 'match' statements are not "
              "supported in LoopLab's Python\n");
}

TEST(parser, match_and_type_stay_ordinary_names) {
    EXPECT_EQ(dump("match = 1\ntype(x)\nmatch(x)\n"),
              "(module (assign (name match store) (int 1)) (expr (call (name type) (name x))) (expr (call (name match) "
              "(name x))))");
}

TEST(parser, syntax_errors_beat_compile_time_errors) {
    EXPECT_EQ(error_of("return 1\nx = (\n").message, "'(' was never closed");
    EXPECT_EQ(error_of("return 1\n").message, "'return' outside function");
    EXPECT_EQ(error_of("async def f():\n    yield from x\n").message, "'yield from' inside async function");
    EXPECT_EQ(error_of("def f():\n    async with a: pass\n").message, "'async with' outside async function");
    EXPECT_EQ(error_of("for x in y:\n    pass\nelse:\n    break\n").message, "'break' outside loop");
    EXPECT_EQ(error_of("def f():\n    class A:\n        return 1\n").message, "'return' outside function");
}

TEST(parser, deep_nesting_is_an_error_not_a_stack_overflow) {
    EXPECT_EQ(error_of(std::string(100000, '(') + "\n").message, "too many nested parentheses");
    EXPECT_EQ(error_of(std::string(100000, '[') + std::string(100000, ']') + "\n").message,
              "too many nested parentheses");
    EXPECT_NE(error_of("x = " + std::string(100000, '-') + "1\n").message.find("too many nested expressions"),
              std::string::npos);
    std::string nots;
    for (int i = 0; i < 20000; ++i) nots += "not ";
    EXPECT_NE(error_of(nots + "x\n").message.find("too many nested"), std::string::npos);
    std::string lambdas;
    for (int i = 0; i < 20000; ++i) lambdas += "lambda: ";
    EXPECT_NE(error_of(lambdas + "x\n").message.find("too many nested"), std::string::npos);
    std::string blocks;
    for (int i = 0; i < 120; ++i) blocks += std::string(static_cast<std::size_t>(i), ' ') + "if x:\n";
    blocks += std::string(120, ' ') + "pass\n";
    const syntax_error e = error_of(blocks);
    EXPECT_EQ(e.message, "too many levels of indentation");
    EXPECT_EQ(e.kind, syntax_error_kind::indentation_error);
    // 199 brackets are fine, as in CPython.
    EXPECT_EQ(parse_module("x = " + std::string(199, '(') + "1" + std::string(199, ')') + "\n").ok(), true);
}

TEST(parser, input_larger_than_the_limit_is_rejected_up_front) {
    const parse_result r = parse_module(std::string(1000, '\n'), {.max_source_bytes = 100});
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("source too large"), std::string::npos);
    EXPECT_EQ(format_syntax_error(r.error()).rfind("SyntaxError: source too large", 0), 0u);
}

TEST(parser, ten_thousand_statements_parse_flat) {
    std::string src;
    for (int i = 0; i < 10000; ++i) src += "x" + std::to_string(i) + " = " + std::to_string(i) + "\n";
    const parse_result r = parse_module(src);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.tree().body.size(), 10000u);
}

// A small deterministic generator (no wall clock, no std::random_device).
struct lcg {
    std::uint64_t state;
    std::uint32_t next() {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<std::uint32_t>(state >> 33);
    }
};

TEST(parser, arbitrary_bytes_never_crash) {
    lcg rng{12345};
    const std::string alphabet =
        "()[]{}:;,.=+-*/%<>!@#$\\'\"fbr \t\n\n\n\r0123456789_xeEjJ abcdefif else def class "
        "lambda yield await async for in not is and or with as try except finally \x80\xff";
    for (int round = 0; round < 3000; ++round) {
        std::string src;
        const std::uint32_t len = rng.next() % 80;
        for (std::uint32_t i = 0; i < len; ++i) {
            src +=
                (rng.next() % 8 == 0) ? static_cast<char>(rng.next() & 0xFF) : alphabet[rng.next() % alphabet.size()];
        }
        const parse_result r = parse_module(src);
        if (r.ok()) {
            EXPECT_FALSE(ast_dump(r.tree(), true).empty());
        } else {
            EXPECT_FALSE(format_syntax_error(r.error(), "fuzz.py").empty());
        }
    }
}

TEST(parser, truncations_of_valid_code_never_crash) {
    const std::string src = read_file(std::filesystem::path(LOOPLAB_AST_CASES_DIR) / "literals.py") +
                            read_file(std::filesystem::path(LOOPLAB_AST_CASES_DIR) / "functions.py");
    for (std::size_t n = 0; n < src.size(); n += 7) {
        const parse_result r = parse_module(std::string_view(src).substr(0, n));
        if (!r.ok()) {
            EXPECT_FALSE(format_syntax_error(r.error()).empty());
        }
    }
}

}  // namespace
}  // namespace looplab::python
