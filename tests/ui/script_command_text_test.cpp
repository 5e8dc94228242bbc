// script_command_text_test.cpp — the looplab_command hook's "script:" verbs become the Script view's typed commands;
// bad ones give a notice and change nothing.
#include "app/text/script_command_text.h"

#include <gtest/gtest.h>

#include <string>

namespace looplab::app {
namespace {

void run_all(session& model) {
    for (int i = 0; i < 10'000 && model.script().still_running(); ++i) model.advance(16.0);
}

session_settings with_seed(std::uint64_t seed) {
    session_settings settings;
    settings.experiment.seed = seed;
    return settings;
}

TEST(ScriptCommandText, LoadRunStepBackEndAndStop) {
    session model{with_seed(7)};
    const script_session& s = model.script();
    std::string notice;
    EXPECT_TRUE(is_script_command("script:run"));
    EXPECT_FALSE(is_script_command("play"));
    ASSERT_TRUE(run_script_command_text(model, "script:load:print('a')\nprint('b:c')\n", notice));
    EXPECT_EQ(s.text(), "print('a')\nprint('b:c')\n");
    EXPECT_EQ(s.seed(), 7u);
    run_all(model);
    ASSERT_TRUE(run_script_command_text(model, "script:end", notice));
    EXPECT_EQ(s.printed_visible(), 2u);
    model.apply(change_settings{with_seed(9), {}});  // the page's seed: Run takes it
    ASSERT_TRUE(run_script_command_text(model, "script:run", notice));
    EXPECT_EQ(s.seed(), 9u);
    EXPECT_TRUE(run_script_command_text(model, "script:step", notice));
    EXPECT_TRUE(run_script_command_text(model, "script:step_back", notice));
    EXPECT_TRUE(run_script_command_text(model, "script:restart", notice));
    EXPECT_TRUE(run_script_command_text(model, "script:scrub:0", notice));
    EXPECT_TRUE(run_script_command_text(model, "script:example:blocking", notice));
    EXPECT_NE(s.text().find("time.sleep"), std::string::npos);
    EXPECT_TRUE(run_script_command_text(model, "script:load:while True:\n    pass\n", notice));
    model.advance(16.0);
    EXPECT_TRUE(s.still_running());
    EXPECT_TRUE(run_script_command_text(model, "script:stop", notice));
    EXPECT_FALSE(s.still_running());
    EXPECT_TRUE(notice.empty());
}

TEST(ScriptCommandText, BadVerbsGiveANotice) {
    session model;
    const script_session& s = model.script();
    std::string notice;
    EXPECT_FALSE(run_script_command_text(model, "script:fly", notice));
    EXPECT_NE(notice.find("unknown command"), std::string::npos);
    EXPECT_FALSE(run_script_command_text(model, "script:scrub:soon", notice));
    EXPECT_NE(notice.find("not a time"), std::string::npos);
    EXPECT_FALSE(run_script_command_text(model, "script:example:nope", notice));
    EXPECT_NE(notice.find("unknown name"), std::string::npos);
    EXPECT_FALSE(s.has_run());
}

}  // namespace
}  // namespace looplab::app
