// params_test.cpp — the shared parameter parser: strict CLI errors and lenient URL-hash corrections.
#include "core/params.h"

#include <gtest/gtest.h>

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
    EXPECT_EQ(p.config.limit, max_limit);
    ASSERT_EQ(p.problems.size(), 5u);
    EXPECT_EQ(url_message(p.problems[0]), "tasks: '-5' is out of range (accepted 1..100000); using 1");
    EXPECT_EQ(url_message(p.problems[1]), "seed: 'abc' is not a whole number (accepted 0..18446744073709551615); using 4902");
    EXPECT_EQ(p.problems[4].correction, "ignored");
}

TEST(parse_url_hash, keeps_the_good_delays_and_drops_the_bad_ones) {
    const parsed_params p = parse_url_hash("delays=1%2C%2Cx%2C99999%2C0.5");
    EXPECT_EQ(p.config.delays, (std::vector<virtual_duration>{1000, 60'000'000, 500}));
    EXPECT_EQ(p.config.task_count, 3u);
    ASSERT_EQ(p.problems.size(), 1u);
    EXPECT_EQ(p.problems[0].correction, "dropped 2, clamped 1");
}

TEST(parse_url_hash, round_trips_through_to_url_hash) {
    const experiment_config config{.task_count = 12, .distribution = delay_distribution::exponential, .seed = 99,
                                   .limit = 4, .blocking_tasks = {1, 3}};
    const std::string hash = to_url_hash(config);
    EXPECT_EQ(hash, "tasks=12&distribution=exponential&seed=99&limit=4&block=1,3");
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

}  // namespace
}  // namespace looplab
