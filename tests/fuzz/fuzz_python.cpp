// fuzz_python.cpp — libFuzzer target for LoopLab Python end to end (lexer, parser, compiler, VM, asyncio on core's
// scheduler): the input is a script, run under small budgets (instructions, memory, output, tasks, recursion), once
// to completion and once in uneven slices; both runs must end, agree exactly, and stay inside the budgets.
// Seeded from tests/python/corpus/*.py (run_fuzz.sh copies them); dictionary: python.dict.
#include "python/interpreter.h"

#include "fuzz_check.h"

#include <cctype>
#include <cstddef>
#include <cstdint>
#include <string>

namespace {

using namespace looplab::python;

constexpr std::size_t max_input = 8192;  // longer inputs are cut (run_fuzz.sh's -max_len is the same)
// Every script of tests/python/corpus runs to its end within this budget (at most 16,033 instructions; `looplab run
// --json` reports them) except asyncio_many_tasks_slices.py (2.2 million), which is cut; importing and running asyncio
// costs ~500. A looping input runs the whole budget twice, so a small budget keeps such inputs cheap under ASan.
constexpr std::uint64_t instruction_budget = 50'000;
constexpr std::size_t memory_budget = std::size_t{8} << 20;  // bytes; huge_list and string_doubling reach it
constexpr std::uint32_t max_tasks = 500;  // task_flood reaches it
constexpr std::size_t output_cap = 64 * 1024;  // printed bytes before the run is stopped
constexpr std::uint64_t slice = 777;  // odd slice size, so suspensions land everywhere inside a slice

run_config fuzz_config(std::string source) {
    return run_config{.source = std::move(source),
                      .filename = "fuzz.py",
                      .seed = 4902,
                      .instruction_budget = instruction_budget,
                      .memory_budget = memory_budget,
                      .output_cap = output_cap,
                      .max_tasks = max_tasks,
                      .recursion_limit = 200,  // the VM's own limit is 1000; keep ASan's native stack shallow
                      .record_events = true};
}

// What every finished run must satisfy, however it ended.
// Text with each object address (" at 0x" and hex digits, as an object's repr prints it) cut to " at 0x": two runs
// in one process allocate their objects at other addresses, as two CPython runs do.
std::string without_addresses(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        if (text.compare(i, 6, " at 0x") == 0) {
            out += " at 0x";
            i += 6;
            while (i < text.size() && std::isxdigit(static_cast<unsigned char>(text[i]))) ++i;
        } else {
            out += text[i++];
        }
    }
    return out;
}

void check_outcome(int exit_status, const std::string& out, const std::string& err, const run_error& error,
                   std::uint64_t instructions) {
    FUZZ_CHECK(exit_status == 0 || exit_status == 1, "exit status is neither 0 nor 1");
    FUZZ_CHECK(out.size() <= output_cap + 4096, "stdout exceeds the output cap");
    FUZZ_CHECK(instructions <= instruction_budget + slice, "ran past the instruction budget");
    if (exit_status == 0) FUZZ_CHECK(!error.present, "exit 0 with an error");
    if (exit_status == 1) FUZZ_CHECK(!err.empty(), "exit 1 without anything on stderr");
    if (error.present) {
        FUZZ_CHECK(!error.type.empty(), "an error without a type");
        FUZZ_CHECK(exit_status == 1, "an uncaught error that does not exit 1");
    }
    if (error.syntax) {
        FUZZ_CHECK(out.empty(), "a SyntaxError, yet the script printed");
        FUZZ_CHECK(err.find("Error") != std::string::npos, "a SyntaxError without its class name on stderr");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > max_input) size = max_input;
    const std::string source(reinterpret_cast<const char*>(data), size);

    const script_result whole = run_to_completion(fuzz_config(source));
    check_outcome(whole.exit_status, whole.stdout_text, whole.stderr_text, whole.error, whole.instructions);

    // The same script in slices (the page's way) ends the same way, byte for byte: slicing must not be observable.
    script_run sliced{fuzz_config(source)};
    std::uint64_t calls = 0;
    const std::uint64_t max_calls = instruction_budget / slice + 10'000;  // each call must make progress or finish
    while (sliced.advance(slice)) {
        FUZZ_CHECK(++calls <= max_calls, "advance() keeps returning true without finishing");
    }
    FUZZ_CHECK(sliced.finished(), "advance() returned false before the run finished");
    FUZZ_CHECK(sliced.exit_status() == whole.exit_status, "sliced run: another exit status");
    FUZZ_CHECK(without_addresses(sliced.stdout_text()) == without_addresses(whole.stdout_text),
               "sliced run: other stdout");
    FUZZ_CHECK(without_addresses(sliced.stderr_text()) == without_addresses(whole.stderr_text),
               "sliced run: other stderr");
    FUZZ_CHECK(sliced.now() == whole.end_time, "sliced run: another virtual end time");
    check_outcome(sliced.exit_status(), sliced.stdout_text(), sliced.stderr_text(), sliced.error(),
                  sliced.instructions());

    // Printed lines carry non-decreasing virtual times and add up to stdout.
    std::size_t printed_bytes = 0;
    looplab::virtual_time last = 0;
    for (const printed_line& line : sliced.printed()) {
        FUZZ_CHECK(line.time >= last, "printed lines go back in virtual time");
        last = line.time;
        printed_bytes += line.text.size();
    }
    FUZZ_CHECK(printed_bytes <= sliced.stdout_text().size(), "printed lines hold more text than stdout");
    for (const task_info& t : sliced.tasks()) FUZZ_CHECK(!t.name.empty(), "a task without a name");
    return 0;
}
