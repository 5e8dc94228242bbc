// script_command_text_test.cpp — the looplab_command hook's "script:" verbs become the Script view's typed commands;
// bad ones give a notice and change nothing.
#include "app/text/script_command_text.h"

#include <gtest/gtest.h>

#include <string>

namespace looplab::app {
namespace {

void run_all(script_session& s) {
    for (int i = 0; i < 10'000 && s.still_running(); ++i) s.advance(16.0);
}

TEST(ScriptCommandText, LoadRunStepBackEndAndStop) {
    script_session s;
    std::string notice;
    EXPECT_TRUE(is_script_command("script:run"));
    EXPECT_FALSE(is_script_command("play"));
    ASSERT_TRUE(run_script_command_text(s, 7, "script:load:print('a')\nprint('b:c')\n", notice));
    EXPECT_EQ(s.text(), "print('a')\nprint('b:c')\n");
    EXPECT_EQ(s.seed(), 7u);
    run_all(s);
    ASSERT_TRUE(run_script_command_text(s, 7, "script:end", notice));
    EXPECT_EQ(s.printed_visible(), 2u);
    ASSERT_TRUE(run_script_command_text(s, 9, "script:run", notice));
    EXPECT_EQ(s.seed(), 9u);
    EXPECT_TRUE(run_script_command_text(s, 9, "script:step", notice));
    EXPECT_TRUE(run_script_command_text(s, 9, "script:step_back", notice));
    EXPECT_TRUE(run_script_command_text(s, 9, "script:restart", notice));
    EXPECT_TRUE(run_script_command_text(s, 9, "script:scrub:0", notice));
    EXPECT_TRUE(run_script_command_text(s, 9, "script:example:blocking", notice));
    EXPECT_NE(s.text().find("time.sleep"), std::string::npos);
    EXPECT_TRUE(run_script_command_text(s, 9, "script:load:while True:\n    pass\n", notice));
    s.advance(16.0);
    EXPECT_TRUE(s.still_running());
    EXPECT_TRUE(run_script_command_text(s, 9, "script:stop", notice));
    EXPECT_FALSE(s.still_running());
    EXPECT_TRUE(notice.empty());
}

TEST(ScriptCommandText, BadVerbsGiveANotice) {
    script_session s;
    std::string notice;
    EXPECT_FALSE(run_script_command_text(s, 1, "script:fly", notice));
    EXPECT_NE(notice.find("unknown command"), std::string::npos);
    EXPECT_FALSE(run_script_command_text(s, 1, "script:scrub:soon", notice));
    EXPECT_NE(notice.find("not a time"), std::string::npos);
    EXPECT_FALSE(run_script_command_text(s, 1, "script:example:nope", notice));
    EXPECT_NE(notice.find("unknown name"), std::string::npos);
    EXPECT_FALSE(s.has_run());
}

}  // namespace
}  // namespace looplab::app
