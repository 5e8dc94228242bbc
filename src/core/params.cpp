// params.cpp — parameter parsing and validation, one code path for the CLI (strict), the URL hash and typed
// panel values (lenient). Values are checked with integer arithmetic; messages always name the accepted range.
//
// [SECTION] Text helpers (numbers, quoting, splitting)
// [SECTION] The parser (one problem per correction, at most max_problems)
// [SECTION] Entry points: CLI, URL hash, typed values, hash writer, messages
#include "params.h"

#include "report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>

namespace looplab {

namespace {

// [SECTION] Text helpers (numbers, quoting, splitting)

constexpr std::string_view option_list =
    "--tasks, --seed, --delays, --distribution, --limit, --block, --json, --python, --help";
constexpr std::string_view key_list = "tasks, seed, delays, distribution (or dist), limit, block, scale, text";
constexpr std::string_view delays_accepted =
    "accepted comma-separated milliseconds 0..60000 with up to 3 decimals, 1..100000 items";

struct whole {
    enum class kind { ok, negative, not_number, too_big } k = kind::not_number;
    std::uint64_t value = 0;
};

whole parse_whole(std::string_view s) {
    whole w;
    bool negative = false;
    if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
        negative = s.front() == '-';
        s.remove_prefix(1);
    }
    if (s.empty()) return w;
    std::uint64_t v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return w;
        const auto digit = static_cast<std::uint64_t>(c - '0');
        if (v > (UINT64_MAX - digit) / 10) {
            w.k = negative ? whole::kind::negative : whole::kind::too_big;
            return w;
        }
        v = v * 10 + digit;
    }
    w.k = negative && v != 0 ? whole::kind::negative : whole::kind::ok;
    w.value = negative ? 0 : v;
    return w;
}

// Milliseconds with up to three decimals -> microseconds; nullopt if malformed.
std::optional<std::uint64_t> parse_ms(std::string_view s) {
    const std::size_t dot = s.find('.');
    const std::string_view int_part = s.substr(0, dot);
    const std::string_view frac_part = dot == std::string_view::npos ? std::string_view{} : s.substr(dot + 1);
    if (int_part.empty() || int_part.size() > 12) return std::nullopt;
    if (dot != std::string_view::npos && (frac_part.empty() || frac_part.size() > 3)) return std::nullopt;
    std::uint64_t us = 0;
    for (char c : int_part) {
        if (c < '0' || c > '9') return std::nullopt;
        us = us * 10 + static_cast<std::uint64_t>(c - '0');
    }
    us *= 1000;
    std::uint64_t scale = 100;
    for (char c : frac_part) {
        if (c < '0' || c > '9') return std::nullopt;
        us += static_cast<std::uint64_t>(c - '0') * scale;
        scale /= 10;
    }
    return us;
}

// At most 40 bytes of a value, for a message: bytes outside printable ASCII are written as \xNN, so a notice
// never carries control characters or broken UTF-8 (e.g. from "%E0%A4") to the page or the terminal.
std::string shown(std::string_view value) {
    std::string out;
    for (const char c : value.substr(0, 40)) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte < 0x7f) {
            out += c;
        } else {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\x%02X", byte);
            out += escaped;
        }
    }
    if (value.size() > 40) out += "...";
    return out;
}

std::string quoted(std::string_view value) { return "'" + shown(value) + "'"; }

// A plain decimal number: [+-]digits[.digits][(e|E)[+-]digits]. strtod alone would also take leading spaces,
// hex floats, "inf" and "nan", which a link has no business carrying.
bool plain_decimal(std::string_view s) {
    std::size_t i = 0;
    auto digits = [&] {
        const std::size_t from = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
        return i - from;
    };
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    const std::size_t int_digits = digits();
    std::size_t frac_digits = 0;
    if (i < s.size() && s[i] == '.') {
        ++i;
        frac_digits = digits();
    }
    if (int_digits + frac_digits == 0) return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
        if (digits() == 0) return false;
    }
    return i == s.size();
}

// The shortest text that reads back as exactly this double: fixed notation with the fewest decimals when the
// value is in the scale's range (no "1e+05"), else the shortest "%.*g". (to_chars needs libc++ 14; we have 13.)
std::string shortest_double(double value) {
    char buffer[64];
    if (std::fabs(value) >= 1e-4 && std::fabs(value) < 1e15) {
        for (int decimals = 0; decimals <= 24; ++decimals) {
            std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
            if (std::strtod(buffer, nullptr) == value) return buffer;
        }
    }
    for (int precision = 1; precision <= 17; ++precision) {
        std::snprintf(buffer, sizeof buffer, "%.*g", precision, value);
        if (std::strtod(buffer, nullptr) == value) break;
    }
    return buffer;
}

std::vector<std::string_view> split(std::string_view s, char separator) {
    std::vector<std::string_view> items;
    for (;;) {
        const std::size_t at = s.find(separator);
        items.push_back(s.substr(0, at));
        if (at == std::string_view::npos) return items;
        s.remove_prefix(at + 1);
    }
}

// [SECTION] The parser (one problem per correction, at most max_problems)

// Collects problems; past max_problems it only counts them, so a hostile link cannot flood the page.
class problem_list {
public:
    void add(std::string_view param, std::string message, std::string correction) {
        if (m_list.size() < max_problems) {
            m_list.push_back(param_problem{shown(param), std::move(message), std::move(correction)});
        } else {
            ++m_unlisted;
        }
    }
    // The problems; if some were not listed, the last entry says how many corrections went unnamed.
    std::vector<param_problem> take() {
        if (m_unlisted > 0) {
            m_list.resize(max_problems - 1);
            const std::size_t more = m_unlisted + 1;
            m_list.push_back(param_problem{"more", std::to_string(more) + " further problems are not listed",
                                           "each was corrected or ignored in the same way"});
        }
        m_unlisted = 0;
        return std::move(m_list);
    }

private:
    std::vector<param_problem> m_list;
    std::size_t m_unlisted = 0;
};

std::string scale_accepted() {
    return "(accepted " + shortest_double(min_scale) + ".." + shortest_double(max_scale) + " wall ms per virtual ms)";
}

// Corrects a scale in place (NaN and infinities -> the default, out of range -> the nearest limit).
void check_scale(double& scale, problem_list& problems, const std::string& as_given) {
    if (!std::isfinite(scale)) {
        problems.add("scale", quoted(as_given) + " is not a number " + scale_accepted(),
                     "using " + shortest_double(default_scale));
        scale = default_scale;
    } else if (scale < min_scale || scale > max_scale) {
        const double nearest = scale < min_scale ? min_scale : max_scale;
        problems.add("scale", quoted(as_given) + " is out of range " + scale_accepted(),
                     "using " + shortest_double(nearest));
        scale = nearest;
    }
}

class parser {
public:
    explicit parser(bool strict) : m_strict(strict) {}

    void problem(std::string_view param, std::string message, std::string correction) {
        m_problems.add(param, std::move(message), std::move(correction));
    }

    // Sets a whole-number parameter, clamping (lenient) or reporting.
    std::uint64_t whole_in_range(std::string_view name, std::string_view value, std::uint64_t lo, std::uint64_t hi,
                                 std::uint64_t fallback) {
        const std::string accepted = "(accepted " + std::to_string(lo) + ".." + std::to_string(hi) + ")";
        const whole w = parse_whole(value);
        if (w.k == whole::kind::ok && w.value >= lo && w.value <= hi) return w.value;
        if (w.k == whole::kind::not_number) {
            problem(name, quoted(value) + " is not a whole number " + accepted, "using " + std::to_string(fallback));
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
            c.task_count = static_cast<std::uint32_t>(whole_in_range(name, value, 1, max_tasks, 9));
        } else if (name == "seed") {
            c.seed = whole_in_range(name, value, 0, UINT64_MAX, default_seed);
        } else if (name == "limit") {
            c.limit = static_cast<std::uint32_t>(whole_in_range(name, value, 0, max_limit, 0));
        } else if (name == "distribution") {
            if (const auto d = parse_distribution(value))
                c.distribution = *d;
            else
                problem(name, quoted(value) + " is not a distribution (accepted seed, uniform, exponential, heavy)",
                        "using seed");
        } else if (name == "delays") {
            apply_delays(value);
        } else if (name == "block") {
            apply_block(value);
        } else if (name == "scale") {
            apply_scale(value);
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
            problem("delays", quoted(value) + ": " + first_error + " (" + std::string{delays_accepted} + ")",
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

    parsed_params& out() { return m_out; }
    bool strict() const { return m_strict; }

private:
    parsed_params m_out;
    problem_list m_problems;
    std::vector<std::uint32_t> m_block;
    bool m_tasks_given = false;
    bool m_strict;
};

// The accepted values of a parameter, for "missing value" messages.
std::string accepted_for(std::string_view name) {
    if (name == "tasks") return "accepted 1..100000";
    if (name == "seed") return "accepted 0..18446744073709551615";
    if (name == "limit") return "accepted 0..100000";
    if (name == "distribution") return "accepted seed, uniform, exponential, heavy";
    if (name == "delays") return std::string{delays_accepted};
    return "accepted comma-separated task numbers 1..tasks";
}

bool takes_value(std::string_view name) {
    return name == "tasks" || name == "seed" || name == "delays" || name == "distribution" || name == "limit" ||
           name == "block";
}

std::string percent_decode(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        auto hex = [](char c) -> int {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            return -1;
        };
        if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
            out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

std::string delay_text(virtual_duration us) {
    std::string ms = format_ms(us);
    while (ms.back() == '0') ms.pop_back();
    if (ms.back() == '.') ms.pop_back();
    return ms;
}

}  // namespace

// [SECTION] Entry points: CLI, URL hash, typed values, hash writer, messages

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

std::vector<param_problem> validate_params(experiment_config& c, double& scale) {
    problem_list problems;
    const std::string accepted_tasks = "(accepted 1.." + std::to_string(max_tasks) + ")";
    if (c.delays.size() > max_tasks) {
        problems.add("delays",
                     std::to_string(c.delays.size()) + " delays are too many: the page holds at most " +
                         std::to_string(max_tasks) + " tasks",
                     "using the first " + std::to_string(max_tasks));
        c.delays.resize(max_tasks);
    }
    for (std::size_t i = 0; i < c.delays.size(); ++i) {
        virtual_duration& d = c.delays[i];
        const virtual_duration clamped = std::clamp<virtual_duration>(d, 0, max_delay_ms * milliseconds);
        if (clamped == d) continue;
        problems.add(
            "delays",
            "item " + std::to_string(i + 1) + " '" + std::to_string(d) + " us' is out of range (accepted 0..60000 ms)",
            "using " + delay_text(clamped));
        d = clamped;
    }
    if (!c.delays.empty()) {
        c.task_count = static_cast<std::uint32_t>(c.delays.size());  // delays set the task count
    } else if (c.task_count < 1 || c.task_count > max_tasks) {
        const std::uint32_t nearest = c.task_count < 1 ? 1 : max_tasks;
        problems.add("tasks", quoted(std::to_string(c.task_count)) + " is out of range " + accepted_tasks,
                     "using " + std::to_string(nearest));
        c.task_count = nearest;
    }
    if (static_cast<int>(c.distribution) >= delay_distribution_count) {
        problems.add("distribution", "not a distribution (accepted seed, uniform, exponential, heavy)", "using seed");
        c.distribution = delay_distribution::seed;
    }
    if (c.limit > max_limit) {
        problems.add(
            "limit",
            quoted(std::to_string(c.limit)) + " is out of range (accepted 0.." + std::to_string(max_limit) + ")",
            "using " + std::to_string(max_limit));
        c.limit = max_limit;
    }
    std::sort(c.blocking_tasks.begin(), c.blocking_tasks.end());
    c.blocking_tasks.erase(std::unique(c.blocking_tasks.begin(), c.blocking_tasks.end()), c.blocking_tasks.end());
    const auto outside = std::remove_if(c.blocking_tasks.begin(), c.blocking_tasks.end(), [&](std::uint32_t b) {
        if (b >= 1 && b <= c.task_count) return false;
        problems.add(
            "block",
            quoted(std::to_string(b)) + " is not a task number (accepted 1.." + std::to_string(c.task_count) + ")",
            "dropped");
        return true;
    });
    c.blocking_tasks.erase(outside, c.blocking_tasks.end());
    const std::string scale_given = std::isnan(scale)   ? "NaN"
                                    : std::isinf(scale) ? (scale > 0 ? "inf" : "-inf")
                                                        : shortest_double(scale);
    check_scale(scale, problems, scale_given);
    return problems.take();
}

std::string to_url_hash(const experiment_config& config, double scale, int text_percent) {
    const experiment_config defaults;
    std::string out;
    auto add = [&out](std::string_view key, const std::string& value) {
        if (!out.empty()) out += '&';
        out += key;
        out += '=';
        out += value;
    };
    if (!config.delays.empty()) {
        std::string list;
        for (std::size_t i = 0; i < config.delays.size(); ++i) {
            if (i) list += ',';  // NOTE: not `"," + std::string`: g++ 12 -O3 raises a false -Wrestrict on that
            list += delay_text(config.delays[i]);
        }
        add("delays", list);
    } else {
        if (config.task_count != defaults.task_count) add("tasks", std::to_string(config.task_count));
        if (config.distribution != defaults.distribution) add("dist", std::string{to_string(config.distribution)});
        if (config.seed != defaults.seed) add("seed", std::to_string(config.seed));
    }
    if (config.limit != defaults.limit) add("limit", std::to_string(config.limit));
    if (!config.blocking_tasks.empty()) {
        std::string list;
        for (std::size_t i = 0; i < config.blocking_tasks.size(); ++i) {
            if (i) list += ',';
            list += std::to_string(config.blocking_tasks[i]);
        }
        add("block", list);
    }
    if (scale != default_scale) add("scale", shortest_double(scale));
    if (text_percent == presenter_text_percent)
        add("text", "presenter");
    else if (text_percent != default_text_percent)
        add("text", std::to_string(text_percent));
    return out;
}

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

std::string_view cli_usage() noexcept {
    return "Usage: looplab [options]\n"
           "Runs the asyncio experiment: N tasks each wait a random delay, first one after another\n"
           "(Synchronous:), then all at once on a cooperative event loop (Asynchronous:), in virtual time.\n"
           "\n"
           "Options:\n"
           "  --tasks N             number of tasks, 1..100000 (default 9)\n"
           "  --seed S              PRNG seed, 0..18446744073709551615 (default 4902)\n"
           "  --delays LIST         comma-separated delays in ms, each 0..60000 with up to 3 decimals;\n"
           "                        replaces the random draw and sets N\n"
           "  --distribution NAME   seed (randint(0,2) ms), uniform (0..2 ms), exponential (mean 1 ms),\n"
           "                        heavy (Pareto, mean 1 ms); default seed\n"
           "  --limit K             at most K tasks at once in the concurrent run, 0..100000 (0 = all)\n"
           "  --block LIST          task numbers that call time.sleep instead of awaiting (concurrent run)\n"
           "  --json                print the whole result, event streams included, as JSON\n"
           "  --python              print a Python asyncio script that replays this run\n"
           "  --help                print this text\n"
           "\n"
           "Bad arguments print one line on stderr and exit with status 2.\n";
}

}  // namespace looplab
