// script_timeline_test.cpp — what the Script view's timeline says about each task: the seed's staircase of blocking
// steps then nine tasks sleeping side by side, what a waiting task waits on, warnings with their moment and row, and
// the error's frames, all through the session's one span derivation and its state JSON.
#include "json_check.h"
#include "seed_2016_script.h"
#include "session/script_session.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace looplab {
namespace {

void run_to_end(script_session& s) {
    for (int i = 0; i < 100'000 && s.still_running(); ++i) s.advance(16.0);
    s.apply(playback::end);
}

struct span_text {
    std::string state;
    virtual_time begin = 0;
    virtual_time end = 0;
    std::string waits_on;  // "" unless waiting
    friend bool operator==(const span_text&, const span_text&) = default;
    friend std::ostream& operator<<(std::ostream& o, const span_text& s) {
        return o << s.state << " [" << s.begin << ", " << s.end << ") " << s.waits_on;
    }
};

// A row's spans at the end, zero-length ready/running instants left out.
std::vector<span_text> spans_of(const script_session& s, std::uint32_t row) {
    std::vector<span_text> out;
    const run& r = s.current();
    r.index().for_each_span(row, r.visible_events, s.now_us(), [&](const visible_span& v) {
        if (v.end == v.begin && (v.state == task_state::ready || v.state == task_state::running)) return;
        std::string on;
        if (v.state == task_state::waiting)
            on = v.waits_on == wait_target::task ? s.row_name(v.waits_on_task) : to_string(v.waits_on);
        out.push_back(span_text{to_string(v.state), v.begin, v.end, on});
    });
    return out;
}

std::vector<span_text> spans_after_run(const std::string& script, std::uint32_t row) {
    script_session s;
    s.apply(script_load{script});
    run_to_end(s);
    EXPECT_FALSE(s.script().error().present) << s.script().stderr_text();
    return spans_of(s, row);
}

// The waits_on labels of a row's waiting spans, in order.
std::vector<std::string> waits_of(const std::string& script, std::uint32_t row) {
    std::vector<std::string> out;
    for (const span_text& t : spans_after_run(script, row))
        if (t.state == "waiting") out.push_back(t.waits_on);
    return out;
}

TEST(ScriptTimeline, SeedScriptIsAStaircaseOfBlockingStepsThenNineTasksSleepingSideBySide) {
    script_session s;  // seed 4902, the default
    s.apply(script_load{seed_script});
    run_to_end(s);
    // The delays CPython 3.11 draws: python3 -c "import random; random.seed(4902);
    // print([random.randint(0, 2) for _ in range(18)])" prints [0, 1, 2, 0, 0, 0, 1, 0, 2, 2, 1, 1, 2, 1, 2, 2, 0, 2]:
    // the first nine are synchronous()'s time.sleep calls, the next nine the tasks' asyncio.sleep calls.
    const std::vector<span_text> module = spans_of(s, 1);
    const std::vector<span_text> staircase = {{"blocking", 0, 0, ""},       {"blocking", 0, 1000, ""},
                                              {"blocking", 1000, 3000, ""}, {"blocking", 3000, 3000, ""},
                                              {"blocking", 3000, 3000, ""}, {"blocking", 3000, 3000, ""},
                                              {"blocking", 3000, 4000, ""}, {"blocking", 4000, 4000, ""},
                                              {"blocking", 4000, 6000, ""}, {"waiting", 6000, 8000, "Task-1"}};
    EXPECT_EQ(module, staircase);
    // Task-1 (row 2, asynchronous()) waits in asyncio.wait while Task-2..Task-10 sleep from 6 ms side by side.
    EXPECT_EQ(spans_of(s, 2), (std::vector<span_text>{{"waiting", 6000, 8000, "wait"}, {"done", 8000, 8000, ""}}));
    // The state JSON says the same: the module waits on row 2 (Task-1), which waits in asyncio.wait.
    const auto v = testing::parse_json("{" + script_state_json_members(s) + "}");
    ASSERT_TRUE(v.has_value());
    const auto& rows = v->find("tasks")->items;
    const auto& module_spans = rows.at(0).find("spans")->items;  // ..., waiting, then running on after the loop
    ASSERT_GE(module_spans.size(), 2u);
    EXPECT_EQ(module_spans.back().find("state")->text, "running");
    const testing::json_value& module_wait = module_spans[module_spans.size() - 2];
    EXPECT_EQ(module_wait.find("state")->text, "waiting");
    EXPECT_EQ(module_wait.find("waits_on")->text, "task");
    EXPECT_EQ(module_wait.find("waits_on_row")->number, 2.0);
    bool main_waits_in_wait = false;
    for (const testing::json_value& span : rows.at(1).find("spans")->items)
        main_waits_in_wait |= span.find("state")->text == "waiting" && span.find("waits_on")->text == "wait";
    EXPECT_TRUE(main_waits_in_wait);
    const int sleep_ms[9] = {2, 1, 1, 2, 1, 2, 2, 0, 2};
    for (std::uint32_t pid = 1; pid <= 9; ++pid) {
        const std::vector<span_text> spans = spans_of(s, pid + 2);
        const virtual_time wake = 6000 + sleep_ms[pid - 1] * 1000;
        if (sleep_ms[pid - 1] == 0) {
            EXPECT_EQ(spans, (std::vector<span_text>{{"done", 6000, 8000, ""}})) << "Task " << pid;
        } else {
            EXPECT_EQ(spans, (std::vector<span_text>{{"sleeping", 6000, wake, ""}, {"done", wake, 8000, ""}}))
                << "Task " << pid;
        }
    }
}

TEST(ScriptTimeline, AWaitingTaskSaysWhatItWaitsOn) {
    const std::string head = "import asyncio\n";
    EXPECT_EQ(waits_of(head + "async def main():\n"
                              "    q = asyncio.Queue()\n"
                              "    async def later():\n"
                              "        await asyncio.sleep(0.001)\n"
                              "        await q.put(1)\n"
                              "    asyncio.create_task(later())\n"
                              "    await q.get()\n"
                              "asyncio.run(main())\n",
                       2),
              (std::vector<std::string>{"Queue.get"}));
    EXPECT_EQ(waits_of(head + "async def main():\n"
                              "    q = asyncio.Queue(1)\n"
                              "    await q.put(0)\n"
                              "    async def later():\n"
                              "        await asyncio.sleep(0.001)\n"
                              "        q.get_nowait()\n"
                              "    asyncio.create_task(later())\n"
                              "    await q.put(1)\n"
                              "asyncio.run(main())\n",
                       2),
              (std::vector<std::string>{"Queue.put"}));
    EXPECT_EQ(waits_of(head + "async def hold(lock):\n"
                              "    async with lock:\n"
                              "        await asyncio.sleep(0.001)\n"
                              "async def main():\n"
                              "    lock = asyncio.Lock()\n"
                              "    t = asyncio.create_task(hold(lock))\n"
                              "    await asyncio.sleep(0)\n"
                              "    async with lock:\n"
                              "        pass\n"
                              "    await t\n"
                              "asyncio.run(main())\n",
                       2),
              (std::vector<std::string>{"Lock.acquire"}));
    EXPECT_EQ(waits_of(head + "async def main():\n"
                              "    sem = asyncio.Semaphore(0)\n"
                              "    ev = asyncio.Event()\n"
                              "    async def later():\n"
                              "        await asyncio.sleep(0.001)\n"
                              "        sem.release()\n"
                              "        await asyncio.sleep(0.001)\n"
                              "        ev.set()\n"
                              "    t = asyncio.create_task(later())\n"
                              "    async with sem:\n"
                              "        pass\n"
                              "    await ev.wait()\n"
                              "    await t\n"
                              "asyncio.run(main())\n",
                       2),
              (std::vector<std::string>{"Semaphore.acquire", "Event.wait"}));
    EXPECT_EQ(waits_of(head + "async def work(d):\n"
                              "    await asyncio.sleep(d)\n"
                              "async def main():\n"
                              "    await asyncio.gather(work(0.001), work(0.002))\n"
                              "    t = asyncio.create_task(work(0.001))\n"
                              "    await t\n"
                              "    try:\n"
                              "        await asyncio.wait_for(work(1), 0.001)\n"
                              "    except asyncio.TimeoutError:\n"
                              "        pass\n"
                              "    async with asyncio.TaskGroup() as tg:\n"
                              "        tg.create_task(work(0.001))\n"
                              "asyncio.run(main())\n",
                       2),
              // wait_for waits twice: for the result, then, timed out, for the cancelled task to end.
              (std::vector<std::string>{"gather", "Task-4", "wait_for", "wait_for", "TaskGroup"}));
}

TEST(ScriptTimeline, WarningsHaveTheirMomentAndTheirRow) {
    script_session s;
    s.apply(
        script_load{"import asyncio, time\n"
                    "async def slow():\n"
                    "    await asyncio.sleep(0.001)\n"
                    "    time.sleep(0.2)\n"
                    "async def boom():\n"
                    "    raise ValueError('x')\n"
                    "async def never():\n"
                    "    pass\n"
                    "async def main():\n"
                    "    asyncio.create_task(boom())\n"
                    "    await asyncio.create_task(slow())\n"
                    "    never()\n"
                    "asyncio.run(main())\n"});
    run_to_end(s);
    const auto warnings = s.script().warnings();
    ASSERT_EQ(warnings.size(), 3u) << s.script().stderr_text();
    // slow() is Task-3 (row 4): its step from 1 ms held the loop 200 ms.
    EXPECT_EQ(warnings[0].kind, python::warning_kind::slow_step);
    EXPECT_EQ(warnings[0].task + 1, 4u);
    EXPECT_EQ(warnings[0].time, 201'000);
    // never() is dropped un-awaited by main (Task-1, row 2).
    EXPECT_EQ(warnings[1].kind, python::warning_kind::never_awaited);
    EXPECT_EQ(warnings[1].task + 1, 2u);
    EXPECT_EQ(warnings[1].time, 201'000);
    // boom() (Task-2, row 3) failed and nobody asked.
    EXPECT_EQ(warnings[2].kind, python::warning_kind::never_retrieved);
    EXPECT_EQ(warnings[2].task + 1, 3u);
    const auto v = testing::parse_json("{" + script_state_json_members(s) + "}");
    ASSERT_TRUE(v.has_value());
    const testing::json_value& w = v->find("warnings")->items.at(0);
    EXPECT_EQ(w.find("row")->number, 4.0);
    EXPECT_EQ(w.find("kind")->text, "slow_step");
    EXPECT_EQ(w.find("time_us")->number, 201000.0);
}

TEST(ScriptTimeline, TheErrorHasItsFramesAndASyntaxErrorItsColumn) {
    script_session s;
    s.apply(script_load{"def inner():\n    return 1 / 0\n\ndef outer():\n    inner()\n\nouter()\n"});
    run_to_end(s);
    const auto v = testing::parse_json("{" + script_state_json_members(s) + "}");
    ASSERT_TRUE(v.has_value());
    const testing::json_value* e = v->find("error");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->find("type")->text, "ZeroDivisionError");
    const auto& frames = e->find("frames")->items;
    ASSERT_EQ(frames.size(), 3u);
    EXPECT_EQ(frames[0].find("function")->text, "<module>");
    EXPECT_EQ(frames[0].find("line")->number, 7.0);
    EXPECT_EQ(frames[1].find("function")->text, "outer");
    EXPECT_EQ(frames[1].find("line")->number, 5.0);
    EXPECT_EQ(frames[2].find("function")->text, "inner");
    EXPECT_EQ(frames[2].find("line")->number, 2.0);

    // CPython 3.11: `x = (1,\n` ends in "SyntaxError: '(' was never closed" at line 1, offset 5.
    s.apply(script_load{"x = (1,\n"});
    run_to_end(s);
    const auto w = testing::parse_json("{" + script_state_json_members(s) + "}");
    ASSERT_TRUE(w.has_value());
    EXPECT_EQ(w->find("error")->find("line")->number, 1.0);
    EXPECT_EQ(w->find("error")->find("col")->number, 5.0);
    EXPECT_TRUE(w->find("error")->find("syntax")->boolean);
}

TEST(ScriptTimeline, ADeepRecursionKeepsBothEndsOfItsFrames) {
    script_session s;
    s.apply(script_load{"def f(n):\n    return f(n + 1)\n\nf(0)\n"});
    run_to_end(s);
    const python::run_error& e = s.script().error();
    ASSERT_EQ(e.type, "RecursionError");
    EXPECT_EQ(e.frames.size(), 64u);
    EXPECT_GT(e.frames_omitted, 900u);
    EXPECT_EQ(e.frames.front().function, "<module>");
    EXPECT_EQ(e.frames.back().function, "f");
    EXPECT_EQ(e.frames.back().line, 2);
}

TEST(ScriptTimeline, HugeRepeatsAreMemoryErrorsOnA32BitSizeTooNotACrash) {
    // Under node (wasm, 32-bit size_t) the byte counts of these overflow size_t; they must still be MemoryErrors.
    for (const char* text : {"x = [0] * 10**9\n", "s = 'abc' * (2**31)\n", "t = (1, 2) * (2**40)\n"}) {
        script_session s;
        s.apply(script_load{text});
        run_to_end(s);
        EXPECT_EQ(s.script().error().type, "MemoryError") << text;
        EXPECT_EQ(s.status_text(), "Ended with MemoryError at line 1") << text;
    }
}

TEST(ScriptTimeline, BlockingPastTheClocksEndIsAnOverflowErrorNotAWrappedClock) {
    // Each step holds the loop 39**6 s (~1.1e5 years); the clock ends at 2**63 us, so the 2,622nd call fails.
    script_session s;
    s.apply(script_load{"import time\nwhile True:\n    time.sleep(39**6)\n"});
    run_to_end(s);
    EXPECT_EQ(s.script().error().type, "OverflowError");
    EXPECT_EQ(s.script().error().line, 3);
    EXPECT_EQ(s.script().error().message.rfind("sleep length is too large", 0), 0u) << s.script().error().message;
    EXPECT_GE(s.now_us(), virtual_time{2621} * 3'518'743'761'000'000) << "the clock went back or wrapped";
}

TEST(ScriptTimeline, InvalidUtf8BytesAreCPythonsSyntaxError) {
    // CPython 3.11 on a file holding `print("a\xff b")`: "SyntaxError: Non-UTF-8 code starting with '\xff' in file
    // /tmp/bad_utf8.py on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details".
    script_session s;
    s.apply(script_load{"print('ok')\nprint(\"a\xff b\")\n"});
    run_to_end(s);
    const python::run_error& e = s.script().error();
    EXPECT_EQ(e.type, "SyntaxError");
    EXPECT_EQ(e.line, 2);
    EXPECT_EQ(e.message,
              "Non-UTF-8 code starting with '\\xff' in file script.py on line 2, but no encoding declared; "
              "see https://peps.python.org/pep-0263/ for details");
    EXPECT_EQ(s.status_text().rfind("SyntaxError at line 2: Non-UTF-8 code starting with '\\xff'", 0), 0u);
}

}  // namespace
}  // namespace looplab
