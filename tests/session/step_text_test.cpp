// Tests of the step line: each step reveals one event and says what it was; step back restores the line before.
#include "session/step_text.h"
#include "session/session.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace looplab {
namespace {

TEST(step_text, events_read_as_sentences) {
    const std::vector<event> events = {
        {.time = 0, .arg = 1000, .task = 3, .kind = event_kind::sleeping},
        {.time = 1000, .arg = 0, .task = 3, .kind = event_kind::ready},
        {.time = 2000, .arg = 0, .task = 2, .kind = event_kind::finished},
    };
    EXPECT_EQ(describe_event(events, 0), "t = 0.000 ms: Task 3 sleeps 1 ms (awaits asyncio.sleep)");
    EXPECT_EQ(describe_event(events, 1), "t = 1.000 ms: Task 3 wakes up (its 1 ms sleep ended)");
    EXPECT_EQ(describe_event(events, 2), "t = 2.000 ms: Task 2 done");
    EXPECT_EQ(describe_event(events, 3), "");
}

TEST(step_text, every_step_reveals_one_event_with_its_line_and_step_back_undoes_it_exactly) {
    session s;
    s.apply(playback::restart);
    s.apply(playback::pause);
    std::vector<cursor_state> cursors{s.cursor()};
    std::vector<std::string> lines{s.step_line()};
    std::size_t total = 0;
    for (int guard = 0; guard < 100000 && !s.all_done_at_cursor(); ++guard) {
        std::size_t before = 0;
        for (const run& r : s.runs()) before += r.visible_events;
        s.apply(playback::step);
        std::size_t after = 0;
        for (const run& r : s.runs()) after += r.visible_events;
        ASSERT_EQ(after, before + 1) << "one event per step";
        ASSERT_FALSE(s.step_line().empty());
        cursors.push_back(s.cursor());
        lines.push_back(s.step_line());
        ++total;
    }
    EXPECT_GT(total, 18u);
    while (cursors.size() > 1) {
        cursors.pop_back();
        lines.pop_back();
        s.apply(playback::step_back);
        ASSERT_EQ(s.cursor(), cursors.back());
        ASSERT_EQ(s.step_line(), lines.back());
    }
}

}  // namespace
}  // namespace looplab
