// state_json.cpp — session_state_json_members: the session's observable state for the page's hooks and the tests,
// built on demand only (finish orders are written in full, so it is O(N)).
#include "session/json_text.h"
#include "session/session.h"

#include <cmath>

namespace looplab {

namespace {

void append_run(std::string& out, const session& s, const run& r) {
    const std::size_t shown = r.finished();
    const bool done = r.done_at_cursor();
    out += "{\"finish_order\":[";
    const auto finishes = r.index().finishes();
    for (std::size_t i = 0; i < shown; ++i) {
        if (i) out += ',';
        out += std::to_string(finishes[i].task);
    }
    out += "],\"finished\":" + std::to_string(shown);
    out += ",\"task_count\":" + std::to_string(r.task_count());
    out += ",\"done\":";
    out += done ? "true" : "false";
    out += ",\"total_us\":";
    out += done ? std::to_string(r.total_us()) : "null";
    out += ",\"events_recorded\":" + std::to_string(r.source().events().size());
    out += ",\"events_visible\":" + std::to_string(r.visible_events);
    out += ",\"cursor_us\":";
    append_json_int(out, static_cast<std::int64_t>(std::floor(s.cursor_us())));
    out += ",\"live_us\":";
    append_json_int(out, r.source().now());
    out += ",\"truncated\":";
    out += r.truncated_at_cursor() ? "true" : "false";
    out += '}';
}

}  // namespace

std::string session_state_json_members(const session& s) {
    std::string out = "\"lanes\":{\"sequential\":";
    append_run(out, s, s.lane_run(lane_mode::sequential));
    out += ",\"concurrent\":";
    append_run(out, s, s.lane_run(lane_mode::concurrent));
    const experiment_config& c = s.settings().experiment;
    out += "},\"settings\":{\"tasks\":" + std::to_string(s.plan().delays.size());
    out += ",\"seed\":" + std::to_string(c.seed);
    out += ",\"dist\":";
    append_json_string(out, to_string(c.distribution));
    out += ",\"limit\":" + std::to_string(c.limit);
    out += ",\"scale\":";
    append_json_number(out, s.settings().scale);
    out += ",\"explicit_delays\":";
    out += c.delays.empty() ? "false" : "true";
    out += ",\"block\":[";
    for (std::size_t i = 0; i < c.blocking_tasks.size(); ++i)
        out += (i ? "," : "") + std::to_string(c.blocking_tasks[i]);
    out += "]},\"settings_version\":" + std::to_string(s.settings_version());
    out += ",\"playing\":";
    out += s.playing() ? "true" : "false";
    out += ",\"cursor_us\":";
    append_json_number(out, s.cursor_us());
    out += ",\"step_line\":";
    append_json_string(out, s.step_line());
    out += ",\"end_us\":" + std::to_string(s.end_us());
    out += ",\"sum_of_delays_us\":" + std::to_string(s.sum_of_delays());
    out += ",\"max_delay_us\":" + std::to_string(s.max_delay());
    out += ",\"speedup\":";
    append_json_number(out, s.speedup() > 0.0 ? s.speedup() : std::nan(""));
    out += ",\"notices\":[";
    for (std::size_t i = 0; i < s.notices().size(); ++i) {
        if (i) out += ',';
        append_json_string(out, s.notices()[i]);
    }
    out += "],\"blocking_warning\":";
    if (s.blocking_warning().empty())
        out += "null";
    else
        append_json_string(out, s.blocking_warning());
    out += ",\"monte_carlo\":{\"running\":";
    out += s.sweep().running() ? "true" : "false";
    out += ",\"progress\":";
    append_json_number(out, s.sweep().progress());
    out += '}';
    return out;
}

}  // namespace looplab
