// script_examples_test.cpp — every example runs to its end in the Script view's model without an uncaught error,
// opens with a two-line comment, and prints what `looplab run` prints.
#include "session/script_examples.h"
#include "session/script_session.h"

#include <gtest/gtest.h>

#include <string>

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

}  // namespace
}  // namespace looplab
