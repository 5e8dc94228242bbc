// library_module_test.cpp — the asyncio prelude compiled once per process (library_module.h) and copied into each
// vm: runs in one process, one after the other and interleaved, print what CPython 3.11 printed for the same
// scripts (tests/python/corpus: each .stdout, .stderr and .status was written by CPython, python_corpus_cpython
// re-checks them).
#include "python/library_module.h"

#include "python/interpreter.h"
#include "python/objects.h"

#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace looplab::python;

std::string corpus_file(const std::string& name) {
    std::ifstream in(std::string(LOOPLAB_PYTHON_CORPUS_DIR) + "/" + name, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Scripts that reach every part of the prelude: gather, wait_for and timeouts, TaskGroup, the locks and queues.
const std::vector<std::string> scripts = {"asyncio_as_completed", "asyncio_condition",    "asyncio_lock",
                                          "asyncio_queue_join",   "asyncio_semaphore",    "asyncio_taskgroup",
                                          "asyncio_timeout_cm",   "asyncio_retry_timeout"};

run_config corpus_config(const std::string& name) {
    return run_config{.source = corpus_file(name + ".py"), .filename = name + ".py"};
}

TEST(library_module, the_asyncio_prelude_compiles) {
    const library_module& prelude = asyncio_prelude();
    EXPECT_EQ(prelude.error, "");
    ASSERT_TRUE(prelude.code.is(kind::code));
    EXPECT_TRUE(prelude.code.as<code_object>()->library);
    EXPECT_EQ(&prelude, &asyncio_prelude());  // compiled once
}

TEST(library_module, runs_one_after_the_other_print_what_cpython_printed) {
    precompile_library_modules();
    for (int round = 0; round < 2; ++round)
        for (const std::string& name : scripts) {
            script_result r = run_to_completion(corpus_config(name));
            EXPECT_EQ(r.exit_status, 0) << name << ": " << r.stderr_text;
            EXPECT_EQ(r.stdout_text, corpus_file(name + ".stdout")) << name << " (round " << round << ")";
        }
}

TEST(library_module, interleaved_runs_print_what_cpython_printed) {
    std::vector<std::unique_ptr<script_run>> runs;
    for (const std::string& name : scripts) runs.push_back(std::make_unique<script_run>(corpus_config(name)));
    // Small uneven slices, each run in turn, so every vm imports and runs asyncio while the others are half-way.
    for (bool any = true; any;) {
        any = false;
        for (std::size_t i = 0; i < runs.size(); ++i)
            if (!runs[i]->finished()) any = runs[i]->advance(37 + 11 * i) || any;
    }
    for (std::size_t i = 0; i < runs.size(); ++i) {
        EXPECT_EQ(runs[i]->exit_status(), 0) << scripts[i] << ": " << runs[i]->stderr_text();
        EXPECT_EQ(runs[i]->stdout_text(), corpus_file(scripts[i] + ".stdout")) << scripts[i];
    }
}

TEST(library_module, an_uncaught_error_ends_each_run_as_cpython_ended_it) {
    for (int round = 0; round < 2; ++round) {
        script_result r = run_to_completion(corpus_config("asyncio_gather_uncaught"));
        EXPECT_EQ(std::to_string(r.exit_status) + "\n", corpus_file("asyncio_gather_uncaught.status"));
        EXPECT_EQ(r.stdout_text, corpus_file("asyncio_gather_uncaught.stdout"));
        // The .stderr file holds the traceback's last line.
        const std::string last = corpus_file("asyncio_gather_uncaught.stderr");
        ASSERT_GE(r.stderr_text.size(), last.size());
        EXPECT_EQ(r.stderr_text.substr(r.stderr_text.size() - last.size()), last);
    }
}

}  // namespace
