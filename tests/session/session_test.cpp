// session_test.cpp — the session's rules on the session alone (no ImGui): a change restarts both runs at t = 0,
// step and scrub give the same state as playing, the version bumps once per change, the blocking warning appears
// exactly for blocking runs, step back returns to exactly the previous state.
#include "session/session.h"

#include "session/host.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

namespace looplab {
namespace {

session_settings settings_of(std::uint32_t tasks, std::uint32_t limit = 0, std::vector<std::uint32_t> block = {}) {
    session_settings s;
    s.experiment.task_count = tasks;
    s.experiment.limit = limit;
    s.experiment.blocking_tasks = std::move(block);
    s.scale = 50.0;
    return s;
}

// What the runs show at the cursor.
struct shown {
    std::vector<std::size_t> visible_events;
    std::vector<std::size_t> finished;
    std::vector<std::size_t> printed;
    std::string warning;
    friend bool operator==(const shown&, const shown&) = default;
};

shown shown_by(const session& s) {
    shown out;
    for (const run& r : s.runs()) {
        out.visible_events.push_back(r.visible_events);
        out.finished.push_back(r.finished());
        out.printed.push_back(r.printed_before_cursor());
    }
    out.warning = s.blocking_warning();
    return out;
}

bool only_time_zero_is_visible(const session& s) {
    for (const run& r : s.runs())
        for (std::size_t i = 0; i < r.visible_events; ++i)
            if (r.source().events()[i].time != 0) return false;
    return true;
}

TEST(session, a_change_restarts_both_runs_at_t_zero) {
    session s{settings_of(20)};
    for (int i = 0; i < 30; ++i) s.advance(16.0);
    ASSERT_GT(s.cursor_us(), 0.0);
    const std::uint64_t generation = s.generation();
    s.apply(change_settings{settings_of(25), {}});
    EXPECT_EQ(s.cursor_us(), 0.0);
    EXPECT_TRUE(s.playing());
    EXPECT_EQ(s.generation(), generation + 1);
    ASSERT_EQ(s.runs().size(), 2u);
    for (const run& r : s.runs()) {
        EXPECT_EQ(r.task_count(), 25u);
        EXPECT_EQ(r.finished(), 0u);
        EXPECT_TRUE(only_time_zero_is_visible(s));
    }
    s.advance(16.0);
    EXPECT_GT(s.cursor_us(), 0.0) << "and plays on from there";
}

TEST(session, scrubbing_to_any_time_shows_what_playing_showed_there) {
    session played{settings_of(40, 3, {5})};
    session scrubbed{settings_of(40, 3, {5})};
    int frames = 0;
    while (played.playing() && frames++ < 10'000) {
        played.advance(16.0);
        scrubbed.apply(scrub_to{played.cursor_us()});
        ASSERT_EQ(shown_by(scrubbed), shown_by(played)) << "at " << played.cursor_us();
    }
    EXPECT_TRUE(played.all_done_at_cursor());
}

TEST(session, stepping_through_shows_at_each_instant_what_scrubbing_there_shows) {
    session stepped{settings_of(30, 0, {4})};
    session scrubbed{settings_of(30, 0, {4})};
    stepped.apply(playback::pause);
    int steps = 0;
    while (!stepped.all_done_at_cursor() && steps++ < 10'000) {
        stepped.apply(playback::step);
        // Once every event at the cursor's instant is shown, the step state is the scrub state.
        const auto t = static_cast<virtual_time>(stepped.cursor_us());
        bool instant_complete = true;
        for (const run& r : stepped.runs()) {
            const auto events = r.source().events();
            if (r.visible_events < events.size() && events[r.visible_events].time <= t) instant_complete = false;
            const auto next = r.source().next_event_time();  // not recorded yet: the step pumps when it gets there
            if (r.visible_events == events.size() && next && *next <= t) instant_complete = false;
        }
        if (!instant_complete) continue;
        scrubbed.apply(scrub_to{stepped.cursor_us()});
        const shown a = shown_by(scrubbed), b = shown_by(stepped);
        ASSERT_EQ(a.visible_events, b.visible_events) << "at " << t;
        ASSERT_EQ(a.finished, b.finished) << "at " << t;
        ASSERT_EQ(a.printed, b.printed) << "at " << t;
        ASSERT_EQ(a.warning, b.warning) << "at " << t;
    }
    session played{settings_of(30, 0, {4})};
    while (played.playing()) played.advance(16.0);
    EXPECT_EQ(shown_by(stepped), shown_by(played)) << "the end is the same however it was reached";
    EXPECT_FALSE(stepped.playing());
}

TEST(session, the_settings_version_bumps_exactly_once_per_change) {
    session s;
    std::uint64_t v = s.settings_version();
    s.apply(change_settings{settings_of(12), {}});
    EXPECT_EQ(s.settings_version(), ++v);
    session_settings corrected = settings_of(0);  // validate_params makes it 1: still one change
    s.apply(change_settings{corrected, {}});
    EXPECT_EQ(s.settings_version(), ++v);
    EXPECT_EQ(s.plan().delays.size(), 1u);
    s.apply(set_scale{123.0});
    EXPECT_EQ(s.settings_version(), ++v);
    s.apply(fit_scale{});
    EXPECT_EQ(s.settings_version(), ++v);
    s.apply(load_settings{settings_of(7), {}});  // a link as it is: nothing to rewrite
    EXPECT_EQ(s.settings_version(), v);
    s.apply(load_settings{settings_of(0), {}});  // a link that had to be corrected
    EXPECT_EQ(s.settings_version(), ++v);
    for (const playback verb : {playback::play, playback::pause, playback::step, playback::step_back, playback::restart,
                                playback::end, playback::toggle})
        s.apply(verb);
    s.apply(scrub_to{10.0});
    s.apply(show_notice{"hello"});
    s.apply(export_report{report::trace_download});
    EXPECT_EQ(s.settings_version(), v) << "playback, notices and reports are no changes";
}

TEST(session, the_blocking_warning_appears_exactly_for_blocking_runs) {
    for (std::uint64_t seed = 1; seed <= 12; ++seed) {
        for (const bool blocking : {false, true}) {
            session_settings settings =
                settings_of(6, 0, blocking ? std::vector<std::uint32_t>{2} : std::vector<std::uint32_t>{});
            settings.experiment.seed = seed;
            session s{settings};
            EXPECT_TRUE(s.blocking_warning().empty()) << "nothing has run yet";
            s.apply(playback::end);
            const bool holds_the_loop = blocking && s.plan().delays[1] > 0;
            EXPECT_EQ(!s.blocking_warning().empty(), holds_the_loop) << "seed " << seed;
            if (holds_the_loop) {
                EXPECT_NE(s.blocking_warning().find("name='Task-3'"), std::string::npos) << s.blocking_warning();
                EXPECT_GT(s.blocking_python_line(), 0);
            }
            s.apply(scrub_to{0.0});
            EXPECT_TRUE(s.blocking_warning().empty()) << "scrubbed back before the block";
        }
    }
}

TEST(session, step_back_returns_to_exactly_the_previous_state) {
    session s{settings_of(15, 2, {3})};
    for (int i = 0; i < 5; ++i) s.advance(16.0);
    s.apply(playback::pause);
    std::vector<cursor_state> before;
    std::vector<shown> shown_before;
    for (int i = 0; i < 25; ++i) {
        ASSERT_FALSE(s.all_done_at_cursor()) << "every step shows one more event";
        before.push_back(s.cursor());
        shown_before.push_back(shown_by(s));
        s.apply(playback::step);
    }
    for (int i = 24; i >= 0; --i) {
        s.apply(playback::step_back);
        ASSERT_EQ(s.cursor(), before[static_cast<std::size_t>(i)]) << "step " << i;
        ASSERT_EQ(shown_by(s), shown_before[static_cast<std::size_t>(i)]) << "step " << i;
        EXPECT_FALSE(s.playing());
    }
}

TEST(session, step_back_after_a_scrub_hides_the_latest_event_and_a_step_shows_it_again) {
    session s{settings_of(15)};
    s.apply(scrub_to{1500.0});
    const shown at_scrub = shown_by(s);
    s.apply(playback::step_back);
    std::size_t total_before = 0, total_after = 0;
    for (std::size_t v : at_scrub.visible_events) total_before += v;
    for (const run& r : s.runs()) total_after += r.visible_events;
    EXPECT_EQ(total_after + 1, total_before);
    s.apply(playback::step);
    EXPECT_EQ(shown_by(s).visible_events, at_scrub.visible_events);
}

TEST(session, reports_need_no_ui_and_the_cursor_stays) {
    session s{settings_of(12, 3)};
    s.advance(16.0);
    const cursor_state cursor = s.cursor();
    const std::string trace = s.trace_json();
    EXPECT_NE(trace.find("\"traceEvents\""), std::string::npos);
    EXPECT_NE(trace.find("Concurrent lane (asyncio gather)"), std::string::npos);
    EXPECT_EQ(s.cursor(), cursor);
    session other{settings_of(12, 3)};
    while (other.playing()) other.advance(16.0);
    EXPECT_EQ(other.trace_json(), trace) << "the trace is the run's, however far it was played";
    s.apply(export_report{report::console_to_clipboard});
    s.apply(export_report{report::trace_download});
    const auto requests = s.take_host_requests();
    ASSERT_EQ(requests.size(), 2u);
    EXPECT_TRUE(requests[0].text.starts_with("Synchronous:\nTask 1 done\n"));
    EXPECT_EQ(requests[1].filename, "looplab-trace-12-tasks-seed-4902.json");
    EXPECT_EQ(requests[1].text, trace);
}

TEST(session, announcements_are_queued_for_the_host) {
    session s{settings_of(9)};
    while (s.playing()) s.advance(16.0);
    std::vector<std::string> lines;
    deliver(s, session_host{.announce = [&](std::string_view line) { lines.emplace_back(line); }});
    EXPECT_FALSE(lines.empty());
    EXPECT_TRUE(lines.back().starts_with("Speedup: ")) << lines.back();
    EXPECT_TRUE(s.take_announcements().empty());
}

TEST(session, owns_the_script_view_and_advances_it_without_moving_the_lanes) {
    session s{settings_of(9)};
    s.apply(playback::pause);
    const cursor_state lanes = s.cursor();
    s.apply(
        script_view_command{script_load{"import asyncio\nasync def main():\n    await asyncio.sleep(0.001)\n"
                                        "    print('woke')\nasyncio.run(main())\n"}});
    EXPECT_TRUE(s.script().has_run());
    for (int i = 0; i < 1000 && !s.script().at_end(); ++i) s.advance(16.0);
    EXPECT_TRUE(s.script().at_end());
    ASSERT_EQ(s.script().printed_visible(), 1u);
    EXPECT_EQ(s.script().current().printed().line(0), "woke");
    EXPECT_EQ(s.cursor(), lanes) << "the lanes stay paused where they were";
    s.apply(script_view_command{playback::step_back});
    EXPECT_FALSE(s.script().at_end());
    s.apply(script_view_command{script_stop{}});
    EXPECT_FALSE(s.script().still_running());
}

}  // namespace
}  // namespace looplab
