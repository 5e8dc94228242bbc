// vm_event_lines.cpp — the script line of each core event's task at the moment the event happened: a task's line
// changes only while it runs, so the lines are read at each task step's start, after each blocking step, and at each
// slice's end (script_run::advance), for the events recorded since the last read.
#include "python/module_asyncio.h"
#include "python/vm_internal.h"

namespace looplab::python {

namespace {
// The innermost line of the user's script in a suspended coroutine's await chain, from its outermost frame f:
// each frame's value stack holds the generator it awaits (LoopLab's own asyncio frames are skipped).
int innermost_script_line(const frame* f) {
    int line = 0;
    for (int depth = 0; f != nullptr && depth < 256; ++depth) {
        if (f->code != nullptr && !f->code->library) line = f->line();
        const frame* next = nullptr;
        for (std::size_t i = f->stack.size(); i-- > 0 && next == nullptr;) {
            if (!f->stack[i].is(kind::generator)) continue;
            const auto* g = f->stack[i].as<generator_object>();
            if (g->f != nullptr && g->f != f) next = g->f;
        }
        f = next;
    }
    return line;
}

// The first frame of the user's script from the innermost running frame f outwards.
int running_script_line(const frame* f) {
    for (; f != nullptr; f = f->back)
        if (f->code != nullptr && !f->code->library) return f->line();
    return 0;
}

const task_object* task_with_id(const vm& m, std::uint32_t id) {
    if (!m.aio || id == 0) return nullptr;
    // Tasks are core's only tasks, so the id is the creation index + 1; the scan is a fallback.
    if (id <= m.aio->tasks.size()) {
        const auto* t = m.aio->tasks[id - 1].as<task_object>();
        if (t->core_id == id) return t;
    }
    for (const value& tv : m.aio->tasks)
        if (tv.as<task_object>()->core_id == id) return tv.as<task_object>();
    return nullptr;
}
}  // namespace

int vm::script_line_of(std::uint32_t core_id) const {
    if (core_id == 0) return module_thread != nullptr ? running_script_line(module_thread->top) : 0;
    const task_object* t = task_with_id(*this, core_id);
    if (t == nullptr || t->state != fut_state::pending || !t->started) return 0;
    // Running or parked inside its step: its thread's top frame is where it is; suspended: its await chain.
    if ((t->parked || current_task == t) && t->th.top != nullptr) return running_script_line(t->th.top);
    return innermost_script_line(t->coro.as<generator_object>()->f);
}

void vm::record_event_lines() {
    const auto events = loop.events();
    for (std::size_t i = event_lines.size(); i < events.size(); ++i) {
        int line = script_line_of(events[i].task);
        if (line == 0 && events[i].kind == event_kind::running) {
            // A task's first step: it starts at its coroutine's first line.
            const task_object* t = task_with_id(*this, events[i].task);
            const generator_object* g = t != nullptr ? t->coro.as<generator_object>() : nullptr;
            if (g != nullptr && g->f != nullptr && g->f->code != nullptr && !g->f->code->library) line = g->f->line();
        }
        event_lines.push_back(line);
    }
}

}  // namespace looplab::python
