// experiment.h — the seed blog's experiment: N tasks each waiting a random delay, run sequentially
// (synchronous(): Σ delays) and concurrently (asyncio gather: max delay), as live-pumpable lanes.
//
// Usage:
//   looplab::experiment_config config{.task_count = 9, .seed = 4902};
//   looplab::experiment_result r = looplab::run_experiment(config);    // both lanes, no animation
//   // or animate one lane:
//   looplab::experiment_plan plan = looplab::make_plan(config);
//   looplab::lane concurrent{plan, looplab::lane_mode::concurrent};
//   while (!concurrent.done()) concurrent.run_until(concurrent.now() + 16'667);   // one frame each
#pragma once

#include "coro_semaphore.h"
#include "event.h"
#include "event_loop.h"
#include "random.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace looplab {

// The default seed: with 9 tasks it reproduces the blog's printed asynchronous order 2 5 6 8 9 1 4 3 7.
inline constexpr std::uint64_t default_seed = 4902;

// What to run. Filled with designated initializers; zero/empty means default.
struct experiment_config {
    std::uint32_t task_count = 9;  // N (ignored when delays is non-empty)
    delay_distribution distribution = delay_distribution::seed;  // how delays are drawn
    std::uint64_t seed = default_seed;  // PRNG seed
    std::uint32_t limit = 0;  // concurrent lane: at most k at once (0 = all)
    std::vector<virtual_duration> delays;  // explicit delays in µs: replace the draw, set N
    std::vector<std::uint32_t> blocking_tasks;  // concurrent lane: these tasks (1-based) block
    bool record_events = true;  // keep the event streams
    friend bool operator==(const experiment_config&, const experiment_config&) = default;  // field-wise
};

// A config resolved into per-task facts (index i is task i + 1).
struct experiment_plan {
    std::vector<virtual_duration> delays;  // each task's delay, µs
    std::vector<bool> blocking;  // concurrent lane: task blocks (time.sleep) instead of awaiting
    std::uint32_t limit = 0;  // concurrent lane: semaphore size, 0 = unlimited
    bool record_events = true;  // keep the event streams
};

// Resolves a config: draws or copies the delays and marks the blocking tasks (out-of-range numbers ignored).
experiment_plan make_plan(const experiment_config& config);

// Which of the two runs a lane is.
enum class lane_mode : std::uint8_t {
    sequential,  // synchronous(): every task blocks for its delay, one after another; total = Σ delays
    concurrent,  // asynchronous(): all spawned at 0 and gathered; each awaits sleep(delay) (or blocks)
};

// "never": the start/finish time of a task that has not started/finished yet.
inline constexpr virtual_time never = -1;

// One loop plus the tasks of one mode, pumped by its owner. Task i + 1 has id i + 1 in events().
// The sequential lane models each task's time.sleep as a blocking step, so the loop runs task 1 to
// completion, then task 2, ...: the stream shows tasks ready, then running and blocking for exactly
// their delay. Not movable (tasks point into it); hold it by std::unique_ptr if it must move.
class lane {
public:
    lane(const experiment_plan& plan, lane_mode mode);  // spawns the tasks at virtual time 0
    lane(const lane&) = delete;
    lane& operator=(const lane&) = delete;
    ~lane();

    lane_mode mode() const noexcept { return m_mode; }  // sequential or concurrent
    void run_until(virtual_time t) { m_loop.run_until(t); }  // processes everything due up to t
    void advance(virtual_duration dt) { m_loop.advance(dt); }  // run_until(now() + dt)
    bool step() { return m_loop.step(); }  // exactly the next scheduler event
    void run_to_end() { m_loop.run_until_idle(); }  // finishes the lane
    std::optional<virtual_time> next_event_time() const noexcept { return m_loop.next_event_time(); }  // if any
    virtual_time now() const noexcept { return m_loop.now(); }  // the lane's virtual clock
    bool done() const noexcept { return m_finish_order.size() == task_count(); }  // every task finished
    std::span<const event> events() const noexcept { return m_loop.events(); }  // the event stream so far

    std::uint32_t task_count() const noexcept { return static_cast<std::uint32_t>(m_delays.size()); }  // N
    std::span<const virtual_duration> delays() const noexcept { return m_delays; }  // per task, µs
    std::span<const virtual_time> start_times() const noexcept { return m_start; }  // per task, or never
    std::span<const virtual_time> finish_times() const noexcept { return m_finish; }  // per task, or never
    std::span<const std::uint32_t> finish_order() const noexcept { return m_finish_order; }  // task numbers
    virtual_time total() const noexcept;  // the last finish time (valid once done())

private:
    static task<void> run_task(lane* self, std::uint32_t number, virtual_duration delay, bool blocks);

    lane_mode m_mode;
    std::vector<virtual_duration> m_delays;
    std::vector<virtual_time> m_start;
    std::vector<virtual_time> m_finish;
    std::vector<std::uint32_t> m_finish_order;
    std::unique_ptr<semaphore> m_limit;
    event_loop m_loop;  // declared last: destroyed first, while the vectors above still exist
};

// The outcome of one lane.
struct lane_result {
    std::vector<virtual_time> start;  // per task
    std::vector<virtual_time> finish;  // per task
    std::vector<std::uint32_t> finish_order;  // task numbers in finishing order
    virtual_time total = 0;  // when the last task finished
    std::vector<event> events;  // the whole event stream (empty if not recorded)
};

// The outcome of the experiment.
struct experiment_result {
    experiment_config config;  // what was asked for
    experiment_plan plan;  // the resolved delays, blocking tasks and limit
    lane_result sequential;  // synchronous()
    lane_result concurrent;  // asynchronous()
    std::optional<std::int64_t> speedup_milli() const noexcept;  // round(1000 * Σ / max); none if max = 0
};

// Copies a finished (or partial) lane's outcome; the event stream only if with_events.
lane_result collect(const lane& l, bool with_events = true);

// Runs both lanes to the end, without animation.
experiment_result run_experiment(const experiment_config& config);

}  // namespace looplab
