// cli_main.cpp — the `looplab` command: runs the seed's experiment in virtual time and prints it as
// the blog's text, JSON or a Python asyncio script. Bad arguments: one stderr line, exit status 2.
#include "cli_run.h"
#include "core/experiment.h"
#include "core/params.h"
#include "core/report.h"

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

int main(int argc, char** argv) {
    std::vector<std::string_view> args;
    for (int i = 1; i < argc; ++i) args.emplace_back(argv[i]);
    if (!args.empty() && args[0] == "run") return looplab::run_script_command(std::span{args}.subspan(1));

    const looplab::parsed_params params = looplab::parse_cli_args(args);
    if (!params.ok()) {
        std::fprintf(stderr, "%s\n", looplab::cli_message(params.problems.front()).c_str());
        return 2;
    }
    if (params.format == looplab::output_format::help) {
        const std::string_view usage = looplab::cli_usage();
        std::fwrite(usage.data(), 1, usage.size(), stdout);
        return 0;
    }

    const looplab::experiment_result result = looplab::run_experiment(params.config);
    std::string out;
    switch (params.format) {
        case looplab::output_format::json:
            out = looplab::format_json(result);
            break;
        case looplab::output_format::python:
            out = looplab::format_python(result);
            break;
        case looplab::output_format::text:
        case looplab::output_format::help:
            out = looplab::format_seed_text(result);
            break;
    }
    // Everything is composed before the first byte is written: no partial output on failure.
    return std::fwrite(out.data(), 1, out.size(), stdout) == out.size() && std::fflush(stdout) == 0 ? 0 : 1;
}
