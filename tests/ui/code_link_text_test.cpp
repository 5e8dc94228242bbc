// code_link_text_test.cpp — the Script view's link texts: the `#code=` hash beside the settings, the URL with it, a
// notice for each bad link and dropped file; and the hook's share verbs (script:copy_link, script:download,
// script:download_trace, open_in_editor) becoming typed requests.
#include "app/text/code_link_text.h"

#include "app/text/command_text.h"
#include "app/text/script_command_text.h"
#include "app/text/url_state.h"

#include <gtest/gtest.h>

#include <string>

namespace looplab::app {
namespace {

TEST(code_link_text, the_code_comes_first_and_the_settings_follow) {
    EXPECT_EQ(script_link_hash("80jN", ""), "code=80jN");
    EXPECT_EQ(script_link_hash("80jN", "seed=7&text=150"), "code=80jN&seed=7&text=150");
    const page_hash read = read_page_hash("#" + script_link_hash("80jN", "seed=7&text=150"));
    EXPECT_EQ(read.code, "80jN");
    EXPECT_EQ(read.load.settings.experiment.seed, 7u);
    EXPECT_EQ(read.text_percent, 150);
    EXPECT_TRUE(read.load.problems.empty());
    EXPECT_FALSE(read_page_hash("#seed=7").code.has_value());
}

TEST(code_link_text, the_url_gets_the_new_hash_in_place_of_the_old) {
    EXPECT_EQ(url_with_hash("http://127.0.0.1:8000/#seed=3", "code=x"), "http://127.0.0.1:8000/#code=x");
    EXPECT_EQ(url_with_hash("http://127.0.0.1:8000/", "code=x&seed=7"), "http://127.0.0.1:8000/#code=x&seed=7");
}

TEST(code_link_text, every_bad_link_says_what_is_wrong_and_that_the_experiment_runs) {
    for (int n = 1; n <= 7; ++n) {
        const std::string text = code_link_notice(static_cast<code_problem>(n));
        EXPECT_TRUE(text.starts_with("code: ")) << text;
        EXPECT_TRUE(text.ends_with("; the experiment runs instead")) << text;
    }
    EXPECT_EQ(code_link_notice(code_problem::damaged),
              "code: the link's script is cut short or damaged (its compressed data does not decompress); the "
              "experiment runs instead");
    EXPECT_EQ(code_link_notice(code_problem::none), "");
}

TEST(code_link_text, a_script_too_long_for_a_link_is_pointed_to_download) {
    EXPECT_EQ(too_long_link_notice(9123),
              "Copy link: this script is too long for a link (9123 characters, accepted up to 8000); use Download "
              "script to share it as a file");
    EXPECT_NE(too_long_link_notice(0).find("over 1 MB"), std::string::npos);
    EXPECT_LE(max_script_link_hash, max_hash_length);
}

TEST(code_link_text, a_dropped_file_that_is_not_opened_says_why) {
    EXPECT_EQ(dropped_file_notice("photo.png", code_problem::not_text),
              "Open file: 'photo.png' is not a text file (it is not UTF-8 text); not opened");
    EXPECT_EQ(dropped_file_notice("big.py", code_problem::too_big),
              "Open file: 'big.py' is larger than 1 MB (accepted up to 1 MB); not opened");
    EXPECT_EQ(dropped_file_notice(std::string(100, 'a'), code_problem::empty),
              "Open file: '" + std::string(40, 'a') + "' is empty; not opened");
}

TEST(code_link_text, the_hooks_share_verbs_queue_typed_requests) {
    session model;
    std::string notice;
    ASSERT_TRUE(run_script_command_text(model, "script:load:print(1)\n", notice));
    ASSERT_TRUE(run_script_command_text(model, "script:copy_link", notice));
    ASSERT_TRUE(run_script_command_text(model, "script:download", notice));
    ASSERT_TRUE(run_script_command_text(model, "script:download_trace", notice));
    const auto requests = model.take_host_requests();
    ASSERT_EQ(requests.size(), 3u);
    EXPECT_EQ(requests[0].what, host_request::kind::copy_script_link);
    EXPECT_EQ(requests[1].filename, "script.py");
    EXPECT_EQ(requests[2].filename, "looplab-script-trace.json");
    EXPECT_TRUE(notice.empty());

    ui::view_state view;
    run_command_text(model, view, "open_in_editor");
    const auto opened = model.take_host_requests();
    ASSERT_EQ(opened.size(), 1u);
    EXPECT_EQ(opened[0].what, host_request::kind::open_script);
    EXPECT_EQ(opened[0].text, model.prepared_python().text);
}

}  // namespace
}  // namespace looplab::app
