// cli_run.h — the `looplab run SCRIPT.py` subcommand (see cli_run.cpp).
#pragma once

#include <span>
#include <string_view>

namespace looplab {

// Runs `looplab run ARGS...` (ARGS without the word "run"); returns the process exit status.
int run_script_command(std::span<const std::string_view> args);

}  // namespace looplab
