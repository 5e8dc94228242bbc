// Tests of the frame-delta clamp that protects the virtual clock from hidden tabs and long pauses.
#include "app/frame_clock.h"

#include <gtest/gtest.h>

#include <limits>

namespace {

TEST(frame_clock, the_first_tick_hands_on_no_time) {
    looplab::app::frame_clock clock;
    EXPECT_EQ(clock.tick(123456.0), 0.0);
}

TEST(frame_clock, ordinary_frames_pass_their_delta_unchanged) {
    looplab::app::frame_clock clock;
    clock.tick(1000.0);
    EXPECT_DOUBLE_EQ(clock.tick(1016.5), 16.5);
    EXPECT_DOUBLE_EQ(clock.tick(1033.0), 16.5);
}

TEST(frame_clock, a_ten_minute_gap_advances_by_at_most_one_clamped_frame) {
    looplab::app::frame_clock clock;
    clock.tick(0.0);
    EXPECT_DOUBLE_EQ(clock.tick(10.0 * 60.0 * 1000.0), clock.max_delta_ms);
    EXPECT_DOUBLE_EQ(clock.tick(10.0 * 60.0 * 1000.0 + 16.0), 16.0) << "the frame after the gap is normal again";
}

TEST(frame_clock, backwards_and_nan_timestamps_hand_on_no_time) {
    looplab::app::frame_clock clock;
    clock.tick(500.0);
    EXPECT_EQ(clock.tick(400.0), 0.0);
    EXPECT_EQ(clock.tick(std::numeric_limits<double>::quiet_NaN()), 0.0);
}

}  // namespace
