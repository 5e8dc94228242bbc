// trace_export.cpp — one pass per run over its index: the spans of each task, then the finishes.
#include "session/trace_export.h"

#include "session/json_text.h"

namespace looplab {

namespace {

void append_complete(std::string& out, int pid, std::uint32_t tid, const visible_span& s) {
    const char* name = s.state == task_state::sleeping ? "sleep" : s.state == task_state::blocking ? "block" : "run";
    out += ",\n{\"ph\":\"X\",\"name\":\"";
    out += name;
    out += "\",\"cat\":\"";
    out += to_string(s.state);
    out += "\",\"pid\":" + std::to_string(pid) + ",\"tid\":" + std::to_string(tid);
    out += ",\"ts\":" + std::to_string(s.begin) + ",\"dur\":" + std::to_string(s.end - s.begin) + "}";
}

std::string task_name(const trace_run& run, std::uint32_t task) {
    return task <= run.task_names.size() ? run.task_names[task - 1] : "Task " + std::to_string(task);
}

void append_run(std::string& out, int pid, const trace_run& run) {
    out +=
        ",\n{\"ph\":\"M\",\"name\":\"process_name\",\"pid\":" + std::to_string(pid) + ",\"tid\":0,\"args\":{\"name\":";
    append_json_string(out, run.name);
    out += "}}";
    out += ",\n{\"ph\":\"M\",\"name\":\"process_sort_index\",\"pid\":" + std::to_string(pid) +
           ",\"tid\":0,\"args\":{\"sort_index\":" + std::to_string(pid) + "}}";
    const event_index& index = *run.index;
    for (std::uint32_t task = 1; task <= index.task_count(); ++task) {
        out += ",\n{\"ph\":\"M\",\"name\":\"thread_name\",\"pid\":" + std::to_string(pid) +
               ",\"tid\":" + std::to_string(task) + ",\"args\":{\"name\":";
        append_json_string(out, task_name(run, task));
        out += "}}";
    }
    for (std::uint32_t task = 1; task <= index.task_count(); ++task) {
        index.for_each_span(task, index.ingested(), index.last_time(), [&](const visible_span& s) {
            if (s.state == task_state::sleeping || s.state == task_state::running || s.state == task_state::blocking)
                append_complete(out, pid, task, s);
        });
    }
    for (const finish_record& f : index.finishes()) {
        out += ",\n{\"ph\":\"i\",\"s\":\"t\",\"name\":";
        append_json_string(out, task_name(run, f.task) + " done");
        out += ",\"pid\":" + std::to_string(pid) + ",\"tid\":" + std::to_string(f.task) +
               ",\"ts\":" + std::to_string(f.time) + "}";
    }
}

}  // namespace

std::string chrome_trace_json(std::span<const trace_run> runs) {
    std::string out =
        "{\"displayTimeUnit\":\"ms\",\"otherData\":{\"generator\":\"LoopLab\",\"time_unit\":\"virtual us\"},"
        "\"traceEvents\":[";
    const std::size_t first = out.size();
    int pid = 1;
    for (const trace_run& run : runs) append_run(out, pid++, run);
    // Every record is written with a leading ",\n"; the first one must not have the comma.
    if (out.size() > first && out[first] == ',') out.erase(first, 1);
    out += "\n]}\n";
    return out;
}

}  // namespace looplab
