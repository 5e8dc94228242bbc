// instruction_budget_test.cpp — an endless asyncio loop ends at the instruction budget, whatever budget: one that
// lands exactly where a task has just yielded (ticks one short of the budget, in the event loop) ends it too, and
// one inside gather's native wrapping of its arguments.
#include "python/interpreter.h"

#include <gtest/gtest.h>

#include <string>

namespace {

using namespace looplab::python;

// Runs text under `budget`, `slice` instructions per advance, and checks that the budget ended it: the run finished
// with LoopLab's limit error and counted no more instructions than the budget. `message` is the error's text.
void run_to_the_budget(const std::string& text, const char* filename, std::uint64_t budget, std::uint64_t slice,
                       std::string& message) {
    run_config cfg;
    cfg.source = text;
    cfg.filename = filename;
    cfg.instruction_budget = budget;
    script_run run{cfg};
    int slices = 0;
    while (run.advance(slice) && slices < 100'000) ++slices;
    ASSERT_TRUE(run.finished()) << "budget " << budget << ": still running after " << slices << " slices";
    EXPECT_EQ(run.error().type, "LoopLabLimit") << budget;
    EXPECT_LE(run.instructions(), budget) << budget;
    message = run.error().message;
}

TEST(instruction_budget, an_endless_sleep_zero_loop_stops_at_every_budget_in_a_range) {
    // Each iteration of spin runs a few instructions and yields to the loop, so some budget in any window of a few
    // hundred lands exactly one tick after a yield.
    const std::string text =
        "import asyncio\nasync def spin():\n    while True:\n        await asyncio.sleep(0)\nasyncio.run(spin())\n";
    for (std::uint64_t budget = 5'000; budget < 5'300; ++budget) {
        std::string message;
        ASSERT_NO_FATAL_FAILURE(run_to_the_budget(text, "spin.py", budget, 97, message));
        EXPECT_EQ(message.rfind("instruction budget of " + std::to_string(budget) + " exhausted", 0), 0u) << message;
    }
}

TEST(instruction_budget, gathers_native_wrapping_counts_against_the_budget_without_passing_it) {
    // gather wraps its arguments natively, a batch at a time, each argument counted as instructions: a budget that
    // ends inside a batch still stops the run, and the count never passes the budget.
    const std::string text =
        "import asyncio\nasync def main():\n    while True:\n"
        "        await asyncio.gather(*[asyncio.sleep(0) for _ in range(300)])\n"
        "asyncio.run(main())\n";
    for (std::uint64_t budget = 20'000; budget < 20'600; budget += 7) {
        std::string message;
        ASSERT_NO_FATAL_FAILURE(run_to_the_budget(text, "gather.py", budget, 500, message));
    }
}

}  // namespace
