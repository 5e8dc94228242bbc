// params_test.cpp — the shared parameter parser: strict CLI errors and lenient URL-hash corrections.
#include "core/params.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <string_view>
#include <vector>

namespace looplab {
namespace {

parsed_params cli(std::vector<std::string_view> args) { return parse_cli_args(args); }

std::string first_error(std::vector<std::string_view> args) {
    const parsed_params p = cli(std::move(args));
    return p.ok() ? std::string{} : cli_message(p.problems.front());
}

TEST(parse_cli_args, no_arguments_give_the_seed_experiment_as_text) {
    const parsed_params p = cli({});
    EXPECT_TRUE(p.ok());
    EXPECT_EQ(p.format, output_format::text);
    EXPECT_EQ(p.config.task_count, 9u);
    EXPECT_EQ(p.config.seed, default_seed);
    EXPECT_EQ(p.config.distribution, delay_distribution::seed);
}

TEST(parse_cli_args, accepts_every_documented_option) {
    const parsed_params p =
        cli({"--tasks", "20", "--seed=7", "--distribution", "heavy", "--limit", "3", "--block", "2,5", "--json"});
    ASSERT_TRUE(p.ok()) << cli_message(p.problems.front());
    EXPECT_EQ(p.config.task_count, 20u);
    EXPECT_EQ(p.config.seed, 7u);
    EXPECT_EQ(p.config.distribution, delay_distribution::heavy);
    EXPECT_EQ(p.config.limit, 3u);
    EXPECT_EQ(p.config.blocking_tasks, (std::vector<std::uint32_t>{2, 5}));
    EXPECT_EQ(p.format, output_format::json);
    EXPECT_EQ(cli({"--python"}).format, output_format::python);
    EXPECT_EQ(cli({"--help"}).format, output_format::help);
}

TEST(parse_cli_args, explicit_delays_in_milliseconds_set_the_task_count) {
    const parsed_params p = cli({"--delays", "2,0,1.5,0.001"});
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p.config.delays, (std::vector<virtual_duration>{2000, 0, 1500, 1}));
    EXPECT_EQ(p.config.task_count, 4u);
}

TEST(parse_cli_args, bad_values_name_the_problem_and_the_accepted_range) {
    EXPECT_EQ(first_error({"--tasks", "-5"}), "looplab: --tasks: '-5' is out of range (accepted 1..100000)");
    EXPECT_EQ(first_error({"--tasks", "abc"}), "looplab: --tasks: 'abc' is not a whole number (accepted 1..100000)");
    EXPECT_EQ(first_error({"--tasks", "1000000"}), "looplab: --tasks: '1000000' is out of range (accepted 1..100000)");
    EXPECT_EQ(first_error({"--delays", "1,,x"}),
              "looplab: --delays: '1,,x': item 2 is empty (accepted comma-separated milliseconds 0..60000 with up "
              "to 3 decimals, 1..100000 items)");
    EXPECT_EQ(first_error({"--frobnicate"}),
              "looplab: unknown option '--frobnicate' (accepted --tasks, --seed, --delays, --distribution, --limit, "
              "--block, --json, --python, --help)");
    EXPECT_EQ(first_error({"--seed"}), "looplab: --seed: missing value (accepted 0..18446744073709551615)");
    EXPECT_EQ(first_error({"--seed", "18446744073709551616"}),
              "looplab: --seed: '18446744073709551616' is out of range (accepted 0..18446744073709551615)");
    EXPECT_NE(first_error({"--distribution", "normal"}).find("accepted seed, uniform, exponential, heavy"),
              std::string::npos);
    EXPECT_NE(first_error({"--json", "--python"}), "");
    EXPECT_NE(first_error({"--tasks", "3", "--delays", "1,2"}).find("conflicts"), std::string::npos);
    EXPECT_NE(first_error({"--block", "12"}).find("accepted 1..9"), std::string::npos);
    EXPECT_NE(first_error({"--delays", "1.2345"}), "");
    EXPECT_NE(first_error({"--delays", "60001"}).find("out of range"), std::string::npos);
    EXPECT_NE(first_error({"stray"}).find("unknown option 'stray'"), std::string::npos);
}

TEST(parse_url_hash, corrects_bad_values_to_the_nearest_valid_one_and_says_so) {
    const parsed_params p = parse_url_hash("#tasks=-5&seed=abc&distribution=gauss&limit=999999&colour=red");
    EXPECT_EQ(p.config.task_count, 1u);
    EXPECT_EQ(p.config.seed, default_seed);
    EXPECT_EQ(p.config.distribution, delay_distribution::seed);
    EXPECT_EQ(p.config.limit, 1u) << "clamped to the task count";
    ASSERT_EQ(p.problems.size(), 5u);
    EXPECT_EQ(url_message(p.problems[0]), "tasks: '-5' is out of range (accepted 1..100000); using 1");
    EXPECT_EQ(url_message(p.problems[1]),
              "seed: 'abc' is not a whole number (accepted 0..18446744073709551615); using 4902");
    EXPECT_EQ(p.problems[3].correction, "ignored");
    EXPECT_EQ(url_message(p.problems[4]), "limit: '999999' is out of range (accepted 0..1); using 1");
}

TEST(parse_url_hash, keeps_the_good_delays_and_drops_the_bad_ones) {
    const parsed_params p = parse_url_hash("delays=1%2C%2Cx%2C99999%2C0.5");
    EXPECT_EQ(p.config.delays, (std::vector<virtual_duration>{1000, 60'000'000, 500}));
    EXPECT_EQ(p.config.task_count, 3u);
    ASSERT_EQ(p.problems.size(), 1u);
    EXPECT_EQ(p.problems[0].correction, "dropped 2, clamped 1");
}

TEST(parse_url_hash, round_trips_through_to_url_hash) {
    const experiment_config config{.task_count = 12,
                                   .distribution = delay_distribution::exponential,
                                   .seed = 99,
                                   .limit = 4,
                                   .blocking_tasks = {1, 3}};
    const std::string hash = to_url_hash(config);
    EXPECT_EQ(hash, "tasks=12&dist=exponential&seed=99&limit=4&block=1,3");
    const parsed_params back = parse_url_hash("#" + hash);
    EXPECT_TRUE(back.ok());
    EXPECT_EQ(back.config.task_count, 12u);
    EXPECT_EQ(back.config.distribution, delay_distribution::exponential);
    EXPECT_EQ(back.config.seed, 99u);
    EXPECT_EQ(back.config.limit, 4u);
    EXPECT_EQ(back.config.blocking_tasks, (std::vector<std::uint32_t>{1, 3}));
    EXPECT_EQ(to_url_hash({}), "");
    EXPECT_EQ(to_url_hash({.delays = {1500, 0, 2000}}), "delays=1.5,0,2");
}

TEST(parse_url_hash, reads_dist_as_the_short_name_of_distribution) {
    const parsed_params p = parse_url_hash("#tasks=9&seed=42&dist=heavy&limit=0&scale=400");
    EXPECT_TRUE(p.ok());
    EXPECT_EQ(p.config.distribution, delay_distribution::heavy);
    EXPECT_EQ(parse_url_hash("distribution=uniform").config.distribution, delay_distribution::uniform);
}

TEST(parse_url_hash, reads_the_text_size_and_corrects_a_bad_one) {
    EXPECT_EQ(parse_url_hash("").text_percent, default_text_percent);
    EXPECT_EQ(parse_url_hash("text=150").text_percent, 150);
    EXPECT_EQ(parse_url_hash("text=presenter").text_percent, presenter_text_percent);
    const parsed_params high = parse_url_hash("text=300");
    EXPECT_EQ(high.text_percent, max_text_percent);
    ASSERT_EQ(high.problems.size(), 1u);
    EXPECT_EQ(url_message(high.problems[0]), "text: '300' is out of range (accepted 100..250); using 250");
    const parsed_params bad = parse_url_hash("text=big");
    EXPECT_EQ(bad.text_percent, default_text_percent);
    EXPECT_EQ(url_message(bad.problems.at(0)), "text: 'big' is not a whole number (accepted 100..250); using 100");
    EXPECT_EQ(parse_url_hash("text=50").text_percent, min_text_percent);
    EXPECT_EQ(to_url_hash({}, default_scale, 150), "text=150");
    EXPECT_EQ(to_url_hash({}, default_scale, presenter_text_percent), "text=presenter");
    EXPECT_EQ(to_url_hash({}, default_scale, default_text_percent), "");
    const std::string_view cli[] = {"--text", "150"};
    EXPECT_FALSE(parse_cli_args(cli).ok()) << "the CLI has no text size";
}

TEST(parse_url_hash, keeps_the_code_of_a_script_link_as_given_for_the_page_to_decode) {
    EXPECT_FALSE(parse_url_hash("seed=7").code.has_value());
    const parsed_params p = parse_url_hash("#code=80jNyVEoLs3J0QQA&seed=7&text=150");
    EXPECT_TRUE(p.ok());
    EXPECT_EQ(p.code, "80jNyVEoLs3J0QQA");
    EXPECT_EQ(p.config.seed, 7u);
    EXPECT_EQ(p.text_percent, 150);
    const parsed_params empty = parse_url_hash("code=");
    EXPECT_TRUE(empty.ok());
    EXPECT_EQ(empty.code, "");
    EXPECT_EQ(to_url_hash(p.config, default_scale, 150), "seed=7&text=150") << "the page adds the code itself";
    const std::string_view cli[] = {"--code", "x"};
    EXPECT_FALSE(parse_cli_args(cli).ok()) << "the CLI runs scripts from files";
}

TEST(parse_url_hash, reads_the_time_scale_and_corrects_a_bad_one) {
    EXPECT_EQ(parse_url_hash("scale=0.5").scale, 0.5);
    EXPECT_EQ(parse_url_hash("scale=1e3").scale, 1000.0);
    EXPECT_EQ(parse_url_hash("").scale, default_scale);
    const parsed_params nan = parse_url_hash("scale=NaN");
    EXPECT_EQ(nan.scale, default_scale);
    ASSERT_EQ(nan.problems.size(), 1u);
    EXPECT_EQ(url_message(nan.problems[0]),
              "scale: 'NaN' is not a number (accepted 0.001..100000 wall ms per virtual ms); using 400");
    EXPECT_EQ(parse_url_hash("scale=1e12").scale, max_scale);
    EXPECT_EQ(parse_url_hash("scale=1e999").scale, max_scale);
    EXPECT_EQ(parse_url_hash("scale=-1").scale, min_scale);
    EXPECT_EQ(parse_url_hash("scale=1e-999").scale, min_scale);
    EXPECT_EQ(url_message(parse_url_hash("scale=0").problems.at(0)),
              "scale: '0' is out of range (accepted 0.001..100000 wall ms per virtual ms); using 0.001");
    for (const char* bad :
         {"scale=inf", "scale=0x10", "scale=%205", "scale=", "scale", "scale=1e", "scale=.", "scale=1,5"}) {
        const parsed_params p = parse_url_hash(bad);
        EXPECT_EQ(p.scale, default_scale) << bad;
        EXPECT_EQ(p.problems.size(), 1u) << bad;
    }
}

TEST(parse_url_hash, reads_only_the_first_max_hash_length_characters_and_says_so_first) {
    const std::string hash = "#tasks=5&pad=" + std::string(100'000, 'x');
    const parsed_params p = parse_url_hash(hash);
    EXPECT_EQ(p.config.task_count, 5u);
    ASSERT_EQ(p.problems.size(), 2u);
    EXPECT_EQ(url_message(p.problems[0]),
              "hash: the link's settings are longer than 8192 characters (accepted up to "
              "8192); only the first 8192 were read");
    EXPECT_EQ(p.problems[1].param, "pad");
    EXPECT_TRUE(parse_url_hash("#tasks=5&x=" + std::string(max_hash_length - 10, 'y')).problems.size() == 1u);
}

TEST(parse_url_hash, lists_at_most_max_problems_and_counts_the_rest) {
    std::string hash;
    for (int i = 0; i < 100; ++i) hash += "k" + std::to_string(i) + "=1&";
    const parsed_params p = parse_url_hash(hash);
    ASSERT_EQ(p.problems.size(), max_problems);
    EXPECT_EQ(p.problems[0].param, "k0");
    EXPECT_EQ(url_message(p.problems.back()),
              "more: 93 further problems are not listed; each was corrected or ignored in the same way");
}

TEST(parse_url_hash, shows_hostile_values_as_plain_escaped_text) {
    const parsed_params p = parse_url_hash("tasks=%3Cscript%3Ealert(1)%3C%2Fscript%3E&seed=%E0%A4&%0A=1");
    ASSERT_EQ(p.problems.size(), 3u);
    EXPECT_EQ(url_message(p.problems[0]),
              "tasks: '<script>alert(1)</script>' is not a whole number (accepted 1..100000); using 9");
    EXPECT_EQ(url_message(p.problems[1]),
              "seed: '\\xE0\\xA4' is not a whole number (accepted 0..18446744073709551615); using 4902");
    EXPECT_EQ(p.problems[2].param, "\\x0A");
    // Broken percent-encoding stays literal.
    EXPECT_EQ(url_message(parse_url_hash("tasks=%zz").problems.at(0)),
              "tasks: '%zz' is not a whole number (accepted 1..100000); using 9");
    EXPECT_EQ(parse_url_hash("%=%").problems.at(0).param, "%");
}

TEST(parse_url_hash, the_hash_of_any_parse_reads_back_unchanged_without_problems) {
    for (const char* hash : {"tasks=-5&seed=99999999999999999999&scale=0.123456789&dist=heavy&block=1,1,0,4",
                             "delays=1,,x,99999,0.5&limit=7&block=3&scale=1e5", "scale=3.3333333333333335"}) {
        const parsed_params first = parse_url_hash(hash);
        const std::string written = to_url_hash(first.config, first.scale);
        const parsed_params back = parse_url_hash(written);
        EXPECT_TRUE(back.ok()) << written << ": " << url_message(back.problems.front());
        EXPECT_EQ(back.scale, first.scale) << written;
        EXPECT_EQ(back.config.delays, first.config.delays) << written;
        EXPECT_EQ(back.config.blocking_tasks, first.config.blocking_tasks) << written;
        EXPECT_EQ(to_url_hash(back.config, back.scale), written);
    }
}

TEST(parse_cli_args, has_no_scale_option_because_the_cli_has_no_wall_clock) {
    EXPECT_NE(first_error({"--scale", "400"}).find("unknown option '--scale'"), std::string::npos);
    EXPECT_NE(first_error({"--dist", "seed"}).find("unknown option '--dist'"), std::string::npos);
}

TEST(validate_params, corrects_typed_values_with_the_same_messages_as_the_url) {
    experiment_config c{.task_count = 0, .limit = 200'000, .blocking_tasks = {4, 12, 4}};
    double scale = NAN;
    const std::vector<param_problem> problems = validate_params(c, scale);
    EXPECT_EQ(c.task_count, 1u);
    EXPECT_EQ(c.limit, 1u) << "clamped to the task count";
    EXPECT_TRUE(c.blocking_tasks.empty());
    EXPECT_EQ(scale, default_scale);
    ASSERT_EQ(problems.size(), 5u);
    EXPECT_EQ(url_message(problems[1]), "limit: '200000' is out of range (accepted 0..1); using 1");
    EXPECT_EQ(url_message(problems[0]), "tasks: '0' is out of range (accepted 1..100000); using 1");
    EXPECT_EQ(url_message(problems[4]),
              "scale: 'NaN' is not a number (accepted 0.001..100000 wall ms per virtual ms); using 400");

    experiment_config big{.task_count = 1'000'000};
    double slow = 1e9;
    ASSERT_EQ(validate_params(big, slow).size(), 2u);
    EXPECT_EQ(big.task_count, max_tasks);
    EXPECT_EQ(slow, max_scale);

    experiment_config typed{.task_count = 3, .delays = {-5, 70'000'000, 1000}, .blocking_tasks = {3}};
    double fine = 400;
    EXPECT_EQ(validate_params(typed, fine).size(), 2u);
    EXPECT_EQ(typed.delays, (std::vector<virtual_duration>{0, 60'000'000, 1000}));
    EXPECT_EQ(typed.task_count, 3u);

    experiment_config good{.task_count = 20, .limit = 3, .blocking_tasks = {2}};
    double scale_ok = 0.001;
    EXPECT_TRUE(validate_params(good, scale_ok).empty());
}

TEST(read_field, reads_one_typed_field_leniently_and_keeps_the_others) {
    experiment_config c{.task_count = 20, .seed = 7, .limit = 3, .blocking_tasks = {2, 15}};
    EXPECT_TRUE(read_field(c, param_field::seed, "99").empty());
    EXPECT_EQ(c.seed, 99u);
    EXPECT_EQ(c.task_count, 20u);
    EXPECT_EQ(c.limit, 3u);
    EXPECT_EQ(c.blocking_tasks, (std::vector<std::uint32_t>{2, 15}));

    const auto problems = read_field(c, param_field::tasks, "12");
    ASSERT_EQ(problems.size(), 1u) << "task 15 no longer exists";
    EXPECT_EQ(url_message(problems[0]), "block: '15' is not a task number (accepted 1..12); dropped");
    EXPECT_EQ(c.blocking_tasks, (std::vector<std::uint32_t>{2}));

    const auto bad = read_field(c, param_field::tasks, "abc");
    ASSERT_EQ(bad.size(), 1u);
    EXPECT_EQ(url_message(bad[0]), "tasks: 'abc' is not a whole number (accepted 1..100000); kept 12");
    EXPECT_EQ(c.task_count, 12u) << "the previous count, not the default 9";

    EXPECT_TRUE(read_field(c, param_field::delays, "1,0,2.5").empty());
    EXPECT_EQ(c.delays, (std::vector<virtual_duration>{1000, 0, 2500}));
    EXPECT_TRUE(read_field(c, param_field::block, "3,1").empty());
    EXPECT_EQ(c.blocking_tasks, (std::vector<std::uint32_t>{1, 3}));
}

TEST(read_field, a_task_count_that_is_no_number_keeps_the_explicit_delays_too) {
    experiment_config c{.delays = {1000, 2000, 0}};
    const auto bad = read_field(c, param_field::tasks, "abc");
    ASSERT_EQ(bad.size(), 1u);
    EXPECT_EQ(url_message(bad[0]), "tasks: 'abc' is not a whole number (accepted 1..100000); kept 3");
    EXPECT_EQ(c.delays, (std::vector<virtual_duration>{1000, 2000, 0}));
}

TEST(read_field, typed_delays_set_the_task_count_of_a_page_opened_with_a_task_count) {
    experiment_config c = parse_url_hash("#tasks=5").config;
    EXPECT_TRUE(read_field(c, param_field::delays, "1,2").empty()) << "no task count was typed in this edit";
    EXPECT_EQ(c.task_count, 2u);
    const parsed_params both = parse_url_hash("#tasks=5&delays=1,2");
    ASSERT_EQ(both.problems.size(), 1u) << "a hash that gives both in conflict still says so";
    EXPECT_EQ(url_message(both.problems[0]),
              "tasks: '5' conflicts with the 2 delays given (delays set the task count); using 2");
}

TEST(parse_url_hash, clamps_a_limit_above_the_task_count_to_the_count_and_says_so) {
    const parsed_params p = parse_url_hash("#tasks=3&limit=999");
    EXPECT_EQ(p.config.limit, 3u);
    ASSERT_EQ(p.problems.size(), 1u);
    EXPECT_EQ(url_message(p.problems[0]), "limit: '999' is out of range (accepted 0..3); using 3");
    EXPECT_EQ(parse_url_hash("#delays=1,2&limit=2").config.limit, 2u) << "delays set the count first";
    EXPECT_TRUE(parse_url_hash("#delays=1,2&limit=2").ok());
}

TEST(to_url_hash, percent_encodes_what_percent_decode_reads_back) {
    const experiment_config c{.delays = {1500, 0}, .blocking_tasks = {1, 2}};
    const std::string hash = to_url_hash(c, 2.5);
    EXPECT_EQ(hash, "delays=1.5,0&block=1,2&scale=2.5");
    const parsed_params back = parse_url_hash(hash);
    EXPECT_TRUE(back.ok());
    EXPECT_EQ(back.config.delays, c.delays);
}

TEST(distribution_list, names_every_distribution_once_in_enum_order) {
    EXPECT_EQ(distribution_list(), "seed, uniform, exponential, heavy");
    for (int i = 0; i < delay_distribution_count; ++i)
        EXPECT_FALSE(describe(static_cast<delay_distribution>(i)).empty()) << i;
}

}  // namespace
}  // namespace looplab
