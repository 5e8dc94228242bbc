// params_help.cpp — the CLI's --help text and the one-line messages of a parameter problem (stderr and page).
#include "params.h"
#include "params_text.h"

#include <string>

namespace looplab {

std::string cli_message(const param_problem& p) {
    const bool is_option = !p.param.empty() && p.param.front() == '-';
    if (is_option || p.message.rfind("unknown", 0) == 0) return "looplab: " + p.message;
    return "looplab: --" + p.param + ": " + p.message;
}

std::string url_message(const param_problem& p) {
    std::string line = p.param + ": " + p.message;
    if (!p.correction.empty()) line += "; " + p.correction;
    return line;
}

std::string cli_usage() {
    const std::string tasks = std::to_string(max_tasks);
    std::string out =
        "Usage: looplab [options]\n"
        "       looplab run [--seed S] [--json] [--trace FILE] SCRIPT.py   (or - for standard input)\n"
        "Runs the asyncio experiment: N tasks each wait a random delay, first one after another\n"
        "(Synchronous:), then all at once on a cooperative event loop (Asynchronous:), in virtual time.\n"
        "\n"
        "Options:\n";
    out += "  --tasks N             number of tasks, 1.." + tasks + " (default 9)\n";
    out +=
        "  --seed S              PRNG seed, 0..18446744073709551615 (default " + std::to_string(default_seed) + ")\n";
    out += "  --delays LIST         comma-separated delays in ms, each 0.." + std::to_string(max_delay_ms) +
           " with up to 3 decimals;\n"
           "                        replaces the random draw and sets N\n";
    out += "  --distribution NAME   one of " + std::string{distribution_list()} + " (default seed):\n";
    for (int i = 0; i < delay_distribution_count; ++i) {
        const auto d = static_cast<delay_distribution>(i);
        out += "                          " + std::string{to_string(d)} + ": " + std::string{describe(d)} + "\n";
    }
    out += "  --limit K             at most K tasks at once in the concurrent run, 0.." + std::to_string(max_limit) +
           " (0 = all)\n"
           "  --block LIST          task numbers that call time.sleep instead of awaiting (concurrent run)\n"
           "  --json                print the whole result, event streams included, as JSON\n"
           "  --python              print a Python asyncio script that replays this run\n"
           "  --trace FILE          also write the run's Chrome Trace Event JSON (the page's Download trace)\n"
           "  --help                print this text\n"
           "\n"
           "Subcommands:\n"
           "  run SCRIPT.py         runs a Python asyncio script on LoopLab's scheduler in virtual time, like\n"
           "                        python3 SCRIPT.py: output on stdout, tracebacks on stderr, exit 1 on an\n"
           "                        uncaught exception. --seed S seeds an unseeded random (default 4902),\n"
           "                        --json prints the run, --trace FILE writes a Chrome trace.\n"
           "\n"
           "Bad arguments print one line on stderr and exit with status 2.\n";
    return out;
}

}  // namespace looplab
