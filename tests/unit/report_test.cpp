// report_test.cpp — the seed's text format, byte-stable JSON (golden hashes, checked natively and in
// wasm alike) and the generated Python script.
#include "core/report.h"

#include "core/experiment.h"

#include <gtest/gtest.h>

#include <string>

namespace looplab {
namespace {

TEST(format_seed_text, prints_the_blogs_format_for_the_default_run) {
    EXPECT_EQ(format_seed_text(run_experiment({})),
              "Synchronous:\nTask 1 done\nTask 2 done\nTask 3 done\nTask 4 done\nTask 5 done\nTask 6 done\n"
              "Task 7 done\nTask 8 done\nTask 9 done\nAsynchronous:\nTask 2 done\nTask 5 done\nTask 6 done\n"
              "Task 8 done\nTask 9 done\nTask 1 done\nTask 4 done\nTask 3 done\nTask 7 done\n");
}

TEST(format_ms, uses_three_decimals_computed_with_integers) {
    EXPECT_EQ(format_ms(0), "0.000");
    EXPECT_EQ(format_ms(1), "0.001");
    EXPECT_EQ(format_ms(1500), "1.500");
    EXPECT_EQ(format_ms(-250), "-0.250");
    EXPECT_EQ(format_ms(123456789), "123456.789");
}

TEST(format_json, describes_the_run_with_integer_microseconds) {
    const std::string json = format_json(run_experiment({.delays = {2000, 0, 1000}}));
    EXPECT_NE(json.find("\"delays_us\": [2000,0,1000]"), std::string::npos) << json;
    EXPECT_NE(json.find("\"speedup\": 1.500"), std::string::npos);
    EXPECT_NE(json.find("\"finish_order\": [2,3,1]"), std::string::npos);
    EXPECT_NE(json.find("[2000,1,\"finished\",0]"), std::string::npos);
    EXPECT_EQ(json.back(), '\n');
}

TEST(format_json, is_byte_identical_for_the_same_seed_on_every_platform) {
    // Golden FNV-1a hashes: the same test binary runs natively and under node (wasm), so both must agree.
    struct golden {
        experiment_config config;
        std::uint64_t hash;
    };
    const golden goldens[] = {
        {{}, 0x4cf1fb36df484c52ull},
        {{.task_count = 40, .distribution = delay_distribution::uniform, .seed = 1}, 0x21a9ab4410eb2139ull},
        {{.task_count = 40, .distribution = delay_distribution::exponential, .seed = 2, .limit = 3},
         0xdf034d681571b32aull},
        {{.task_count = 40, .distribution = delay_distribution::heavy, .seed = 3, .blocking_tasks = {5, 7}},
         0xfd9957a6558200ceull},
    };
    for (const golden& g : goldens) {
        const std::string json = format_json(run_experiment(g.config));
        EXPECT_EQ(json, format_json(run_experiment(g.config)));
        EXPECT_EQ(fnv1a64(json), g.hash) << std::hex << "0x" << fnv1a64(json) << " for "
                                         << to_string(g.config.distribution);
    }
}

TEST(format_python, writes_a_modern_asyncio_script_with_the_exact_delays) {
    const std::string script = format_python(run_experiment({}));
    for (const char* expected : {"import asyncio", "asyncio.run(asynchronous())", "asyncio.create_task(task_coro(i))",
                                 "await asyncio.gather(*tasks)", "DELAYS_US = [1000, 0, 2000, 1000, 0, 0, 2000, 0, 0]",
                                 "print(\"Synchronous:\")", "print(\"Asynchronous:\")", "print(f\"Task {pid} done\")"})
        EXPECT_NE(script.find(expected), std::string::npos) << expected;
    EXPECT_EQ(script.find("asyncio.async("), std::string::npos);
}

TEST(format_python, uses_a_semaphore_and_time_sleep_when_the_run_does) {
    const std::string script = format_python(run_experiment({.task_count = 5, .limit = 2, .blocking_tasks = {3}}));
    EXPECT_NE(script.find("asyncio.Semaphore(2)"), std::string::npos);
    EXPECT_NE(script.find("async with limit:"), std::string::npos);
    EXPECT_NE(script.find("BLOCKING = {3}"), std::string::npos);
}

TEST(fnv1a64, matches_the_reference_values) {
    EXPECT_EQ(fnv1a64(""), 0xcbf29ce484222325ull);
    EXPECT_EQ(fnv1a64("a"), 0xaf63dc4c8601ec8cull);
}

}  // namespace
}  // namespace looplab
