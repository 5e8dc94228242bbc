// interpreter.h — LoopLab Python's top-level API: compile a script and run it on core's scheduler, in slices.
//
// Usage:
//   looplab::python::run_config cfg{.source = text, .filename = "demo.py", .seed = 4902};
//   looplab::python::script_run run{cfg};
//   while (run.advance(5000)) draw_frame(run);                 // a few thousand instructions per frame
//   std::fputs(run.stdout_text().c_str(), stdout);
//   return run.exit_status();                                  // 0, or 1 for an uncaught exception
// or, for the CLI:   script_result r = run_to_completion(cfg);
//
// Virtual time (microseconds, core/event.h): running Python code costs no virtual time. asyncio.sleep(d) moves
// the task's wake-up to now + d; time.sleep(d) is a blocking step that holds the whole loop for d (also at module
// level, before any loop exists); time.time()/monotonic()/perf_counter() and loop.time() read the virtual clock
// (time.time() = LoopLab's epoch 1'700'000'000 s + virtual time).
//
// Ordering (asyncio's, to the callback): a Task's step is a call_soon callback on core's ready FIFO; a Future's
// done-callbacks are queued with call_soon; a loop iteration appends the due timers after the already-ready
// callbacks and then runs exactly the callbacks that were ready at its start. So an awaiting task resumes one
// iteration after the awaited one finished, create_task runs nothing until its creator yields, and
// asyncio.sleep(d) is a timer that completes the sleep, whose wake-up of the task runs one iteration later.
// Timers with equal deadlines run in scheduling order (CPython's heap does not promise this; real time rarely
// ties, LoopLab's virtual time often does).
#pragma once

#include "core/event.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace looplab::python {

// LoopLab's default seed for an unseeded `random` (the CLI's --seed default).
inline constexpr std::uint64_t default_seed = 4902;

// What to run and the limits to run it under.
struct run_config {
    std::string source;  // the script's text (UTF-8)
    std::string filename = "<script>";  // the name tracebacks use
    std::uint64_t seed = default_seed;  // seeds `random` until the script calls random.seed
    std::uint64_t instruction_budget = 1'000'000'000;  // total bytecode instructions before the run is stopped
    std::size_t memory_budget = std::size_t{512} << 20;  // bytes of Python objects; beyond it: MemoryError
    std::size_t output_cap = std::size_t{8} << 20;  // bytes of printed output; beyond it the run is stopped
    std::uint32_t max_tasks = 200'000;  // asyncio tasks alive at once; beyond it: RuntimeError
    int recursion_limit = 1000;  // Python call depth; beyond it: RecursionError
    virtual_duration slow_callback = 100 * milliseconds;  // blocking steps longer than this print asyncio's warning
    bool record_events = true;  // keep core's event stream (switch off for benchmarks)
};

// One line printed by the script (print's text split at '\n').
struct printed_line {
    virtual_time time = 0;  // virtual time when it was printed
    std::uint32_t task = 0;  // core task id of the printing task, 0 for module-level code
    std::string text;  // without the newline
};

// What a warning is about.
enum class warning_kind : std::uint8_t {
    note,  // a note (the 2016 dialect's spelling, an internal message)
    slow_step,  // asyncio's "Executing <Task ...> took N seconds": a step held the loop (a blocking call)
    never_awaited,  // "RuntimeWarning: coroutine '...' was never awaited"
    never_retrieved,  // "Task exception was never retrieved"
    callback_error,  // "Exception in callback ..."
};

// A warning the run printed on stderr (never awaited, exception never retrieved, slow callback, notes).
struct run_warning {
    virtual_time time = 0;  // when it was printed
    std::string text;  // the whole message (may span lines)
    warning_kind kind = warning_kind::note;  // what it is about
    std::uint32_t task = 0;  // core task id it belongs to (the failed task, the slow one, ...); 0 = module level
};

// How a Python task ended so far.
enum class task_state : std::uint8_t { pending, done, cancelled, failed };

// One asyncio Task of the run.
struct task_info {
    std::uint32_t id = 0;  // core task id (event::task), 1-based creation order
    std::string name;  // asyncio's name, e.g. "Task-1"
    std::string coro_name;  // the coroutine's function name
    task_state state = task_state::pending;  // pending, done, cancelled or failed
};

// One frame of an error's traceback, outermost first (as CPython prints them).
struct traceback_frame {
    int line = 0;  // 1-based source line
    std::string function;  // "<module>", "main", "Queue.get", ...
    bool library = false;  // inside LoopLab's asyncio (no line of the user's script)
};

// Where an unfinished piece of the script is now: module-level code (task 0) or an asyncio Task.
struct task_line {
    std::uint32_t task = 0;  // core task id (0: module-level code)
    int line = 0;  // the source line of its innermost frame in the script (LoopLab's own asyncio code is skipped)
};

// The error that ended the run, if any.
struct run_error {
    bool present = false;  // false: the run ended normally (or is still running)
    bool syntax = false;  // a compile-time SyntaxError (nothing ran)
    std::string type;  // "ZeroDivisionError", "SyntaxError", ...
    std::string message;  // the last line of the traceback without the type, e.g. "division by zero"
    int line = 0;  // the line it was raised at (innermost frame), 0 if unknown
    int col = 0;  // a SyntaxError's 1-based column (CPython's offset), 0 if none
    std::vector<traceback_frame> frames;  // the raised exception's frames, outermost first (at most 64: the ends)
    std::size_t frames_omitted = 0;  // frames left out in the middle (a deep recursion)
    std::string traceback;  // the whole text printed on stderr for it
};

class script_state;  // the interpreter behind a script_run (vm.h)

// A script being run. Not copyable. Compiles in the constructor (a SyntaxError ends the run at once).
class script_run {
public:
    explicit script_run(const run_config& config);  // compiles; nothing runs yet
    ~script_run();  // drops the script's heap
    script_run(const script_run&) = delete;
    script_run& operator=(const script_run&) = delete;

    bool advance(std::uint64_t max_instructions);  // runs at most that many instructions; false once finished
    bool finished() const;  // the run has ended (normally, by an exception, or by a limit)
    int exit_status() const;  // 0, or 1 for an uncaught exception / limit; only meaningful when finished()

    const std::string& stdout_text() const;  // everything printed to stdout
    const std::string& stderr_text() const;  // tracebacks, warnings and notes, as CPython prints them
    std::span<const printed_line> printed() const;  // printed lines with their virtual times and tasks
    std::span<const run_warning> warnings() const;  // warnings with their times
    const run_error& error() const;  // the uncaught exception or SyntaxError, if any
    std::vector<task_info> tasks() const;  // every asyncio Task in creation order
    std::string task_name(std::uint32_t id) const;  // the name of the Task with core id `id` ("Task-<id>" if none)
    std::vector<task_line> current_lines() const;  // module-level code and each unfinished Task with a known line
    std::span<const event> events() const;  // core's event stream (spawned, running, sleeping, ... failed)
    // Per event of events() (when record_events): the user's line its task was at when it happened, 0 if none
    // (a task not started yet, LoopLab's own asyncio code only).
    std::span<const std::int32_t> event_lines() const;
    virtual_time now() const;  // the virtual clock
    std::uint64_t instructions() const;  // instructions executed so far

private:
    std::unique_ptr<script_state> m_state;
};

// The outcome of a whole run (the CLI's view).
struct script_result {
    int exit_status = 0;  // 0, or 1 for an uncaught exception / limit
    std::string stdout_text;  // what the script printed
    std::string stderr_text;  // tracebacks, warnings, notes
    std::vector<printed_line> printed;  // printed lines with times
    std::vector<task_info> tasks;  // the asyncio tasks
    std::vector<event> events;  // core's event stream
    run_error error;  // the error that ended it, if any
    virtual_time end_time = 0;  // the virtual clock at the end
    std::uint64_t instructions = 0;  // bytecode instructions executed
};

// What run_to_completion does with the finished run's memory.
enum class run_teardown : std::uint8_t {
    destroy,  // every object's destructor, then the pages are freed (tests, the fuzzer, any long-lived caller)
    leave_to_exit,  // nothing: the caller's process ends right after and the OS takes the memory back (the CLI;
    // sanitizer builds destroy anyway, so that their leak and use-after-free checks see teardown)
};

// Compiles and runs a script to the end (or to a limit). `tasks` and `events` are filled only when
// config.record_events is set (they are what --json and --trace print).
script_result run_to_completion(const run_config& config, run_teardown teardown = run_teardown::destroy);

}  // namespace looplab::python
