// timeline.cpp — event stream to state spans: one pass collecting spans, then a counting sort by task.
#include "timeline.h"

namespace looplab {

const char* to_string(task_state s) noexcept {
    switch (s) {
        case task_state::waiting:
            return "waiting";
        case task_state::sleeping:
            return "sleeping";
        case task_state::running_or_blocking:
            return "running_or_blocking";
        case task_state::done:
            return "done";
        case task_state::cancelled:
            return "cancelled";
    }
    return "unknown";
}

task_state state_after(event_kind kind) noexcept {
    switch (kind) {
        case event_kind::running:
        case event_kind::blocking:
            return task_state::running_or_blocking;
        case event_kind::sleeping:
            return task_state::sleeping;
        case event_kind::finished:
        case event_kind::failed:  // a Python task's uncaught exception: it ended
            return task_state::done;
        case event_kind::cancelled:
            return task_state::cancelled;
        case event_kind::spawned:
        case event_kind::ready:
        case event_kind::yielded:
        case event_kind::waiting:
            break;
    }
    return task_state::waiting;
}

std::span<const state_span> timeline::spans_of(std::uint32_t task_id) const noexcept {
    if (task_id == 0 || task_id >= first_span.size()) return {};
    return std::span<const state_span>{spans}.subspan(first_span[task_id - 1],
                                                      first_span[task_id] - first_span[task_id - 1]);
}

task_state timeline::state_of(std::uint32_t task_id) const noexcept {
    const auto mine = spans_of(task_id);
    return mine.empty() ? task_state::waiting : mine.back().state;
}

namespace {
struct open_state {
    virtual_time since = 0;
    task_state state = task_state::waiting;
    bool seen = false;
    std::uint32_t last_span = 0xFFFF'FFFFu;  // index in the unsorted list of this task's last span
};
struct tagged_span {
    std::uint32_t task;
    state_span span;
};
}  // namespace

timeline build_timeline(std::span<const event> events, std::uint32_t task_count, virtual_time cursor) {
    std::vector<open_state> open(task_count);
    std::vector<tagged_span> collected;
    std::vector<std::uint32_t> counts(task_count, 0);
    timeline out;
    out.cursor = cursor;

    auto close = [&](std::uint32_t task, virtual_time end, bool keep_empty) {
        open_state& o = open[task - 1];
        if (o.last_span != 0xFFFF'FFFFu) {
            state_span& last = collected[o.last_span].span;
            if (last.state == o.state && last.end == o.since) {  // merge with the previous span
                last.end = end;
                return;
            }
        }
        if (end <= o.since && !keep_empty) return;
        o.last_span = static_cast<std::uint32_t>(collected.size());
        collected.push_back(tagged_span{task, state_span{o.since, end, o.state}});
        ++counts[task - 1];
    };

    for (const event& e : events) {
        if (e.time > cursor) break;  // the stream is in time order
        if (e.task == 0 || e.task > task_count) continue;
        open_state& o = open[e.task - 1];
        const task_state next = state_after(e.kind);
        if (o.seen && next == o.state) continue;
        if (o.seen) close(e.task, e.time, false);
        o.since = e.time;
        o.state = next;
        o.seen = true;
        if (e.kind == event_kind::finished) out.finish_order.push_back(e.task);
    }
    for (std::uint32_t task = 1; task <= task_count; ++task)
        if (open[task - 1].seen) close(task, cursor, true);

    out.first_span.assign(task_count + 1, 0);
    for (std::uint32_t t = 0; t < task_count; ++t) out.first_span[t + 1] = out.first_span[t] + counts[t];
    out.spans.resize(collected.size());
    std::vector<std::uint32_t> fill(out.first_span.begin(), out.first_span.end() - 1);
    for (const tagged_span& s : collected) out.spans[fill[s.task - 1]++] = s.span;
    return out;
}

}  // namespace looplab
