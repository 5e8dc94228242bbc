// script_state_json.cpp — the Script view as JSON members: status, printed lines up to the cursor, tasks with their
// states and spans, warnings and the error (what the page's _looplab_state_json reports under "script").
#include "session/json_text.h"
#include "session/script_session.h"

namespace looplab {

namespace {
// Past this many spans per task (and rows), the JSON says "truncated" instead of growing without bound.
constexpr std::size_t max_json_spans = 64;
constexpr std::uint32_t max_json_rows = 200;
constexpr std::size_t max_json_lines = 2000;
constexpr std::size_t max_json_warnings = 200;

const char* warning_kind_name(python::warning_kind k) {
    switch (k) {
        case python::warning_kind::note:
            return "note";
        case python::warning_kind::slow_step:
            return "slow_step";
        case python::warning_kind::never_awaited:
            return "never_awaited";
        case python::warning_kind::never_retrieved:
            return "never_retrieved";
        case python::warning_kind::callback_error:
            return "callback_error";
    }
    return "note";
}

// {"state":..,"begin_us":..,"end_us":..} and, for a wait, "waits_on" ("Queue.get", "task" with "waits_on_row").
void append_span(std::string& out, const visible_span& v) {
    out += "{\"state\":";
    append_json_string(out, to_string(v.state));
    out += ",\"begin_us\":";
    append_json_int(out, v.begin);
    out += ",\"end_us\":";
    append_json_int(out, v.end);
    if (v.state == task_state::waiting) {
        out += ",\"waits_on\":";
        append_json_string(out, to_string(v.waits_on));
        if (v.waits_on == wait_target::task) {
            out += ",\"waits_on_row\":";
            append_json_int(out, v.waits_on_task);
        }
    }
    out += "}";
}

// The error with its frames (outermost first) and, for a SyntaxError, the column.
void append_error(std::string& out, const python::run_error& e) {
    out += "{\"type\":";
    append_json_string(out, e.type);
    out += ",\"message\":";
    append_json_string(out, e.message);
    out += ",\"line\":";
    append_json_int(out, e.line);
    out += ",\"col\":";
    append_json_int(out, e.col);
    out += ",\"syntax\":";
    out += e.syntax ? "true" : "false";
    out += ",\"frames\":[";
    for (std::size_t i = 0; i < e.frames.size(); ++i) {
        if (i) out += ",";
        out += "{\"line\":";
        append_json_int(out, e.frames[i].line);
        out += ",\"function\":";
        append_json_string(out, e.frames[i].function);
        out += ",\"library\":";
        out += e.frames[i].library ? "true" : "false";
        out += "}";
    }
    out += "],\"frames_omitted\":";
    append_json_int(out, static_cast<std::int64_t>(e.frames_omitted));
    out += ",\"traceback\":";
    append_json_string(out, e.traceback.substr(0, 65536));
    out += "}";
}

void member(std::string& out, const char* name) {
    out += ",\"";
    out += name;
    out += "\":";
}
}  // namespace

std::string script_state_json_members(const script_session& s) {
    std::string out = "\"loaded\":";
    out += s.has_run() ? "true" : "false";
    member(out, "text_bytes");
    append_json_int(out, static_cast<std::int64_t>(s.text().size()));
    member(out, "seed");
    append_json_int(out, static_cast<std::int64_t>(s.seed()));
    member(out, "status");
    append_json_string(out, s.status_text());
    member(out, "running");
    out += s.still_running() ? "true" : "false";
    member(out, "stopped");
    out += s.stopped() ? "true" : "false";
    member(out, "playing");
    out += s.playing() ? "true" : "false";
    member(out, "at_end");
    out += s.at_end() ? "true" : "false";
    member(out, "now_us");
    append_json_int(out, s.now_us());
    member(out, "cursor_us");
    append_json_number(out, s.cursor_us());
    if (!s.has_run()) return out;
    const run& r = s.current();
    member(out, "events");
    append_json_int(out, static_cast<std::int64_t>(r.source().events().size()));
    member(out, "visible_events");
    append_json_int(out, static_cast<std::int64_t>(r.visible_events));
    member(out, "instructions");
    append_json_int(out, static_cast<std::int64_t>(s.script().instructions()));
    const std::size_t visible_lines = s.printed_visible();
    member(out, "printed_total");
    append_json_int(out, static_cast<std::int64_t>(r.printed().size()));
    member(out, "printed");
    out += "[";
    for (std::size_t i = 0; i < visible_lines && i < max_json_lines; ++i) {
        if (i) out += ",";
        append_json_string(out, r.printed().line(i));
    }
    out += "]";
    member(out, "tasks");
    out += "[";
    const auto until = static_cast<virtual_time>(s.cursor_us());
    for (std::uint32_t row = 1; row <= r.task_count() && row <= max_json_rows; ++row) {
        if (row > 1) out += ",";
        out += "{\"row\":";
        append_json_int(out, row);
        out += ",\"name\":";
        append_json_string(out, s.row_name(row));
        out += ",\"state\":";
        append_json_string(out, to_string(r.index().state_at(row, r.visible_events)));
        out += ",\"spans\":[";
        std::size_t n = 0;
        r.index().for_each_span(row, r.visible_events, until, [&](const visible_span& v) {
            if (n++ >= max_json_spans) return;
            if (n > 1) out += ",";
            append_span(out, v);
        });
        out += "]}";
    }
    out += "]";
    member(out, "task_lines");  // the editor's markers at the cursor: [[row, line], ...]
    out += "[";
    const std::vector<row_line> lines = s.lines_at_cursor();
    for (std::size_t i = 0; i < lines.size() && i < max_json_rows; ++i) {
        if (i) out += ",";
        out += "[";
        append_json_int(out, lines[i].row);
        out += ",";
        append_json_int(out, lines[i].line);
        out += "]";
    }
    out += "]";
    const auto warnings = s.script().warnings();
    member(out, "warnings_total");
    append_json_int(out, static_cast<std::int64_t>(warnings.size()));
    member(out, "warnings");
    out += "[";
    for (std::size_t i = 0; i < warnings.size() && i < max_json_warnings; ++i) {
        const python::run_warning& w = warnings[i];
        if (i) out += ",";
        out += "{\"time_us\":";
        append_json_int(out, w.time);
        out += ",\"row\":";
        append_json_int(out, w.task + 1);
        out += ",\"kind\":";
        append_json_string(out, warning_kind_name(w.kind));
        out += ",\"text\":";
        append_json_string(out, w.text);
        out += "}";
    }
    out += "]";
    member(out, "output_warnings");  // the output's list up to the cursor: [[warning, printed lines before it], ...]
    out += "[";
    const std::vector<output_warning> shown = s.warnings_visible();
    for (std::size_t i = 0; i < shown.size() && i < max_json_warnings; ++i) {
        if (i) out += ",";
        out += "[";
        append_json_int(out, static_cast<std::int64_t>(shown[i].warning));
        out += ",";
        append_json_int(out, static_cast<std::int64_t>(shown[i].printed_before));
        out += "]";
    }
    out += "]";
    member(out, "stderr");
    append_json_string(out, s.script().stderr_text().substr(0, 65536));
    const python::run_error& e = s.script().error();
    member(out, "error");
    if (!e.present) {
        out += "null";
    } else {
        append_error(out, e);
    }
    return out;
}

}  // namespace looplab
