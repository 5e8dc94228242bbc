// params_text.h — internal to core's parameter code: number and list parsing, quoting for messages, the URL
// percent codec, and the bounded problem list shared by the parsers and the validator.
#pragma once

#include "event.h"
#include "params.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace looplab::params_text {

// A whole number as read from text: ok, negative, not a number, or above 2^64 - 1.
struct whole {
    enum class kind { ok, negative, not_number, too_big } k = kind::not_number;  // what was read
    std::uint64_t value = 0;  // the value when k is ok
};

// Reads [+-]digits; "-0" is ok.
whole parse_whole(std::string_view s);

// Milliseconds with up to three decimals -> microseconds; nullopt if malformed.
std::optional<std::uint64_t> parse_ms(std::string_view s);

// A plain decimal number: [+-]digits[.digits][(e|E)[+-]digits] (no spaces, hex floats, "inf" or "nan").
bool plain_decimal(std::string_view s);

// The shortest text that reads back as exactly this double (fixed notation in the scale's range).
std::string shortest_double(double value);

// Microseconds as the shortest millisecond text ("1.5", "2").
std::string delay_text(virtual_duration us);

// At most 40 bytes of a value for a message; bytes outside printable ASCII are written as \xNN.
std::string shown(std::string_view value);

// shown(value) in single quotes.
std::string quoted(std::string_view value);

// Splits at every separator (empty items kept).
std::vector<std::string_view> split(std::string_view s, char separator);

// %XX-decodes a URL component (a malformed escape is kept as it is).
std::string percent_decode(std::string_view s);

// %XX-encodes every byte except letters, digits and , . - _ (the inverse of percent_decode).
std::string percent_encode(std::string_view s);

// "(accepted lo..hi)".
std::string accepted_range(std::uint64_t lo, std::uint64_t hi);

// "accepted comma-separated milliseconds 0..60000 with up to 3 decimals, 1..100000 items".
std::string delays_accepted();

// Collects problems; past max_problems it only counts them, so a hostile link cannot flood the page.
class problem_list {
public:
    void add(std::string_view param, std::string message, std::string correction);  // one problem
    std::vector<param_problem> take();  // the problems; a last entry counts the unlisted ones

private:
    std::vector<param_problem> m_list;
    std::size_t m_unlisted = 0;
};

// Corrects a scale in place (NaN and infinities -> the default, out of range -> the nearest limit).
void check_scale(double& scale, problem_list& problems, const std::string& as_given);

}  // namespace looplab::params_text
