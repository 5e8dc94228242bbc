// json_text.h — the few JSON writing helpers the UI needs (escaped strings, fixed-format numbers).
//
// Usage:
//   std::string out = "{\"name\":";
//   looplab::append_json_string(out, "Task \"1\"");   // "Task \"1\""
//   looplab::append_json_number(out, 1.5);           // 1.500 (3 decimals, NaN/inf written as null)
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace looplab {

// Appends s as a quoted JSON string, escaping quotes, backslashes and control characters.
void append_json_string(std::string& out, std::string_view s);

// Appends a number with 3 decimals; NaN and infinities become null (JSON has no such numbers).
void append_json_number(std::string& out, double value);

// Appends a signed integer.
void append_json_int(std::string& out, std::int64_t value);

}  // namespace looplab
