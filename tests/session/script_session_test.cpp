// script_session_test.cpp — the Script view's model: the seed's 2016 script (staircase, then nine sleeping tasks),
// output equal to `looplab run`'s, bounded slices for an endless loop, Stop, step / step back, tracebacks, JSON.
#include "session/script_session.h"
#include "json_check.h"
#include "seed_2016_script.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace looplab {
namespace {

void run_to_end(script_session& s, int max_frames = 100'000) {
    for (int i = 0; i < max_frames && s.still_running(); ++i) s.advance(16.0);
    s.apply(playback::end);
}

std::string visible_output(const script_session& s) {
    std::string out;
    for (std::size_t i = 0; i < s.printed_visible(); ++i) {
        out += s.current().printed().line(i);
        out += '\n';
    }
    return out;
}

std::size_t spans_in(const script_session& s, std::uint32_t row, const char* state) {
    std::size_t n = 0;
    const run& r = s.current();
    r.index().for_each_span(row, r.visible_events, static_cast<virtual_time>(s.cursor_us()),
                            [&](const visible_span& v) {
                                if (std::string_view{to_string(v.state)} == state && v.end > v.begin) ++n;
                            });
    return n;
}

python::run_config cli_config(const std::string& text, std::uint64_t seed) {
    python::run_config cfg;
    cfg.source = text;
    cfg.filename = "script.py";
    cfg.seed = seed;
    return cfg;
}

TEST(ScriptSession, SeedScriptShowsStaircaseThenNineSleepingTasks) {
    script_session s;
    s.apply(script_load{seed_script});
    run_to_end(s);
    ASSERT_FALSE(s.still_running());
    EXPECT_TRUE(s.at_end());
    const run& r = s.current();
    ASSERT_EQ(r.task_count(), 11u);  // <module>, Task-1 (the main coroutine), Task-2..Task-10
    EXPECT_EQ(s.row_name(1), "<module>");
    EXPECT_EQ(s.row_name(2), "Task-1");
    EXPECT_EQ(s.row_name(11), "Task-10");
    std::size_t module_blocks = 0;  // the staircase: one time.sleep after another holds the loop
    for (const event& e : r.source().events()) module_blocks += e.task == 1 && e.kind == event_kind::blocking;
    EXPECT_EQ(module_blocks, 9u);  // one blocking step per time.sleep, 0 ms ones too (script_timeline_test.cpp)
    std::size_t sleepers = 0;
    for (std::uint32_t row = 3; row <= 11; ++row) sleepers += spans_in(s, row, "sleeping") > 0 ? 1 : 0;
    EXPECT_GE(sleepers, 5u);  // randint(0, 2): some sleep 0 ms
    for (std::uint32_t row = 2; row <= 11; ++row)
        EXPECT_EQ(r.index().state_at(row, r.visible_events), task_state::done);
    EXPECT_EQ(r.printed().size(), 20u);
    EXPECT_EQ(s.status_text(), "Finished at 8 ms of virtual time");
}

TEST(ScriptSession, OutputEqualsLooplabRun) {
    for (std::uint64_t seed : {4902ull, 1ull, 77ull}) {
        script_session s;
        s.apply(script_load{seed_script});
        s.apply(script_start{seed});
        run_to_end(s);
        const python::script_result cli = python::run_to_completion(cli_config(seed_script, seed));
        EXPECT_EQ(visible_output(s), cli.stdout_text) << "seed " << seed;
        EXPECT_EQ(s.script().stderr_text(), cli.stderr_text);
    }
}

TEST(ScriptSession, NewSeedGivesNewDraw) {
    script_session a, b;
    a.apply(script_load{seed_script});
    b.apply(script_load{seed_script});
    b.apply(script_start{12345});
    run_to_end(a);
    run_to_end(b);
    EXPECT_NE(visible_output(a), visible_output(b));
}

TEST(ScriptSession, EndlessLoopRunsInSlicesAndStopsAtTheBudget) {
    script_options o;
    o.instructions_per_advance = 1000;
    o.instruction_budget = 50'000;
    script_session s{o};
    s.apply(script_load{"while True:\n    pass\n"});
    s.advance(16.0);
    EXPECT_TRUE(s.still_running());
    EXPECT_LE(s.script().instructions(), 1000u);
    EXPECT_NE(s.status_text().find("Still running"), std::string::npos);
    run_to_end(s, 1000);
    EXPECT_FALSE(s.still_running());
    EXPECT_FALSE(s.script().stderr_text().empty());
    EXPECT_NE(s.status_text(), "Finished at 0 ms of virtual time");
}

TEST(ScriptSession, StopEndsAnEndlessAsyncProgram) {
    script_options o;
    o.instructions_per_advance = 2000;
    script_session s{o};
    s.apply(
        script_load{"import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(1)\n"
                    "asyncio.run(main())\n"});
    for (int i = 0; i < 20; ++i) s.advance(16.0);
    EXPECT_TRUE(s.still_running());
    EXPECT_GT(s.now_us(), 0);
    s.apply(script_stop{});
    EXPECT_FALSE(s.still_running());
    EXPECT_TRUE(s.stopped());
    EXPECT_NE(s.status_text().find("Stopped"), std::string::npos);
    s.advance(16.0);  // nothing more runs
    EXPECT_FALSE(s.still_running());
}

TEST(ScriptSession, StepAndStepBack) {
    script_session s;
    s.apply(script_load{seed_script});
    s.apply(playback::pause);
    s.apply(playback::step);
    s.apply(playback::step);
    s.apply(playback::step);
    ASSERT_EQ(s.current().visible_events, 3u);
    const double t3 = s.cursor_us();
    s.apply(playback::step);
    s.apply(playback::step_back);
    EXPECT_EQ(s.current().visible_events, 3u);
    EXPECT_EQ(s.cursor_us(), t3);
    s.apply(playback::restart);
    EXPECT_EQ(s.current().visible_events, 0u);
    EXPECT_TRUE(s.playing());
    s.apply(scrub_to{3000.0});
    EXPECT_FALSE(s.playing());
    EXPECT_LE(s.cursor_us(), 3000.0);
}

// Where the stepped row is after every step through the seed script: the staircase at task()'s sleep (line 7),
// the module waiting in run_until_complete (33), Task-1 creating the tasks (24) and waiting (25), each task
// sleeping at its asyncio.sleep (13).
TEST(ScriptSession, TaskLinesFollowTheCursorThroughTheSeedScript) {
    script_session s;
    s.apply(script_load{seed_script});
    run_to_end(s);
    EXPECT_TRUE(s.lines_at_cursor().empty());  // finished: no task is on a line
    s.apply(playback::restart);
    s.apply(playback::pause);
    EXPECT_TRUE(s.lines_at_cursor().empty());  // nothing has happened yet
    std::vector<std::string> trail;
    const std::size_t events = s.current().source().events().size();
    for (std::size_t i = 0; i < events; ++i) {
        s.apply(playback::step);
        const event& e = s.current().source().events()[s.current().visible_events - 1];
        for (const row_line& r : s.lines_at_cursor())
            if (r.row == e.task) trail.push_back(std::to_string(r.row) + ":" + std::to_string(r.line));
    }
    const std::vector<std::string> start = {"1:7", "1:7", "1:7",  "1:7",  "1:7",  "1:7", "1:7",
                                            "1:7", "1:7", "1:33", "2:24", "2:25", "3:13"};
    ASSERT_GT(trail.size(), start.size());
    EXPECT_EQ(std::vector<std::string>(trail.begin(), trail.begin() + 13), start);
    std::size_t task_steps = 0;
    for (std::size_t i = 12; i < trail.size(); ++i) {
        const bool main_task = trail[i].starts_with("2:");
        EXPECT_EQ(trail[i].substr(trail[i].find(':')), main_task ? ":25" : ":13") << i;
        task_steps += main_task ? 0 : 1;
    }
    EXPECT_GE(task_steps, 18u);  // each of the nine tasks runs and sleeps
    EXPECT_EQ(trail.back(), "2:25");  // Task-1 wakes from asyncio.wait where it waited
    s.apply(scrub_to{0.0});
    ASSERT_FALSE(s.lines_at_cursor().empty());
    EXPECT_EQ(s.lines_at_cursor().front().row, 1u);
    EXPECT_EQ(s.lines_at_cursor().front().line, 7);  // t = 0: the first sleep(0) of the staircase
}

TEST(ScriptSession, TracebackWithItsLine) {
    script_session s;
    s.apply(script_load{"print('before')\nx = 1\ny = x / 0\n"});
    run_to_end(s);
    const python::run_error& e = s.script().error();
    ASSERT_TRUE(e.present);
    EXPECT_EQ(e.type, "ZeroDivisionError");
    EXPECT_EQ(e.line, 3);
    EXPECT_NE(e.traceback.find("Traceback (most recent call last):"), std::string::npos);
    EXPECT_EQ(visible_output(s), "before\n");
    EXPECT_NE(s.status_text().find("line 3"), std::string::npos);
}

// CPython prints asyncio.sleep's own frame (`File ".../asyncio/tasks.py", line N, in sleep`) under the frame that
// awaits it; LoopLab's native sleep keeps an equivalent library frame line.
TEST(ScriptSession, TracebackThroughAsyncioSleepKeepsTheSleepFrame) {
    script_session s;
    s.apply(
        script_load{"import asyncio\n\nasync def sleeper():\n    await asyncio.sleep(0.05)\n\n"
                    "async def main():\n    t = asyncio.create_task(sleeper())\n    await asyncio.sleep(0.01)\n"
                    "    t.cancel()\n    await t\n\nasyncio.run(main())\n"});
    run_to_end(s);
    const python::run_error& e = s.script().error();
    ASSERT_TRUE(e.present);
    EXPECT_EQ(e.type, "CancelledError");
    ASSERT_GE(e.frames.size(), 2u);
    EXPECT_EQ(e.frames.back().function, "sleep");
    EXPECT_TRUE(e.frames.back().library);
    EXPECT_EQ(e.frames[e.frames.size() - 2].function, "sleeper");
    EXPECT_EQ(e.frames[e.frames.size() - 2].line, 4);
    const auto sleeper_at = e.traceback.find("line 4, in sleeper\n    await asyncio.sleep(0.05)\n");
    ASSERT_NE(sleeper_at, std::string::npos);
    EXPECT_NE(e.traceback.find("  File \"<LoopLab asyncio>\", line ", sleeper_at), std::string::npos);
    EXPECT_NE(e.traceback.find(", in sleep\nasyncio.exceptions.CancelledError", sleeper_at), std::string::npos)
        << e.traceback;
}

// The 2016 dialect's note (asyncio.async is spelled ensure_future / create_task today) is given while compiling,
// so the output's one list has it first, before 'Synchronous:' and every 'Task N done', at any cursor.
TEST(ScriptSession, TheCompileTimeNoteComesBeforeEveryPrintedLine) {
    script_session s;
    s.apply(script_load{seed_script});
    run_to_end(s);
    const auto warnings = s.script().warnings();
    ASSERT_GE(warnings.size(), 1u) << s.script().stderr_text();
    EXPECT_EQ(warnings[0].kind, python::warning_kind::note);
    EXPECT_NE(warnings[0].text.find("ensure_future"), std::string::npos) << warnings[0].text;
    EXPECT_EQ(s.source().compile_notes(), 1u);
    ASSERT_GT(s.printed_visible(), 0u);
    const std::vector<output_warning> at_end = s.warnings_visible();
    ASSERT_FALSE(at_end.empty());
    EXPECT_EQ(at_end[0].warning, 0u);
    EXPECT_EQ(at_end[0].printed_before, 0u);
    const auto v = testing::parse_json("{" + script_state_json_members(s) + "}");
    ASSERT_TRUE(v.has_value());
    const testing::json_value& first = v->find("output_warnings")->items.at(0);
    EXPECT_EQ(first.items.at(0).number, 0.0);
    EXPECT_EQ(first.items.at(1).number, 0.0);
    // Paused at a cursor after some printed lines, and at t = 0: still first.
    s.apply(scrub_to{1000.0});
    ASSERT_GT(s.printed_visible(), 1u);
    ASSERT_FALSE(s.warnings_visible().empty());
    EXPECT_EQ(s.warnings_visible()[0].warning, 0u);
    EXPECT_EQ(s.warnings_visible()[0].printed_before, 0u);
    s.apply(scrub_to{0.0});
    ASSERT_FALSE(s.warnings_visible().empty());
    EXPECT_EQ(s.warnings_visible()[0].printed_before, 0u);
}

// A runtime warning is no compile note: it stays where its step ended, after the lines printed before it.
TEST(ScriptSession, ARuntimeWarningIsNotACompileNote) {
    script_session s;
    s.apply(
        script_load{"import asyncio, time\n"
                    "async def main():\n"
                    "    print('before')\n"
                    "    time.sleep(0.2)\n"
                    "asyncio.run(main())\n"});
    run_to_end(s);
    EXPECT_EQ(s.source().compile_notes(), 0u);
    const std::vector<output_warning> w = s.warnings_visible();
    ASSERT_EQ(w.size(), 1u) << s.script().stderr_text();
    EXPECT_EQ(w[0].printed_before, 1u);
}

TEST(ScriptSession, StateJsonParses) {
    script_session s;
    EXPECT_TRUE(testing::parse_json("{" + script_state_json_members(s) + "}").has_value());
    s.apply(script_load{seed_script});
    run_to_end(s);
    const auto v = testing::parse_json("{" + script_state_json_members(s) + "}");
    ASSERT_TRUE(v.has_value());
    const testing::json_value* tasks = v->find("tasks");
    ASSERT_NE(tasks, nullptr);
    EXPECT_EQ(tasks->items.size(), 11u);
    const testing::json_value* printed = v->find("printed");
    ASSERT_NE(printed, nullptr);
    EXPECT_EQ(printed->items.size(), 20u);
}

}  // namespace
}  // namespace looplab
