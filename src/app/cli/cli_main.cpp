// cli_main.cpp — the `looplab` command: runs the seed's experiment in virtual time and prints it as
// the blog's text, JSON or a Python asyncio script; --trace FILE also writes the page's Chrome trace.
// `looplab run SCRIPT.py` runs a Python script instead (cli_run.cpp). Bad arguments: one stderr line, exit status 2.
#include "cli_run.h"
#include "core/experiment.h"
#include "core/params.h"
#include "core/report.h"
#include "session/session.h"

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace {

// Takes `--trace FILE` (or `--trace=FILE`) out of args; false if the file name is missing.
bool take_trace_option(std::vector<std::string_view>& args, std::string& path) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i].starts_with("--trace=")) {
            path = args[i].substr(8);
            args.erase(args.begin() + static_cast<std::ptrdiff_t>(i));
            return !path.empty();
        }
        if (args[i] != "--trace") continue;
        if (i + 1 >= args.size()) return false;
        path = args[i + 1];
        args.erase(args.begin() + static_cast<std::ptrdiff_t>(i), args.begin() + static_cast<std::ptrdiff_t>(i + 2));
        return !path.empty();
    }
    return true;
}

// The page's "Download trace", from the same session code: both lanes run to the end, then exported.
bool write_trace(const looplab::experiment_config& config, const std::string& path) {
    looplab::session_settings settings;
    settings.experiment = config;
    looplab::session s{settings};
    const std::string json = s.trace_json();
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (!file) return false;
    const bool written = std::fwrite(json.data(), 1, json.size(), file) == json.size();
    return std::fclose(file) == 0 && written;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string_view> args;
    for (int i = 1; i < argc; ++i) args.emplace_back(argv[i]);
    if (!args.empty() && args[0] == "run") return looplab::run_script_command(std::span{args}.subspan(1));
    std::string trace_path;
    if (!take_trace_option(args, trace_path)) {
        std::fprintf(stderr, "looplab: --trace: missing value (accepted a file name)\n");
        return 2;
    }

    const looplab::parsed_params params = looplab::parse_cli_args(args);
    if (!params.ok()) {
        std::fprintf(stderr, "%s\n", looplab::cli_message(params.problems.front()).c_str());
        return 2;
    }
    if (params.format == looplab::output_format::help) {
        const std::string usage = looplab::cli_usage();
        std::fwrite(usage.data(), 1, usage.size(), stdout);
        return 0;
    }

    if (!trace_path.empty() && !write_trace(params.config, trace_path)) {
        std::fprintf(stderr, "looplab: --trace: cannot write '%s'\n", trace_path.c_str());
        return 1;
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
