// interpreter.cpp — script_run: compile, then run the module's code and the event loop in instruction slices.
#include "python/interpreter.h"

#include "core/task_state.h"
#include "python/compiler.h"
#include "python/module_asyncio.h"
#include "python/parser.h"
#include "python/vm_internal.h"

namespace looplab::python {

class script_state {
public:
    explicit script_state(const run_config& c) : cfg(c), m(cfg) { m.module_thread = &main; }

    run_config cfg;
    vm m;
    thread main;
    enum class phase : std::uint8_t { run_main, wait_loop, done } ph = phase::done;
    bool main_raise = false;
    value wait_fut;
    int exit_status = 0;
    run_error error;

    void start();
    bool advance(std::uint64_t n);
    void finish_with_exception(value exc);
    void finish_abort();
    void record_module_waits();  // module level enters run_until_complete: a waiting event of task 0
    void record_frames(std::span<const traceback_entry> tb);  // error.frames from an exception's traceback
    void finish_ok();
};

namespace {
// What one event-loop step (a callback or a task step, without its bytecode) counts against a slice, in
// instructions: about the native work of a task's wake-up, finish and done-callbacks.
constexpr std::uint64_t loop_step_cost = 16;

std::vector<std::string> split_lines(const std::string& s) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i <= s.size()) {
        std::size_t j = s.find('\n', i);
        if (j == std::string::npos) j = s.size();
        std::string line = s.substr(i, j - i);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        out.push_back(std::move(line));
        i = j + 1;
    }
    return out;
}
// The lexer's message for undecodable bytes names the file as "<<file>>" (format_syntax_error fills it in) and has
// no line of its own for the traceback, as CPython prints it; the run_error says both ("... on line N, ...").
void name_the_file(run_error& error, const std::string& filename) {
    if (const std::size_t at = error.message.find("<<file>>"); at != std::string::npos)
        error.message.replace(at, 8, filename);
    if (const std::size_t at = error.message.find(" on line "); error.line == 0 && at != std::string::npos) {
        error.line = std::atoi(error.message.c_str() + at + 9);
        error.col = 0;  // CPython gives this error no offset
    }
}
}  // namespace

void script_state::start() {
    m.source = cfg.source;
    m.filename = cfg.filename;
    m.source_lines = split_lines(cfg.source);
    parse_result pr = parse_module(cfg.source);
    if (!pr.ok()) {
        error.present = true;
        error.syntax = true;
        error.type = std::string(syntax_error_kind_name(pr.error().kind));
        error.message = pr.error().message;
        error.line = pr.error().line;
        error.col = pr.error().col;
        name_the_file(error, cfg.filename);
        error.traceback = format_syntax_error(pr.error(), cfg.filename);
        m.err_text += error.traceback;
        exit_status = 1;
        return;
    }
    for (const compile_note& n : pr.tree().notes) m.warn(n.text);
    compile_result cr = compile_module(pr.tree(), cfg.source, m.heap);
    if (!cr.ok) {
        error.present = true;
        error.syntax = true;
        error.type = "SyntaxError";
        error.message = cr.error.message;
        error.line = cr.error.line;
        error.col = cr.error.col;
        error.traceback = format_syntax_error(cr.error, cfg.filename);
        m.err_text += error.traceback;
        exit_status = 1;
        return;
    }
    m.all_code.push_back(cr.code);
    m.adopt_code(cr.code.as<code_object>());
    auto* fn = m.heap.make<function_object>();
    fn->type = m.t_function;
    fn->code = cr.code.as<code_object>();
    fn->code_ref = cr.code;
    fn->module = m.main_module;
    fn->module_ref = m.main_ref;
    fn->name = "<module>";
    value fv = value::from_obj(fn);
    frame* f = m.make_frame(fn, nullptr, 0, nullptr);
    f->how = entry::root;
    main.top = f;
    main.depth = 1;
    ph = phase::run_main;
}

void script_state::finish_ok() {
    if (m.aio) report_unretrieved(m);
    ph = phase::done;
    exit_status = 0;
}

void script_state::finish_with_exception(value exc) {
    if (m.aio) report_unretrieved(m);
    ph = phase::done;
    exit_status = 1;
    error.present = true;
    error.type = m.type_of(exc)->name;
    std::string line = m.exception_line(exc);
    const auto colon = line.find(": ");
    error.message = colon == std::string::npos ? "" : line.substr(colon + 2);
    if (exc.is(kind::exception) && !exc.as<exception_object>()->tb.empty())
        error.line = exc.as<exception_object>()->tb.front().line;
    if (exc.is(kind::exception)) record_frames(exc.as<exception_object>()->tb);
    error.traceback = m.format_traceback(exc);
    m.err_text += error.traceback;
}

void script_state::record_frames(std::span<const traceback_entry> tb) {
    // tb is innermost first; the frames are outermost first. A deep recursion keeps its two ends.
    constexpr std::size_t keep_each_end = 32;
    const std::size_t n = tb.size();
    for (std::size_t k = 0; k < n; ++k) {
        if (n > 2 * keep_each_end && k == keep_each_end) {
            error.frames_omitted = n - 2 * keep_each_end;
            k = n - keep_each_end;
        }
        const traceback_entry& t = tb[n - 1 - k];
        error.frames.push_back(traceback_frame{t.line, t.code->name, t.code->library});  // as printed
    }
}

void script_state::record_module_waits() {
    // Module-level code (task 0) waits in run_until_complete while the loop runs: on a Task, or a bare Future.
    const auto* f = wait_fut.is(kind::asyncio) ? wait_fut.as<aio_object>() : nullptr;
    const std::int64_t arg =
        f && f->what == aio_kind::task ? static_cast<const task_object*>(f)->core_id : wait_arg(wait_target::future);
    m.loop.record_event(0, event_kind::waiting, arg);
}

void script_state::finish_abort() {
    ph = phase::done;
    exit_status = 1;
    error.present = true;
    error.type = "LoopLabLimit";
    error.message = m.abort_message;
    int line = 0;
    const auto at = m.abort_message.rfind("line ");
    if (at != std::string::npos) line = std::atoi(m.abort_message.c_str() + at + 5);
    error.line = line;
    error.traceback = "LoopLab stopped the script: " + m.abort_message + "\n";
    m.err_text += error.traceback;
}

bool script_state::advance(std::uint64_t n) {
    if (ph == phase::done) return false;
    m.tick_limit = std::min<std::uint64_t>(m.ticks + (n == 0 ? 1 : n), cfg.instruction_budget);
    m.slice_over = false;
    for (;;) {
        if (ph == phase::run_main) {
            m.main_sliced = true;
            const bool raise_now = std::exchange(main_raise, false);
            const exec_status s = m.execute(main, true, raise_now);
            m.main_sliced = false;
            switch (s) {
                case exec_status::returned:
                    m.free_frame(main.top);
                    main.top = nullptr;
                    finish_ok();
                    return false;
                case exec_status::parked:
                    return true;
                case exec_status::error:
                    if (m.aborted) {
                        finish_abort();
                        return false;
                    }
                    m.free_frame(main.top);
                    main.top = nullptr;
                    finish_with_exception(m.take_pending());
                    return false;
                case exec_status::aborted:
                    finish_abort();
                    return false;
                case exec_status::suspend_main:
                    wait_fut = std::move(m.suspend_arg);
                    record_module_waits();
                    ph = phase::wait_loop;
                    break;
                case exec_status::yielded:
                    finish_with_exception(m.make_exception(m.t_runtime_error, "yield at module level"));
                    return false;
            }
        }
        // wait_loop: run the event loop until run_until_complete's future is done and the loop stopped
        auto* fut = wait_fut.as<future_object>();
        for (;;) {
            if (m.aborted) {
                finish_abort();
                return false;
            }
            if (fut->done() && m.aio->stopping && !m.loop.mid_iteration()) break;
            // A sliced execute parks one tick short of the limit (the instruction it did not run is not counted),
            // so ticks + 1 >= tick_limit means the slice is over: stepping again would re-park the task forever.
            // At the budget itself the loop steps on: the next instruction a task runs aborts the script
            // (vm::execute), where returning would end every later slice here too, without progress.
            if (m.ticks + 1 >= m.tick_limit && m.tick_limit < cfg.instruction_budget) return true;
            if (!m.loop.step()) break;
            // A loop step's native work (a wake-up, a task's finish, a done-callback) runs no bytecode but costs
            // the frame time: it counts against the slice as loop_step_cost instructions.
            m.tick_limit = std::max(m.ticks + 1, m.tick_limit - std::min(m.tick_limit, loop_step_cost));
        }
        if (auto* l = m.aio->running_loop.is(kind::asyncio) ? m.aio->running_loop.as<loop_object>() : nullptr)
            l->running = false;
        m.aio->running_loop = value::none();
        m.aio->stopping = false;
        value fv = std::move(wait_fut);
        wait_fut = value::none();
        m.loop.record_event(0, event_kind::running);  // module-level code goes on after run_until_complete
        ph = phase::run_main;
        if (!fut->done()) {
            m.raise(m.t_runtime_error, "Event loop stopped before Future completed.");
            main_raise = true;
        } else if (fut->state == fut_state::cancelled) {
            m.pending = cancelled_error(m, fut);
            main_raise = true;
        } else if (fut->exception.is(kind::exception)) {
            fut->log_traceback = false;
            m.pending = fut->exception;
            main_raise = true;
        } else {
            main.top->stack.push_back(fut->result);
        }
    }
}

script_run::script_run(const run_config& config) : m_state(std::make_unique<script_state>(config)) { m_state->start(); }
script_run::~script_run() = default;

bool script_run::advance(std::uint64_t max_instructions) {
    const bool more = m_state->advance(max_instructions);
    if (m_state->cfg.record_events) m_state->m.record_event_lines();
    return more;
}
bool script_run::finished() const { return m_state->ph == script_state::phase::done; }
int script_run::exit_status() const { return m_state->exit_status; }
const std::string& script_run::stdout_text() const { return m_state->m.out_text; }
const std::string& script_run::stderr_text() const { return m_state->m.err_text; }
std::span<const printed_line> script_run::printed() const { return m_state->m.lines; }
std::span<const run_warning> script_run::warnings() const { return m_state->m.warnings; }
const run_error& script_run::error() const { return m_state->error; }
std::span<const event> script_run::events() const { return m_state->m.loop.events(); }
virtual_time script_run::now() const { return m_state->m.loop.now(); }
std::uint64_t script_run::instructions() const { return m_state->m.ticks; }

std::vector<task_info> script_run::tasks() const {
    std::vector<task_info> out;
    vm& m = m_state->m;
    if (!m.aio) return out;
    out.reserve(m.aio->tasks.size());
    for (auto& tv : m.aio->tasks) {
        auto* t = tv.as<task_object>();
        task_info ti;
        ti.id = t->core_id;
        ti.name = python::task_name(*t);
        ti.coro_name = t->coro.as<generator_object>()->qualname;
        ti.state = t->state == fut_state::pending     ? task_state::pending
                   : t->state == fut_state::cancelled ? task_state::cancelled
                   : t->exception.is(kind::exception) ? task_state::failed
                                                      : task_state::done;
        out.push_back(std::move(ti));
    }
    return out;
}

std::string script_run::task_name(std::uint32_t id) const {
    vm& m = m_state->m;
    if (m.aio && id >= 1 && id <= m.aio->tasks.size()) {
        // Tasks are core's only tasks, so the id is the creation index + 1; the scan is a fallback.
        const auto* t = m.aio->tasks[id - 1].as<task_object>();
        if (t->core_id == id) return python::task_name(*t);
        for (auto& tv : m.aio->tasks)
            if (tv.as<task_object>()->core_id == id) return python::task_name(*tv.as<task_object>());
    }
    return "Task-" + std::to_string(id);
}

std::vector<task_line> script_run::current_lines() const {
    std::vector<task_line> out;
    const script_state& st = *m_state;
    if (st.ph == script_state::phase::done) return out;
    if (const int line = st.m.script_line_of(0); line > 0) out.push_back({0, line});
    if (!st.m.aio) return out;
    for (const value& tv : st.m.aio->tasks) {
        const std::uint32_t id = tv.as<task_object>()->core_id;
        if (const int line = st.m.script_line_of(id); line > 0) out.push_back({id, line});
    }
    return out;
}

std::span<const std::int32_t> script_run::event_lines() const { return m_state->m.event_lines; }

script_result run_to_completion(const run_config& config, run_teardown teardown) {
    auto run = std::make_unique<script_run>(config);
    while (run->advance(1u << 20)) {}
    script_result r;
    r.exit_status = run->exit_status();
    r.stdout_text = run->stdout_text();
    r.stderr_text = run->stderr_text();
    r.printed.assign(run->printed().begin(), run->printed().end());
    if (config.record_events) {
        r.tasks = run->tasks();
        r.events.assign(run->events().begin(), run->events().end());
    }
    r.error = run->error();
    r.end_time = run->now();
    r.instructions = run->instructions();
#if defined(__SANITIZE_ADDRESS__)
    teardown = run_teardown::destroy;
#endif
    // Left to the process's exit: 100,000 tasks' destructors are ~5% of such a run (bench/README.md).
    if (teardown == run_teardown::leave_to_exit) static_cast<void>(run.release());
    return r;
}

}  // namespace looplab::python
