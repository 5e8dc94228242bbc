// session.cpp — building the runs from the settings, the one command dispatcher, notices and the host queues.
#include "session/session.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>

namespace looplab {

namespace {

constexpr std::size_t max_notices = 8;
constexpr std::size_t max_queued_announcements = 64;
constexpr double fit_run_wall_ms = 5000.0;  // "Fit run to 5 s"

template <class... F> struct overloaded : F... { using F::operator()...; };
template <class... F> overloaded(F...) -> overloaded<F...>;

}  // namespace

session::session() : session(session_settings{}) {}

session::session(const session_settings& settings, const session_options& options)
    : m_options(options), m_script(options.script) {
    rebuild(settings, {}, false);
}

void session::rebuild(session_settings settings, const std::vector<param_problem>& problems, bool user_change) {
    for (const param_problem& problem : problems) notice(url_message(problem));
    // Core's one validator for all outside input (URL, CLI, panel): same limits and messages everywhere.
    const std::vector<param_problem> corrections = validate_params(settings.experiment, settings.scale);
    for (const param_problem& problem : corrections) notice(url_message(problem));
    settings.experiment.record_events = true;  // the timeline is built from the event stream
    m_settings = std::move(settings);
    if (user_change || !corrections.empty()) ++m_version;
    ++m_generation;

    // Old runs first, so the memory of a 100,000-task run is given back before the next is built.
    m_runs.clear();
    m_plan = make_plan(m_settings.experiment);
    m_sum_of_delays = 0;
    m_max_delay = 0;
    m_blocking_sum = 0;
    for (std::size_t i = 0; i < m_plan.delays.size(); ++i) {
        m_sum_of_delays += m_plan.delays[i];
        m_max_delay = std::max(m_max_delay, m_plan.delays[i]);
        if (m_plan.blocking[i]) m_blocking_sum += m_plan.delays[i];
    }
    for (const lane_mode mode : {lane_mode::sequential, lane_mode::concurrent})
        m_runs.emplace_back(std::make_unique<lane_source>(m_plan, mode, m_settings.experiment.blocking_tasks),
                            m_options.event_log_cap);
    m_announced_finishes.assign(m_runs.size(), 0);
    m_announced_done.assign(m_runs.size(), false);
    m_announced_speedup = false;
    m_cursor_us = 0.0;
    m_steps.clear();
    m_step_lines.clear();
    m_step_line.clear();
    m_playing = true;
    m_python.reset();
    m_python_lines.clear();
    m_blocking_warning.clear();
    m_blocking_line = 0;
    if (!m_settings.experiment.blocking_tasks.empty()) {
        experiment_result shape;  // the script's lines depend on the plan and config only, not on the totals
        shape.config = m_settings.experiment;
        shape.plan = m_plan;
        m_blocking_line = make_python_script(shape).blocking_sleep_line;
    }
    pump_to(0);  // everything at t = 0 is recorded; it becomes visible as the cursor moves
}

void session::apply(const session_command& command) {
    std::visit(
        overloaded{
            [&](playback verb) {
                switch (verb) {
                    case playback::play:
                        play();
                        break;
                    case playback::pause:
                        m_playing = false;
                        break;
                    case playback::toggle:
                        if (m_playing)
                            m_playing = false;
                        else
                            play();
                        break;
                    case playback::step:
                        step();
                        break;
                    case playback::step_back:
                        step_back();
                        break;
                    case playback::restart:
                        restart();
                        break;
                    case playback::end:
                        scrub(static_cast<double>(end_us()));
                        break;
                }
            },
            [&](const scrub_to& c) { scrub(c.t_us); },
            [&](const change_settings& c) { rebuild(c.settings, c.problems, true); },
            [&](const load_settings& c) { rebuild(c.settings, c.problems, false); },
            [&](const set_scale& c) {
                // The time scale only changes playback speed: the run itself stays, so it does not restart.
                if (!std::isfinite(c.scale)) return;
                m_settings.scale = std::clamp(c.scale, min_scale, max_scale);
                ++m_version;
            },
            [&](fit_scale) {
                const double run_ms = static_cast<double>(m_sum_of_delays) / 1000.0;
                if (run_ms <= 0.0) return;
                m_settings.scale = std::clamp(fit_run_wall_ms / run_ms, min_scale, max_scale);
                ++m_version;
            },
            [&](const start_sweep& c) {
                m_sweep.start(monte_carlo_config{.seeds = c.seeds,
                                                 .base_seed = m_settings.experiment.seed,
                                                 .distribution = m_settings.experiment.distribution,
                                                 .limit = m_settings.experiment.limit,
                                                 .max_tasks = 1000});
                announce("Monte Carlo sweep started");
            },
            [&](cancel_sweep) { m_sweep.cancel(); },
            [&](const show_notice& c) { notice(c.text); },
            [&](const dismiss_notice& c) {
                if (c.index < m_notices.size())
                    m_notices.erase(m_notices.begin() + static_cast<std::ptrdiff_t>(c.index));
            },
            [&](prepare_python) { (void)prepared_python(); },
            [&](const script_view_command& c) { m_script.apply(c.command); },
            [&](open_in_editor) {
                if (m_requests.size() >= max_queued_host_requests) m_requests.erase(m_requests.begin());
                m_requests.push_back({host_request::kind::open_script, "", "", prepared_python().text});
                announce("The run's Python script opened in the Script view");
            },
            [&](const export_report& c) {
                if (m_requests.size() >= max_queued_host_requests) m_requests.erase(m_requests.begin());
                switch (c.what) {
                    case report::console_to_clipboard:
                        m_requests.push_back({host_request::kind::copy_text, "", "", console_text()});
                        announce("Console output copied to the clipboard");
                        break;
                    case report::python_to_clipboard:
                        m_requests.push_back({host_request::kind::copy_text, "", "", prepared_python().text});
                        announce("Python script copied to the clipboard");
                        break;
                    case report::link_to_clipboard:
                        m_requests.push_back({host_request::kind::copy_link, "", "", ""});
                        announce("Link copied to the clipboard");
                        break;
                    case report::trace_download: {
                        std::string name = trace_filename();
                        m_requests.push_back({host_request::kind::download, name, "application/json", trace_json()});
                        announce("Trace downloaded: " + name);
                        break;
                    }
                }
            },
        },
        command);
}

std::vector<std::string> session::take_announcements() { return std::exchange(m_announcements, {}); }

std::vector<host_request> session::take_host_requests() {
    std::vector<host_request> out = std::exchange(m_requests, {});
    for (host_request& r : m_script.take_host_requests()) out.push_back(std::move(r));  // the Script view's
    return out;
}

void session::notice(std::string text) {
    announce("Notice: " + text);
    m_notices.push_back(std::move(text));
    if (m_notices.size() > max_notices) m_notices.erase(m_notices.begin());
}

void session::announce(std::string line) {
    if (m_announcements.size() >= max_queued_announcements) m_announcements.erase(m_announcements.begin());
    m_announcements.push_back(std::move(line));
}

std::string session::trace_filename() const {
    char name[96];
    std::snprintf(name, sizeof name, "looplab-trace-%zu-tasks-seed-%llu.json", m_plan.delays.size(),
                  static_cast<unsigned long long>(m_settings.experiment.seed));
    return name;
}

}  // namespace looplab
