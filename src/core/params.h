// params.h — the one parser and validator of all outside input: the `looplab` CLI (strict: any problem is an
// error), the web page's URL hash and the values typed into the panel (lenient: a bad value is replaced by the
// nearest valid value or the default, and every correction is reported).
//
// Usage:
//   looplab::parsed_params p = looplab::parse_cli_args(args);       // args without argv[0]
//   if (!p.ok()) { std::fprintf(stderr, "%s\n", looplab::cli_message(p.problems.front()).c_str()); return 2; }
//   looplab::parsed_params q = looplab::parse_url_hash("#tasks=20&distribution=heavy&seed=7");
//   for (const auto& problem : q.problems) show(looplab::url_message(problem));  // config is valid anyway
//   std::string hash = looplab::to_url_hash(q.config, q.scale);                   // and back
//   auto fixes = looplab::validate_params(typed_config, typed_scale);              // panel values, in place
//   auto more = looplab::read_field(config, looplab::param_field::seed, "12x");    // one typed field
//
// Parameters (CLI --name VALUE or --name=VALUE; URL name=VALUE joined by '&'):
//   tasks         whole number 1..100000 (max_tasks), default 9
//   seed          whole number 0..18446744073709551615, default 4902
//   delays        comma-separated milliseconds, each 0..60000 with up to 3 decimals, 1..100000 items;
//                 replaces the random draw and sets tasks
//   distribution  seed | uniform | exponential | heavy, default seed (URL: also `dist`, which to_url_hash writes)
//   limit         whole number 0..100000, 0 = unlimited, default 0
//   block         comma-separated task numbers 1..tasks that block instead of awaiting, default none
//   scale         URL only: wall ms per virtual ms, a finite decimal 0.001..100000, default 400. The CLI has no
//                 wall clock, so --scale stays an unknown option there (exit status 2).
//   text          URL only: the page's text size in percent, a whole number 100..250 or `presenter` (200),
//                 default 100; fonts and layout scale together. The CLI prints text, so --text is unknown there.
//   code          URL only: the Script view's program, base64url (RFC 4648 §5, no padding) of the raw DEFLATE
//                 (RFC 1951) of its UTF-8 text; kept as given (the page decodes it), default none
//   CLI only: --json, --python, --help (at most one of --json / --python)
// The URL hash is read up to max_hash_length characters (after '#'); the rest is ignored with a problem.
// There is no min/max pair among the parameters; `limit` above `tasks` is valid (it means "all at once").
#pragma once

#include "experiment.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace looplab {

// Documented limits.
inline constexpr std::uint32_t max_tasks = 100000;  // largest N
inline constexpr std::int64_t max_delay_ms = 60000;  // largest explicit delay, ms
inline constexpr std::uint32_t max_limit = max_tasks;  // largest concurrency limit
inline constexpr double min_scale = 0.001;  // fastest page time scale, wall ms per virtual ms
inline constexpr double max_scale = 100000.0;  // slowest page time scale
inline constexpr double default_scale = 400.0;  // the seed's 9 tasks (6-18 ms) take 2.5-7 s
inline constexpr int min_text_percent = 100;  // smallest page text size, percent
inline constexpr int max_text_percent = 250;  // largest page text size
inline constexpr int default_text_percent = 100;  // the page's text size without `text`
inline constexpr int presenter_text_percent = 200;  // `text=presenter`: readable on a projector
inline constexpr std::size_t max_hash_length = 8192;  // longest URL hash read, characters after '#'
inline constexpr std::size_t max_problems = 8;  // problems listed per parse; the 8th may be "N more"

// What the CLI should print.
enum class output_format : std::uint8_t {
    text,  // the seed blog's format (default)
    json,  // format_json
    python,  // format_python
    help,  // cli_usage
};

// One problem found in the parameters.
struct param_problem {
    std::string param;  // parameter name ("tasks"), or the unknown option as given
    std::string message;  // what is wrong and what is accepted: "'-5' is out of range (accepted 1..100000)"
    std::string correction;  // lenient parsing only: what was used instead ("using 1", "ignored")
};

// The outcome of parsing: always a valid config, plus the problems met on the way.
struct parsed_params {
    experiment_config config;  // valid, with corrections applied
    double scale = default_scale;  // URL only: the page's time scale, finite, in range
    int text_percent = default_text_percent;  // URL only: the page's text size, percent, in range
    std::optional<std::string> code;  // URL only: `code=` as given (%XX decoded), if present
    output_format format = output_format::text;  // CLI output choice
    std::vector<param_problem> problems;  // empty if everything was fine
    bool ok() const noexcept { return problems.empty(); }  // no problems
};

// Parses CLI arguments (without argv[0]). Callers treat any problem as fatal (exit status 2).
parsed_params parse_cli_args(std::span<const std::string_view> args);

// Parses a URL hash ("#tasks=9&seed=1", the '#' optional, %XX decoded); problems are corrections.
parsed_params parse_url_hash(std::string_view hash);

// Corrects values set directly (typed into the panel) in place, with the same limits and messages as the URL
// parser; returns one problem per correction (show each with url_message). A task count or list of delays
// beyond max_tasks is refused: it becomes max_tasks.
std::vector<param_problem> validate_params(experiment_config& config, double& scale);

// The URL hash of a config (without '#'), listing only parameters that differ from the defaults. The scale is
// written in the shortest form that reads back to the same double; the presenter text size as `presenter`.
std::string to_url_hash(const experiment_config& config, double scale = default_scale,
                        int text_percent = default_text_percent);

// One line for stderr: "looplab: --tasks: '-5' is out of range (accepted 1..100000)".
std::string cli_message(const param_problem& p);

// One line for the page: "tasks: '-5' is out of range (accepted 1..100000); using 1".
std::string url_message(const param_problem& p);

// The --help text.
std::string cli_usage();

// A value typed into one field of the panel.
enum class param_field : std::uint8_t { tasks, seed, delays, block };

// Reads one typed field into config with the URL hash's lenient rules (a value that is not a number leaves the
// field's default and a problem); the other fields are kept. Show each problem with url_message.
std::vector<param_problem> read_field(experiment_config& config, param_field field, std::string_view text);

}  // namespace looplab
