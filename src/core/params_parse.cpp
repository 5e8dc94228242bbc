// params_parse.cpp — the CLI and URL-hash parsers (one code path, strict or lenient) and the reader of one typed
// panel field. Every correction becomes one problem that names the accepted values.
#include "params.h"
#include "params_text.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <optional>

namespace looplab {

namespace {

using namespace params_text;

constexpr std::string_view option_list =
    "--tasks, --seed, --delays, --distribution, --limit, --block, --json, --python, --help";
constexpr std::string_view key_list = "tasks, seed, delays, distribution (or dist), limit, block, scale, text, code";

std::string distribution_accepted() { return "accepted " + std::string{distribution_list()}; }

class parser {
public:
    explicit parser(bool strict) : m_strict(strict) {}

    void problem(std::string_view param, std::string message, std::string correction) {
        m_problems.add(param, std::move(message), std::move(correction));
    }

    // Sets a whole-number parameter, clamping (lenient) or reporting.
    // A value that is not a number gives `fallback`: the default, or (`kept`) the value the field had before.
    std::uint64_t whole_in_range(std::string_view name, std::string_view value, std::uint64_t lo, std::uint64_t hi,
                                 std::uint64_t fallback, bool kept = false) {
        const std::string accepted = accepted_range(lo, hi);
        const whole w = parse_whole(value);
        if (w.k == whole::kind::ok && w.value >= lo && w.value <= hi) return w.value;
        if (w.k == whole::kind::not_number) {
            problem(name, quoted(value) + " is not a whole number " + accepted,
                    (kept ? "kept " : "using ") + std::to_string(fallback));
            return fallback;
        }
        const bool high = w.k == whole::kind::too_big || (w.k == whole::kind::ok && w.value > hi);
        problem(name, quoted(value) + " is out of range " + accepted, "using " + std::to_string(high ? hi : lo));
        return high ? hi : lo;
    }

    void apply(std::string_view name, std::string_view value) {
        experiment_config& c = m_out.config;
        if (name == "tasks") {
            m_tasks_given = true;
            c.task_count = static_cast<std::uint32_t>(
                whole_in_range(name, value, 1, max_tasks, m_previous_tasks.value_or(experiment_config{}.task_count),
                               m_previous_tasks.has_value()));
        } else if (name == "seed") {
            c.seed = whole_in_range(name, value, 0, UINT64_MAX, default_seed);
        } else if (name == "limit") {
            m_limit_given = std::string{value};  // read by finish(), against the task count
        } else if (name == "distribution") {
            if (const auto d = parse_distribution(value))
                c.distribution = *d;
            else
                problem(name, quoted(value) + " is not a distribution (" + distribution_accepted() + ")", "using seed");
        } else if (name == "delays") {
            apply_delays(value);
        } else if (name == "block") {
            apply_block(value);
        } else if (name == "scale") {
            apply_scale(value);
        } else if (name == "code" && !m_strict) {
            m_out.code = std::string{value};  // the page decodes it (web/looplab_code_link.js)
        } else if (name == "text" && !m_strict) {
            m_out.text_percent = value == "presenter"
                                     ? presenter_text_percent
                                     : static_cast<int>(whole_in_range(name, value, min_text_percent, max_text_percent,
                                                                       default_text_percent));
        } else {
            problem(name, "unknown parameter " + quoted(name) + " (accepted " + std::string{key_list} + ")", "ignored");
        }
    }

    void apply_delays(std::string_view value) {
        std::vector<virtual_duration> delays;
        std::string first_error;
        std::size_t dropped = 0;
        std::size_t clamped = 0;
        const auto items = split(value, ',');
        for (std::size_t i = 0; i < items.size(); ++i) {
            const std::string item_name = "item " + std::to_string(i + 1);
            const auto us = items[i].empty() ? std::nullopt : parse_ms(items[i]);
            if (!us) {
                if (first_error.empty())
                    first_error = items[i].empty() ? item_name + " is empty"
                                                   : item_name + " " + quoted(items[i]) + " is not a number";
                ++dropped;
                continue;
            }
            if (*us > static_cast<std::uint64_t>(max_delay_ms * milliseconds)) {
                if (first_error.empty()) first_error = item_name + " " + quoted(items[i]) + " is out of range";
                ++clamped;
                delays.push_back(max_delay_ms * milliseconds);
                continue;
            }
            delays.push_back(static_cast<virtual_duration>(*us));
        }
        if (delays.size() > max_tasks) {
            if (first_error.empty()) first_error = std::to_string(items.size()) + " items are too many";
            delays.resize(max_tasks);
        }
        if (!first_error.empty()) {
            std::string correction =
                delays.empty() ? "ignored"
                               : "dropped " + std::to_string(dropped) + ", clamped " + std::to_string(clamped);
            problem("delays", quoted(value) + ": " + first_error + " (" + delays_accepted() + ")",
                    std::move(correction));
        }
        m_out.config.delays = std::move(delays);
    }

    void apply_scale(std::string_view value) {
        // NOTE: strtod reads '.' as the decimal point: nothing here calls setlocale, so LC_NUMERIC is "C".
        double scale = plain_decimal(value) ? std::strtod(std::string{value}.c_str(), nullptr) : NAN;
        // Overflow gives HUGE_VAL (out of range high); underflow gives about 0 (out of range low).
        if (std::isinf(scale)) scale = scale > 0 ? max_scale * 2 : -1.0;
        check_scale(scale, m_problems, std::string{value});
        m_out.scale = scale;
    }

    void apply_block(std::string_view value) {
        m_block.clear();
        for (std::string_view item : split(value, ',')) {
            const whole w = parse_whole(item);
            if (w.k != whole::kind::ok || w.value < 1 || w.value > max_tasks) {
                problem("block",
                        quoted(value) + ": " + quoted(item) +
                            " is not a task number (accepted comma-separated task numbers 1..tasks)",
                        "dropped " + quoted(item));
                continue;
            }
            m_block.push_back(static_cast<std::uint32_t>(w.value));
        }
    }

    parsed_params finish() {
        experiment_config& c = m_out.config;
        if (!c.delays.empty()) {
            const auto n = static_cast<std::uint32_t>(c.delays.size());
            if (m_tasks_given && c.task_count != n)
                problem("tasks",
                        quoted(std::to_string(c.task_count)) + " conflicts with the " + std::to_string(n) +
                            " delays given (delays set the task count)",
                        "using " + std::to_string(n));
            c.task_count = n;
        }
        // A limit above the task count would read as a limit that is not there: the slider's end is the count.
        if (m_limit_given)
            c.limit = static_cast<std::uint32_t>(whole_in_range("limit", *m_limit_given, 0, c.task_count, 0));
        std::sort(m_block.begin(), m_block.end());
        m_block.erase(std::unique(m_block.begin(), m_block.end()), m_block.end());
        for (std::uint32_t number : m_block) {
            if (number <= c.task_count)
                c.blocking_tasks.push_back(number);
            else
                problem("block",
                        quoted(std::to_string(number)) + " is not a task number (accepted 1.." +
                            std::to_string(c.task_count) + ")",
                        "dropped");
        }
        m_out.problems = m_problems.take();
        return std::move(m_out);
    }

    // Adds task numbers to block (checked against the task count by finish, like the parsed ones).
    void keep_blocking(const std::vector<std::uint32_t>& numbers) {
        m_block.insert(m_block.end(), numbers.begin(), numbers.end());
    }

    // A typed task count that is not a number keeps this count instead of the default.
    void keep_tasks_on_bad_input(std::uint32_t previous) { m_previous_tasks = previous; }

    parsed_params& out() { return m_out; }
    bool strict() const { return m_strict; }

private:
    parsed_params m_out;
    problem_list m_problems;
    std::vector<std::uint32_t> m_block;
    std::optional<std::uint32_t> m_previous_tasks;
    std::optional<std::string> m_limit_given;
    bool m_tasks_given = false;
    bool m_strict;
};

// The accepted values of a parameter, for "missing value" messages.
std::string accepted_for(std::string_view name) {
    if (name == "tasks") return "accepted 1.." + std::to_string(max_tasks);
    if (name == "seed") return "accepted 0.." + std::to_string(UINT64_MAX);
    if (name == "limit") return "accepted 0.." + std::to_string(max_limit);
    if (name == "distribution") return distribution_accepted();
    if (name == "delays") return delays_accepted();
    return "accepted comma-separated task numbers 1..tasks";
}

bool takes_value(std::string_view name) {
    return name == "tasks" || name == "seed" || name == "delays" || name == "distribution" || name == "limit" ||
           name == "block";
}

}  // namespace

parsed_params parse_cli_args(std::span<const std::string_view> args) {
    parser p{true};
    bool json = false;
    bool python = false;
    bool help = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string_view arg = args[i];
        if (arg.size() < 3 || arg.substr(0, 2) != "--") {
            p.problem(arg, "unknown option " + quoted(arg) + " (accepted " + std::string{option_list} + ")", "");
            continue;
        }
        std::string_view name = arg.substr(2);
        std::optional<std::string_view> value;
        if (const std::size_t eq = name.find('='); eq != std::string_view::npos) {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        if (name == "json" || name == "python" || name == "help") {
            if (value) p.problem(name, "--" + std::string{name} + " takes no value", "");
            (name == "json" ? json : name == "python" ? python : help) = true;
            continue;
        }
        if (!takes_value(name)) {
            p.problem(arg, "unknown option " + quoted(arg) + " (accepted " + std::string{option_list} + ")", "");
            continue;
        }
        if (!value) {
            if (i + 1 >= args.size()) {
                p.problem(name, "missing value (" + accepted_for(name) + ")", "");
                continue;
            }
            value = args[++i];
        }
        p.apply(name, *value);
    }
    if (json && python) p.problem("json", "--json and --python cannot be combined (accepted: one of them)", "");
    p.out().format = help     ? output_format::help
                     : json   ? output_format::json
                     : python ? output_format::python
                              : output_format::text;
    return p.finish();
}

parsed_params parse_url_hash(std::string_view hash) {
    parser p{false};
    if (!hash.empty() && hash.front() == '#') hash.remove_prefix(1);
    if (hash.size() > max_hash_length) {
        // Reported first, so that it is listed however many corrections follow.
        p.problem("hash",
                  "the link's settings are longer than " + std::to_string(max_hash_length) +
                      " characters (accepted up to " + std::to_string(max_hash_length) + ")",
                  "only the first " + std::to_string(max_hash_length) + " were read");
        hash = hash.substr(0, max_hash_length);
    }
    if (!hash.empty()) {
        for (std::string_view pair : split(hash, '&')) {
            if (pair.empty()) continue;
            const std::size_t eq = pair.find('=');
            std::string key = percent_decode(pair.substr(0, eq));
            const std::string value =
                eq == std::string_view::npos ? std::string{} : percent_decode(pair.substr(eq + 1));
            if (key == "dist") key = "distribution";  // the short name the page writes
            p.apply(key, value);
        }
    }
    return p.finish();
}

std::vector<param_problem> read_field(experiment_config& config, param_field field, std::string_view text) {
    const experiment_config defaults;
    parser p{false};
    experiment_config& c = p.out().config;
    c = config;
    switch (field) {
        case param_field::tasks:
            // Text that is no number changes nothing (the explicit delays stay too); the notice says so.
            p.keep_tasks_on_bad_input(c.delays.empty() ? c.task_count : static_cast<std::uint32_t>(c.delays.size()));
            if (parse_whole(text).k != whole::kind::not_number) c.delays.clear();
            p.apply("tasks", text);
            break;
        case param_field::seed:
            c.seed = defaults.seed;
            p.apply("seed", text);
            break;
        case param_field::delays:
            c.delays.clear();
            p.apply("delays", text);
            break;
        case param_field::block:
            c.blocking_tasks.clear();
            p.apply("block", text);
            break;
    }
    // The other blocking tasks are kept: finish() checks them against the (new) task count.
    std::vector<std::uint32_t> kept = field == param_field::block ? std::vector<std::uint32_t>{} : c.blocking_tasks;
    c.blocking_tasks.clear();
    p.keep_blocking(kept);
    parsed_params parsed = p.finish();
    config = std::move(parsed.config);
    return std::move(parsed.problems);
}

}  // namespace looplab
