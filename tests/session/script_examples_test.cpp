// script_examples_test.cpp — every example runs to its end in the Script view's model without an uncaught error,
// opens with a two-line comment, and prints what `looplab run` prints.
#include "session/script_examples.h"
#include "session/script_session.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace looplab {
namespace {

TEST(ScriptExamples, EachRunsCleanlyAndMatchesTheCli) {
    ASSERT_EQ(script_examples().size(), 10u);
    for (const script_example& e : script_examples()) {
        SCOPED_TRACE(std::string{e.key});
        ASSERT_TRUE(e.text.starts_with("# "));
        EXPECT_NE(e.text.find("\n# "), std::string_view::npos);
        script_session s;
        s.apply(script_load{std::string{e.text}});
        for (int i = 0; i < 10'000 && s.still_running(); ++i) s.advance(16.0);
        s.apply(playback::end);
        EXPECT_FALSE(s.script().error().present) << s.script().stderr_text();
        python::run_config cfg;
        cfg.source = std::string{e.text};
        cfg.filename = "script.py";
        const python::script_result cli = python::run_to_completion(cfg);
        EXPECT_EQ(s.script().stdout_text(), cli.stdout_text);
        std::string shown;
        for (std::size_t i = 0; i < s.printed_visible(); ++i)
            shown += std::string{s.current().printed().line(i)} + "\n";
        EXPECT_EQ(shown, cli.stdout_text);
    }
}

TEST(ScriptExamples, BlockingExampleWarns) {
    for (const script_example& e : script_examples()) {
        if (e.key != "blocking") continue;
        script_session s;
        s.apply(script_load{std::string{e.text}});
        for (int i = 0; i < 10'000 && s.still_running(); ++i) s.advance(16.0);
        ASSERT_FALSE(s.script().warnings().empty());
        EXPECT_NE(s.script().warnings()[0].text.find("took 0.500 seconds"), std::string::npos);
    }
}

// The output's one list: the warning about slow's step comes after slow's own line and before ticker's first, as
// CPython prints them; before 0.5 s it has not happened yet, and neither has the line.
TEST(ScriptExamples, BlockingWarningSitsBetweenThePrintedLines) {
    for (const script_example& e : script_examples()) {
        if (e.key != "blocking") continue;
        script_session s;
        s.apply(script_load{std::string{e.text}});
        for (int i = 0; i < 10'000 && s.still_running(); ++i) s.advance(16.0);
        s.apply(playback::end);
        ASSERT_EQ(s.current().printed().line(0), "slow: done (and the loop was held for 0.5 s)");
        ASSERT_EQ(s.current().printed().line(1), "tick 0");
        const std::vector<output_warning> shown = s.warnings_visible();
        ASSERT_EQ(shown.size(), 1u);
        EXPECT_EQ(shown[0].printed_before, 1u);
        s.apply(scrub_to{400'000.0});
        EXPECT_TRUE(s.warnings_visible().empty());
        EXPECT_EQ(s.printed_visible(), 0u);
        s.apply(playback::restart);
        s.apply(playback::pause);
        std::size_t steps = 0;
        while (s.warnings_visible().empty() && !s.at_end() && ++steps < 1000) s.apply(playback::step);
        ASSERT_EQ(s.warnings_visible().size(), 1u);  // the step where it appears shows slow's line with it
        EXPECT_EQ(s.printed_visible(), 1u);
        EXPECT_EQ(s.warnings_visible()[0].printed_before, 1u);
    }
}

}  // namespace
}  // namespace looplab
