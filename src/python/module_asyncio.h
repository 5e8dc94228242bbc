// module_asyncio.h — asyncio's native objects: Future, Task (one core task each, driving the VM), the loop,
// Handles (core callback nodes) and sleep awaitables. The rest of asyncio is Python (module_asyncio_prelude.cpp).
//
// Usage (inside the interpreter):
//   value t = create_task(m, coro, name);        // a Task: spawned on core's event_loop, runs when its turn comes
//   future_set_result(m, fut, v);                // done-callbacks are queued with call_soon (task wake-ups too)
// Ordering: a Task's step is its core task's turn on the ready FIFO; a Future's completion makes its waiting
// tasks ready (the wake-up CPython queues with call_soon) and queues Python callbacks as core callback nodes on
// the same FIFO, in registration order; asyncio.sleep(d) is a core timer callback that wakes the task one
// iteration later, as CPython's call_later + future + call_soon(wakeup).
#pragma once

#include "python/inline_vector.h"
#include "python/vm.h"

#include <memory>
#include <utility>

namespace looplab::python {

enum class aio_kind : std::uint8_t { future, task, loop, handle, sleep };

struct aio_object : object {
    aio_kind what;
    explicit aio_object(aio_kind w) : object(kind::asyncio), what(w) {}
};

struct task_object;

// A gathering future's own part (module_asyncio_gather.cpp); every other future has none.
struct gather_state {
    std::vector<value> args;  // what gather was given; _gather_wrap wraps them a batch per call
    std::size_t next_arg = 0;  // args[next_arg] is the next to wrap
    // While building: open addressing from an argument's identity to the index of its first occurrence (a power of
    // two of slots, at most half full; one allocation, where a node-based map made one per argument).
    std::vector<std::pair<const object*, std::size_t>> first_index;
    value done_callback;  // the children's done-callback (held while building)
    std::vector<value> children;  // one future per argument, in argument order (a repeated argument shares one)
    std::int32_t unfinished = 0;  // distinct children not done yet
    bool building = true;  // children are still being wrapped
    bool return_exceptions = false;  // gather(..., return_exceptions=True)
};

enum class fut_state : std::uint8_t { pending, cancelled, finished };

struct future_object : aio_object {
    struct callback {
        value target;  // a Python callable (called with the future), or the Task waiting on the future
        bool wakes = false;  // target is that Task: the future's completion makes it ready
        task_object* waiting_task() const;  // the Task it wakes, or null
    };
    // (The small members first, where they pack beside aio_object's `what`: a task's size is bytes per task.)
    fut_state state = fut_state::pending;
    bool log_traceback = false;  // an exception nobody retrieved yet
    bool cancel_requested = false;  // gathering futures
    value result, exception, cancel_message;
    inline_vector<callback, 1> callbacks;  // in registration order
    std::unique_ptr<gather_state> gather;  // a gathering future's children (cancel() cancels them), else null
    explicit future_object(aio_kind w = aio_kind::future) : aio_object(w) {}
    bool done() const { return state != fut_state::pending; }
};

struct handle_object : aio_object {
    struct node_t : callback_node {
        handle_object* owner = nullptr;
    } node;
    value fn;
    value_vector<1> args;  // a done-callback's one argument (its future) needs no allocation
    value self_ref;  // holds the handle while it is on the loop's queues
    bool cancelled = false;
    bool timer = false;
    virtual_time when = 0;
    vm* owner_vm = nullptr;
    handle_object() : aio_object(aio_kind::handle) { node.owner = this; }
};

struct task_object : future_object {
    // (The small members first, where they pack beside future_object's last one.)
    int coro_line = 0;  // where the coroutine's function is defined
    int num_cancels_requested = 0;
    std::uint32_t core_id = 0;
    bool started = false;
    bool parked = false;  // the slice ended inside its step
    bool must_cancel = false;
    bool sleeping = false;
    value coro;  // the generator_object (coroutine)
    thread th;  // its frames
    std::uint64_t number = 0;  // asyncio's task counter at its creation: the default name is Task-<number>
    value given_name;  // a str given by name= or set_name, or None for the default (made when asked)
    detail::promise_base* root = nullptr;  // its core task
    virtual_time step_start = 0;  // when its current step began (a parked step goes on from there)
    value fut_waiter;  // the future it awaits
    value pending_throw;  // an error to throw in at the next step (bad yield)
    struct timer_t : callback_node {
        task_object* owner = nullptr;
    } sleep_timer;
    value self_ref;  // alive while the core task runs
    task_object() : future_object(aio_kind::task) { sleep_timer.owner = this; }
};

inline task_object* future_object::callback::waiting_task() const { return wakes ? target.as<task_object>() : nullptr; }

struct loop_object : aio_object {
    bool closed = false;
    bool running = false;
    loop_object() : aio_object(aio_kind::loop) {}
};

// What asyncio.sleep(delay, result) returns: awaited, it is a timer (no Python frame); handed to create_task /
// ensure_future, it becomes the prelude's `sleep` coroutine (sleep_as_coroutine); never used, it warns as an
// unawaited coroutine does.
struct sleep_object : aio_object {
    std::uint8_t state = 0;  // 0 fresh, 1 yielded (beside aio_object's `what`)
    bool taken = false;  // made into a coroutine: no "never awaited" warning of its own
    virtual_duration delay = 0;
    value delay_arg;  // as passed (a non-number raises TypeError when awaited, as CPython's coroutine does)
    value result;
    call_site called_at;  // where asyncio.sleep was called
    vm* owner = nullptr;
    sleep_object() : aio_object(aio_kind::sleep) {}
    ~sleep_object() override;
};

// The run's asyncio state (one per vm).
struct asyncio_state {
    type_object *t_future, *t_task, *t_loop, *t_handle, *t_sleep;
    value current_loop;  // set_event_loop / get_event_loop
    value running_loop;
    std::vector<value> tasks;  // every Task in creation order
    std::uint64_t task_counter = 0;
    std::size_t live_tasks = 0;
    bool stopping = false;
    value module;
    // The traceback line of the prelude's `sleep` coroutine (its await), which CPython's tasks.py prints for an
    // exception raised inside asyncio.sleep; the native sleep, awaited without that coroutine, adds it too.
    traceback_entry sleep_frame{nullptr, 0};
};

int sleep_delay_type_error(vm& m, const sleep_object& s);  // CPython's TypeError for a non-number delay; -1

// Sends None into the sleep awaitable `it` (an asyncio.sleep(...) value), as its coroutine would run: the first send
// yields it (the loop's timer; None for a delay <= 0, a bare yield), the next is done with its result in out.
// -1: the delay is not a number (TypeError pending). Inline: the dispatch loop's SEND on `await asyncio.sleep(...)`.
inline int sleep_send(vm& m, const value& it, value& out) {
    auto* s = it.as<sleep_object>();
    if (s->state != 0) {
        out = s->result;
        return 1;
    }
    s->state = 1;
    if (!s->delay_arg.is_number()) [[unlikely]]
        return sleep_delay_type_error(m, *s);
    out = s->delay <= 0 ? value::none() : it;
    return 0;
}

// Shorthands of the asyncio natives: the Future / Task a value holds.
inline future_object* F(const value& v) { return v.as<future_object>(); }
inline task_object* T(const value& v) { return v.as<task_object>(); }
value new_future(vm& m);  // a pending asyncio.Future
value loop_value(vm& m);  // the current event loop object (made on first use)
void add_asyncio_methods(vm& m,
                         asyncio_state& s);  // Future, Task, TimerHandle and loop methods (module_asyncio_methods.cpp)
void add_gather_natives(vm& m, module_object* natives);  // _gather_begin, _gather_wrap (module_asyncio_gather.cpp)
value create_task(vm& m, const value& coro, const value& name);
void spawn_task_driver(vm& m, task_object* t);  // t's core task, which steps its coroutine (sets core_id, root)
value sleep_as_coroutine(vm& m, sleep_object* s);  // the prelude's `sleep` coroutine with s's arguments
// The library frame CPython would print for an exception out of the native awaitable `awaited` (asyncio.sleep's), or
// {nullptr, 0} if it prints none.
traceback_entry native_await_frame(vm& m, const value& awaited);
value cancelled_error(vm& m, future_object* f);  // what awaiting (or result() of) the cancelled f raises
value ensure_future(vm& m, const value& v);
void future_schedule_callbacks(vm& m, future_object* f);
bool future_set_result(vm& m, future_object* f, value v);
bool future_set_exception(vm& m, future_object* f, value exc);
bool future_cancel(vm& m, future_object* f, const value& msg);
bool task_cancel(vm& m, task_object* t, const value& msg);
value call_soon_handle(vm& m, value fn, const value* args, std::size_t nargs, bool timer, virtual_time when);
std::string task_repr(vm& m, task_object* t);
std::string task_name(const task_object& t);  // the given name, or Task-<number>
void report_unretrieved(vm& m);  // "Task exception was never retrieved" for every such task, at the end
// Pumps the loop from native code until fut is done (nested run_until_complete); false on abort.
bool pump_until(vm& m, future_object* fut);

}  // namespace looplab::python
