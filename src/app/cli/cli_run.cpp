// cli_run.cpp — `looplab run SCRIPT.py`: runs a Python script on LoopLab's interpreter like `python3 SCRIPT.py`
// (stdout, stderr, exit 0/1; 2 for usage errors), with --seed, --json (the run as JSON) and --trace (Chrome trace).
#include "cli_run.h"

#include "python/interpreter.h"
#include "session/event_index.h"
#include "session/json_text.h"
#include "session/script_source.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace looplab {

namespace {
// A JSON string literal of s (session/json_text.h's escaping).
std::string json_string(std::string_view s) {
    std::string out;
    append_json_string(out, s);
    return out;
}

const char* state_name(python::task_state s) {
    switch (s) {
        case python::task_state::pending:
            return "pending";
        case python::task_state::done:
            return "done";
        case python::task_state::cancelled:
            return "cancelled";
        case python::task_state::failed:
            return "failed";
    }
    return "unknown";
}

struct span {
    std::uint32_t task;  // core task id (0 = module level)
    const char* state;
    virtual_time start, end;
    wait_target waits_on;
    std::uint32_t waits_on_task;  // core task id
};

// The run's spans through the session's one derivation (event_index), rows mapped back to core task ids.
std::vector<span> derive_spans(const python::script_result& r) {
    std::vector<event> rows;
    rows.reserve(r.events.size());
    std::uint32_t row_count = 1;
    for (const event& e : r.events) {
        rows.push_back(script_row_event(e));
        row_count = std::max(row_count, rows.back().task);
    }
    event_index index;
    index.reset(row_count, rows.size() + 1);
    index.ingest(rows);
    std::vector<span> spans;
    for (std::uint32_t row = 1; row <= row_count; ++row) {
        index.for_each_span(row, rows.size(), r.end_time, [&](const visible_span& v) {
            const std::uint32_t on = v.waits_on == wait_target::task ? v.waits_on_task - 1 : 0;
            spans.push_back(span{row - 1, to_string(v.state), v.begin, v.end, v.waits_on, on});
        });
    }
    return spans;
}

std::string format_run_json(const python::script_result& r) {
    std::string o = "{\n  \"format\": \"looplab-python-run-1\",\n";
    o += "  \"exit_status\": " + std::to_string(r.exit_status) + ",\n";
    o += "  \"end_time_us\": " + std::to_string(r.end_time) + ",\n";
    o += "  \"instructions\": " + std::to_string(r.instructions) + ",\n";
    o += "  \"stdout\": " + json_string(r.stdout_text) + ",\n";
    o += "  \"stderr\": " + json_string(r.stderr_text) + ",\n";
    o += "  \"error\": ";
    if (r.error.present)
        o += "{\"type\": " + json_string(r.error.type) + ", \"message\": " + json_string(r.error.message) +
             ", \"line\": " + std::to_string(r.error.line) + "},\n";
    else
        o += "null,\n";
    o += "  \"tasks\": [";
    for (std::size_t i = 0; i < r.tasks.size(); ++i) {
        const auto& t = r.tasks[i];
        o += std::string(i ? ",\n" : "\n") + "    {\"id\": " + std::to_string(t.id) +
             ", \"name\": " + json_string(t.name) + ", \"coro\": " + json_string(t.coro_name) + ", \"state\": \"" +
             state_name(t.state) + "\"}";
    }
    o += "\n  ],\n  \"printed\": [";
    for (std::size_t i = 0; i < r.printed.size(); ++i) {
        const auto& p = r.printed[i];
        o += std::string(i ? ",\n" : "\n") + "    {\"time_us\": " + std::to_string(p.time) +
             ", \"task\": " + std::to_string(p.task) + ", \"text\": " + json_string(p.text) + "}";
    }
    o += "\n  ],\n  \"spans\": [";
    const auto spans = derive_spans(r);
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const auto& s = spans[i];
        std::string waits;
        if (std::string_view{s.state} == "waiting") {
            waits = std::string(", \"waits_on\": \"") + to_string(s.waits_on) + "\"";
            if (s.waits_on == wait_target::task) waits += ", \"waits_on_task\": " + std::to_string(s.waits_on_task);
        }
        o += std::string(i ? ",\n" : "\n") + "    {\"task\": " + std::to_string(s.task) + ", \"state\": \"" + s.state +
             "\", \"start_us\": " + std::to_string(s.start) + ", \"end_us\": " + std::to_string(s.end) + waits + "}";
    }
    o += "\n  ],\n  \"events\": [";
    for (std::size_t i = 0; i < r.events.size(); ++i) {
        const auto& e = r.events[i];
        o += std::string(i ? ",\n" : "\n") + "    {\"time_us\": " + std::to_string(e.time) +
             ", \"task\": " + std::to_string(e.task) + ", \"kind\": \"" + std::string(to_string(e.kind)) +
             "\", \"arg\": " + std::to_string(e.arg) + "}";
    }
    o += "\n  ]\n}\n";
    return o;
}

std::string format_chrome_trace(const python::script_result& r) {
    std::string o = "{\"traceEvents\": [\n";
    bool first = true;
    auto add = [&](const std::string& item) {
        o += (first ? "  " : ",\n  ") + item;
        first = false;
    };
    add("{\"name\": \"process_name\", \"ph\": \"M\", \"pid\": 1, \"args\": {\"name\": \"looplab run\"}}");
    add("{\"name\": \"thread_name\", \"ph\": \"M\", \"pid\": 1, \"tid\": 0, \"args\": {\"name\": \"<module>\"}}");
    for (const auto& t : r.tasks)
        add("{\"name\": \"thread_name\", \"ph\": \"M\", \"pid\": 1, \"tid\": " + std::to_string(t.id) +
            ", \"args\": {\"name\": " + json_string(t.name + " " + t.coro_name) + "}}");
    for (const auto& s : derive_spans(r)) {
        if (s.end == s.start && std::string_view{s.state} != "running") continue;
        add("{\"name\": \"" + std::string(s.state) +
            "\", \"cat\": \"task\", \"ph\": \"X\", \"pid\": 1, \"tid\": " + std::to_string(s.task) +
            ", \"ts\": " + std::to_string(s.start) + ", \"dur\": " + std::to_string(s.end - s.start) + "}");
    }
    for (const auto& p : r.printed)
        add("{\"name\": " + json_string(p.text) +
            ", \"cat\": \"print\", \"ph\": \"i\", \"s\": \"t\", \"pid\": 1, \"tid\": " + std::to_string(p.task) +
            ", \"ts\": " + std::to_string(p.time) + "}");
    o += "\n], \"displayTimeUnit\": \"ms\"}\n";
    return o;
}

int usage(const std::string& msg) {
    std::fprintf(stderr, "looplab run: %s (usage: looplab run [--seed S] [--json] [--trace FILE] SCRIPT.py|-)\n",
                 msg.c_str());
    return 2;
}
}  // namespace

int run_script_command(std::span<const std::string_view> args) {
    python::run_config cfg;
    bool json = false;
    std::string trace_path, path;
    bool have_path = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string_view a = args[i];
        if (a == "--seed") {
            if (i + 1 >= args.size()) return usage("--seed needs a value");
            const std::string v(args[++i]);
            char* end = nullptr;
            const unsigned long long s = std::strtoull(v.c_str(), &end, 10);
            if (v.empty() || *end != '\0' || v[0] == '-') return usage("--seed must be a non-negative integer");
            cfg.seed = s;
        } else if (a == "--json") {
            json = true;
        } else if (a == "--trace") {
            if (i + 1 >= args.size()) return usage("--trace needs a file name");
            trace_path = std::string(args[++i]);
        } else if (a == "--budget") {
            if (i + 1 >= args.size()) return usage("--budget needs a value");
            cfg.instruction_budget = std::strtoull(std::string(args[++i]).c_str(), nullptr, 10);
        } else if (a.size() > 1 && a[0] == '-' && a != "-") {
            return usage("unknown option " + std::string(a));
        } else if (!have_path) {
            path = std::string(a);
            have_path = true;
        } else {
            return usage("one script at a time");
        }
    }
    if (!have_path) return usage("no script given");
    std::stringstream buf;
    if (path == "-") {
        buf << std::cin.rdbuf();
        cfg.filename = "<stdin>";
    } else {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "looplab run: can't open file '%s': No such file or directory\n", path.c_str());
            return 2;
        }
        buf << in.rdbuf();
        cfg.filename = path;
    }
    cfg.source = buf.str();
    cfg.record_events = json || !trace_path.empty();
    const python::script_result r = python::run_to_completion(cfg, python::run_teardown::leave_to_exit);
    if (json) {
        const std::string o = format_run_json(r);
        std::fwrite(o.data(), 1, o.size(), stdout);
    } else {
        std::fwrite(r.stdout_text.data(), 1, r.stdout_text.size(), stdout);
    }
    std::fflush(stdout);
    std::fwrite(r.stderr_text.data(), 1, r.stderr_text.size(), stderr);
    if (!trace_path.empty()) {
        std::ofstream t(trace_path, std::ios::binary);
        t << format_chrome_trace(r);
        if (!t) {
            std::fprintf(stderr, "looplab run: can't write trace file '%s'\n", trace_path.c_str());
            return 2;
        }
    }
    return r.exit_status;
}

}  // namespace looplab
