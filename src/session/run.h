// run.h — one run as the session shows it: "tasks, spans, printed lines, totals", whatever produced them. A
// run_source records a core event stream (the experiment's lanes today; a user's script later); the run keeps its
// event index, its printed lines and its cursor.
//
// Usage:
//   looplab::run r{std::make_unique<looplab::lane_source>(plan, looplab::lane_mode::concurrent),
//                  looplab::default_event_log_cap};
//   r.source().step(); r.ingest();                           // pump the source, then index what it recorded
//   std::size_t printed = r.printed_before(r.visible_events); // console lines visible at the cursor
// A second kind of run implements run_source (its events, printed lines, labels and blocking candidates);
// nothing that reads a run changes.
#pragma once

#include "core/experiment.h"
#include "session/event_index.h"
#include "session/state_counts.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace looplab {

// Names a run is shown under.
struct run_labels {
    std::string_view title;  // "Sequential": announcements and the finish list
    std::string_view heading;  // "Sequential: one task after another": the timeline's header
    std::string_view console_header;  // "Synchronous:": the console line before the run's printed lines
    std::string_view trace_name;  // "Sequential lane (synchronous)": the trace's process name
};

// Lines a run printed, each with the index of the event at which it appeared (kept in one buffer).
class printed_lines {
public:
    void clear() noexcept;  // forgets every line
    void add(std::uint32_t event_index, std::string_view text);  // appends one line (event indexes never decrease)
    std::size_t size() const noexcept { return m_events.size(); }  // lines so far
    std::string_view line(std::size_t i) const noexcept;  // the i-th line, without '\n'
    std::size_t count_before(std::size_t visible_events) const noexcept;  // lines with event index < it

private:
    std::string m_text;
    std::vector<std::uint32_t> m_begin;  // offset of each line in m_text
    std::vector<std::uint32_t> m_events;  // event index of each line
};

// Where a run's events come from: pumped by its owner, recording a core event stream.
class run_source {
public:
    virtual ~run_source() = default;
    virtual std::uint32_t task_count() const noexcept = 0;  // tasks 1..N appear in events()
    virtual std::span<const event> events() const noexcept = 0;  // the stream recorded so far
    virtual std::optional<virtual_time> next_event_time() const noexcept = 0;  // the next scheduler event, if any
    virtual virtual_time now() const noexcept = 0;  // the live frontier
    virtual bool done() const noexcept = 0;  // every task ended
    virtual bool step() = 0;  // runs exactly the next scheduler event; false if there is none
    virtual void run_until(virtual_time t) = 0;  // runs everything due up to t
    virtual void run_to_end() = 0;  // runs until nothing is left
    virtual virtual_time total() const noexcept = 0;  // when the last task ended (valid once done())
    virtual run_labels labels() const noexcept = 0;  // how the run is named
    // Appends the lines printed by the events that index has read and out does not hold yet.
    virtual void collect_printed(const event_index& index, printed_lines& out) const = 0;
    // Tasks that may block the loop, for the slow-callback warning (a handful; empty if nothing warns).
    virtual std::span<const std::uint32_t> blocking_candidates() const noexcept = 0;
};

// One of the experiment's lanes as a run: it prints "Task N done" when task N finishes.
class lane_source final : public run_source {
public:
    lane_source(const experiment_plan& plan, lane_mode mode, std::vector<std::uint32_t> blocking_tasks);  // at t = 0
    const lane& core_lane() const noexcept { return m_lane; }  // the core lane (for collect())

    std::uint32_t task_count() const noexcept override { return m_lane.task_count(); }
    std::span<const event> events() const noexcept override { return m_lane.events(); }
    std::optional<virtual_time> next_event_time() const noexcept override { return m_lane.next_event_time(); }
    virtual_time now() const noexcept override { return m_lane.now(); }
    bool done() const noexcept override { return m_lane.done(); }
    bool step() override { return m_lane.step(); }
    void run_until(virtual_time t) override { m_lane.run_until(t); }
    void run_to_end() override { m_lane.run_to_end(); }
    virtual_time total() const noexcept override { return m_lane.total(); }
    run_labels labels() const noexcept override;
    void collect_printed(const event_index& index, printed_lines& out) const override;
    std::span<const std::uint32_t> blocking_candidates() const noexcept override { return m_blocking; }

private:
    lane m_lane;
    std::vector<std::uint32_t> m_blocking;  // concurrent lane: the first blocking tasks; sequential: none
};

// A run and what the session knows of it: its index, printed lines, cursor and total.
class run {
public:
    run(std::unique_ptr<run_source> source, std::size_t event_cap);  // indexes what the source recorded so far
    run(const run&) = delete;
    run& operator=(const run&) = delete;
    run(run&&) noexcept = default;
    run& operator=(run&&) noexcept = default;

    const run_source& source() const noexcept { return *m_source; }  // where the events come from
    run_source& source() noexcept { return *m_source; }  // for pumping; call ingest() after
    const event_index& index() const noexcept { return m_index; }  // spans and finishes recorded so far
    const state_counts& counts() const noexcept { return m_counts; }  // tasks per state over time, so far
    const printed_lines& printed() const noexcept { return m_printed; }  // lines printed so far
    void ingest();  // reads newly recorded events into the index and the printed lines; caches the total

    std::size_t visible_events = 0;  // the cursor as an event count: events[0, visible_events) have happened

    std::uint32_t task_count() const noexcept { return m_source->task_count(); }  // N
    std::size_t finished() const noexcept { return m_index.finished_before(visible_events); }  // at the cursor
    bool done_at_cursor() const noexcept { return finished() == task_count(); }  // every finish is visible
    std::size_t printed_before_cursor() const noexcept { return m_printed.count_before(visible_events); }  // lines
    virtual_time total_us() const noexcept { return m_total; }  // the total once the source is done, else never
    bool truncated_at_cursor() const noexcept {  // the cursor is past the spans the index kept
        return m_index.truncated() && visible_events > m_index.span_event_limit();
    }

private:
    std::unique_ptr<run_source> m_source;
    event_index m_index;
    state_counts m_counts;
    printed_lines m_printed;
    virtual_time m_total = never;
};

}  // namespace looplab
