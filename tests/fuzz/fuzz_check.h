// fuzz_check.h — what the fuzz targets assert: a check that aborts with a message (libFuzzer then saves the input).
// Usage: FUZZ_CHECK(parsed.config.task_count >= 1, "task count below 1");
#pragma once
#include <cstdio>
#include <cstdlib>

// Fails the run (libFuzzer reports a crash and writes the input) when cond is false.
#define FUZZ_CHECK(cond, what)                                                                 \
    do {                                                                                       \
        if (!(cond)) {                                                                         \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", what, __FILE__, __LINE__); \
            std::abort();                                                                      \
        }                                                                                      \
    } while (false)
