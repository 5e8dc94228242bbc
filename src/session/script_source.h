// script_source.h — a user's Python script as a run_source: python::script_run advanced in bounded instruction
// slices, its core event stream with module-level code as row 1 (task ids shifted by one), its printed lines placed
// at the event that ends the printing step, and the source line each event's task was at when it happened.
//
// Usage:
//   auto src = std::make_unique<looplab::script_source>(cfg);       // compiles; nothing runs yet
//   src->pump(20'000);                                               // at most that many instructions (a frame)
//   looplab::run r{std::move(src), looplab::default_event_log_cap};  // then r.source().pump(..); r.ingest();
// Row 1 is "<module>" (the code outside any task: its time.sleep calls are the loop being held); row k + 1 is
// asyncio's task k (Task-1 for asyncio.run's main task), in creation order.
// Event lines come from python::script_run::event_lines(): the line each event's task was at when it happened.
#pragma once

#include "python/interpreter.h"
#include "session/run.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace looplab {

// A core event of a script as the Script view's rows see it: task ids + 1 (module level, id 0, becomes row 1), and
// a waiting event's awaited task id likewise.
event script_row_event(event e) noexcept;

class script_source final : public run_source {
public:
    explicit script_source(const python::run_config& config);  // compiles (a SyntaxError finishes it at once)

    bool pump(std::uint64_t max_instructions);  // runs a slice; false once the script has finished
    void stop();  // ends the run here (the user's Stop): done() from now on
    bool stopped() const noexcept { return m_stopped; }  // Stop ended it
    const python::script_run& script() const noexcept { return *m_run; }  // printed text, error, warnings, tasks
    std::string row_name(std::uint32_t row) const;  // "<module>", "Task-1", or the name given to the task
    std::uint64_t slice() const noexcept { return m_slice; }  // instructions step/run_until pump at a time

    std::uint32_t task_count() const noexcept override { return m_rows; }
    std::span<const event> events() const noexcept override { return m_events; }
    int event_line(std::size_t i) const noexcept { return m_event_lines[i]; }  // events()[i]'s task's line, 0: none
    // The event warning i is placed at, as a printed line is (the first one that ends its task's step at its time,
    // or a later one); events().size() while that event has not come yet.
    std::size_t warning_event(std::size_t i) const;
    // Warnings given while compiling (the 2016 dialect's notes): they come before anything the script prints, at
    // t = 0. They are warnings [0, compile_notes()).
    std::size_t compile_notes() const noexcept { return m_compile_notes; }
    std::optional<virtual_time> next_event_time() const noexcept override { return std::nullopt; }
    virtual_time now() const noexcept override { return m_run->now(); }
    bool done() const noexcept override { return m_stopped || m_run->finished(); }
    bool step() override;  // pumps slices until one more event is recorded (bounded); false if none came
    void run_until(virtual_time t) override;  // pumps slices until the clock reaches t (bounded)
    void run_to_end() override;  // pumps until the script ends or its instruction budget runs out
    virtual_time total() const noexcept override { return m_run->now(); }
    run_labels labels() const noexcept override;
    void collect_printed(const event_index& index, printed_lines& out) const override;
    std::span<const std::uint32_t> blocking_candidates() const noexcept override { return {}; }

private:
    void copy_events();

    std::unique_ptr<python::script_run> m_run;
    std::vector<event> m_events;  // core's stream, task ids + 1 (0 = module level becomes row 1)
    std::vector<int> m_event_lines;  // per event: the script line its task was at when it happened (0: none)
    std::uint32_t m_rows = 1;
    std::size_t m_compile_notes = 0;  // warnings the constructor's compile gave
    bool m_stopped = false;
    std::uint64_t m_slice = 20'000;
    mutable std::size_t m_last_line_event = 0;  // where the last collected line was placed
    mutable std::vector<std::size_t> m_warning_events;  // warning_event's answers so far (only final ones)
};

}  // namespace looplab
