// script_share_test.cpp — the Script view's host requests (link, script.py, trace with asyncio's row names), the
// session's "Open in editor" request, and deliver_requests handing each kind to its host function.
#include "session/script_share.h"
#include "session/host.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace looplab {
namespace {

const char* const two_tasks = R"(import asyncio

async def work(n):
    await asyncio.sleep(n * 0.001)
    print('done', n)

async def main():
    await asyncio.gather(work(2), work(1))

asyncio.run(main())
)";

void run_to_finish(script_session& s, const char* text) {
    s.apply(script_load{text});
    for (int i = 0; i < 100 && s.still_running(); ++i) s.advance(16.0);
}

TEST(script_share, download_script_queues_the_text_as_script_py) {
    script_session s;
    s.apply(script_load{"print('é')\n"});
    s.apply(export_script{script_report::script_download});
    const std::vector<host_request> requests = s.take_host_requests();
    ASSERT_EQ(requests.size(), 1u);
    EXPECT_EQ(requests[0].what, host_request::kind::download);
    EXPECT_EQ(requests[0].filename, "script.py");
    EXPECT_EQ(requests[0].mime, "text/x-python");
    EXPECT_EQ(requests[0].text, "print('é')\n");
    EXPECT_TRUE(s.take_host_requests().empty()) << "taken once";
}

TEST(script_share, copy_link_hands_the_script_to_the_host_which_builds_the_link) {
    script_session s;
    s.apply(script_load{"print(1)\n"});
    s.apply(export_script{script_report::link_to_clipboard});
    const std::vector<host_request> requests = s.take_host_requests();
    ASSERT_EQ(requests.size(), 1u);
    EXPECT_EQ(requests[0].what, host_request::kind::copy_script_link);
    EXPECT_EQ(requests[0].text, "print(1)\n");
}

TEST(script_share, the_trace_names_the_rows_as_asyncio_does) {
    script_session s;
    run_to_finish(s, two_tasks);
    ASSERT_FALSE(s.still_running());
    s.apply(export_script{script_report::trace_download});
    const std::vector<host_request> requests = s.take_host_requests();
    ASSERT_EQ(requests.size(), 1u);
    EXPECT_EQ(requests[0].filename, "looplab-script-trace.json");
    const std::string& json = requests[0].text;
    EXPECT_NE(json.find("\"args\":{\"name\":\"Script\"}"), std::string::npos);
    EXPECT_NE(json.find("\"args\":{\"name\":\"<module>\"}"), std::string::npos);
    EXPECT_NE(json.find("\"args\":{\"name\":\"Task-1\"}"), std::string::npos);
    EXPECT_NE(json.find("\"args\":{\"name\":\"Task-3\"}"), std::string::npos);
    EXPECT_EQ(json.find("\"Task 1\""), std::string::npos) << "no experiment-style names";
    EXPECT_NE(json.find("\"name\":\"sleep\""), std::string::npos) << "the tasks' sleeps are spans";
    EXPECT_EQ(json, script_trace_json(s));
}

TEST(script_share, a_trace_without_a_run_has_no_events) {
    const script_session s;
    EXPECT_EQ(script_trace_json(s).find("\"ph\""), std::string::npos);
}

TEST(script_share, open_in_editor_hands_the_runs_python_script_to_the_host) {
    session s;
    s.apply(open_in_editor{});
    const std::vector<host_request> requests = s.take_host_requests();
    ASSERT_EQ(requests.size(), 1u);
    EXPECT_EQ(requests[0].what, host_request::kind::open_script);
    EXPECT_EQ(requests[0].text, s.prepared_python().text);
    EXPECT_NE(requests[0].text.find("asyncio"), std::string::npos);
}

TEST(script_share, deliver_requests_hands_each_kind_to_its_host_function) {
    std::vector<std::string> seen;
    const session_host host{
        .download = [&](std::string_view name, std::string_view,
                        std::string_view) { seen.push_back(std::string{name}); },
        .copy_script_link = [&](std::string_view text) { seen.push_back("link:" + std::string{text}); },
        .open_script = [&](std::string_view text) { seen.push_back("open:" + std::string{text}); },
    };
    script_session s;
    s.apply(script_load{"x = 1\n"});
    s.apply(export_script{script_report::link_to_clipboard});
    s.apply(export_script{script_report::script_download});
    deliver_requests(s.take_host_requests(), host);
    deliver_requests({{host_request::kind::open_script, "", "", "y = 2\n"}}, host);
    EXPECT_EQ(seen, (std::vector<std::string>{"link:x = 1\n", "script.py", "open:y = 2\n"}));
    deliver_requests({{host_request::kind::copy_script_link, "", "", "z"}}, session_host{});  // empty host: dropped
}

}  // namespace
}  // namespace looplab
