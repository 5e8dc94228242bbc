// trace_export.cpp — one pass per lane over its events, closing a span whenever a task changes state.
#include "ui/trace_export.h"

#include "core/timeline.h"
#include "ui/json_text.h"

#include <algorithm>
#include <vector>

namespace looplab::ui {

namespace {

struct open_span {
    virtual_time since = 0;
    virtual_time deadline = 0;  // a sleep's deadline
    task_state state = task_state::waiting;
    bool blocked = false;  // a running span that included a blocking step
    bool seen = false;
};

void append_complete(std::string& out, int pid, std::uint32_t tid, const open_span& s, virtual_time end) {
    const char* name = s.state == task_state::sleeping ? "sleep" : (s.blocked ? "block" : "run");
    out += ",\n{\"ph\":\"X\",\"name\":\"";
    out += name;
    out += "\",\"cat\":\"";
    out += to_string(s.state);
    out += "\",\"pid\":" + std::to_string(pid) + ",\"tid\":" + std::to_string(tid);
    out += ",\"ts\":" + std::to_string(s.since) + ",\"dur\":" + std::to_string(end - s.since) + "}";
}

void append_lane(std::string& out, int pid, const trace_lane& lane) {
    out +=
        ",\n{\"ph\":\"M\",\"name\":\"process_name\",\"pid\":" + std::to_string(pid) + ",\"tid\":0,\"args\":{\"name\":";
    append_json_string(out, lane.name);
    out += "}}";
    out += ",\n{\"ph\":\"M\",\"name\":\"process_sort_index\",\"pid\":" + std::to_string(pid) +
           ",\"tid\":0,\"args\":{\"sort_index\":" + std::to_string(pid) + "}}";
    for (std::uint32_t task = 1; task <= lane.task_count; ++task) {
        out += ",\n{\"ph\":\"M\",\"name\":\"thread_name\",\"pid\":" + std::to_string(pid) +
               ",\"tid\":" + std::to_string(task) + ",\"args\":{\"name\":\"Task " + std::to_string(task) + "\"}}";
    }
    std::vector<open_span> open(lane.task_count);
    virtual_time last_time = 0;
    for (const event& e : lane.events) {
        if (e.task == 0 || e.task > lane.task_count) continue;
        last_time = e.time;
        open_span& o = open[e.task - 1];
        const task_state next = state_after(e.kind);
        if (o.seen && next == o.state) {
            if (e.kind == event_kind::blocking) o.blocked = true;
            continue;
        }
        // A sleep woken after its deadline (a blocking task held the loop) ends at the deadline.
        const virtual_time end = o.state == task_state::sleeping ? std::clamp(o.deadline, o.since, e.time) : e.time;
        if (o.seen && (o.state == task_state::sleeping || o.state == task_state::running_or_blocking))
            append_complete(out, pid, e.task, o, end);
        o = open_span{e.time, e.kind == event_kind::sleeping ? e.arg : 0, next, e.kind == event_kind::blocking, true};
        if (e.kind == event_kind::finished) {
            out += ",\n{\"ph\":\"i\",\"s\":\"t\",\"name\":\"Task " + std::to_string(e.task) +
                   " done\",\"pid\":" + std::to_string(pid) + ",\"tid\":" + std::to_string(e.task) +
                   ",\"ts\":" + std::to_string(e.time) + "}";
        }
    }
    // An unfinished lane: close what is still open at the last recorded instant.
    for (std::uint32_t task = 1; task <= lane.task_count; ++task) {
        const open_span& o = open[task - 1];
        if (o.seen && (o.state == task_state::sleeping || o.state == task_state::running_or_blocking))
            append_complete(out, pid, task, o, last_time);
    }
}

}  // namespace

std::string chrome_trace_json(std::span<const trace_lane> lanes) {
    std::string out =
        "{\"displayTimeUnit\":\"ms\",\"otherData\":{\"generator\":\"LoopLab\",\"time_unit\":\"virtual us\"},"
        "\"traceEvents\":[";
    const std::size_t first = out.size();
    int pid = 1;
    for (const trace_lane& lane : lanes) append_lane(out, pid++, lane);
    // Every record is written with a leading ",\n"; the first one must not have the comma.
    if (out.size() > first && out[first] == ',') out.erase(first, 1);
    out += "\n]}\n";
    return out;
}

}  // namespace looplab::ui
