// json_check.h — a tiny strict JSON parser for tests: enough to check that exported JSON parses and to read it.
// Usage: std::optional<json_value> v = parse_json(text); if (v) { const json_value* e = v->find("traceEvents"); }
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace looplab::testing {

// One JSON value (a small DOM).
struct json_value {
    enum class kind { null, boolean, number, string, array, object } type = kind::null;  // which one
    bool boolean = false;  // for boolean
    double number = 0.0;  // for number
    std::string text;  // for string
    std::vector<json_value> items;  // for array
    std::map<std::string, json_value> fields;  // for object (duplicate keys: the parse fails)
    const json_value* find(const std::string& key) const;  // object member or nullptr
};

// Parses exactly one JSON document (RFC 8259, whitespace around allowed); nullopt if malformed.
std::optional<json_value> parse_json(std::string_view text);

}  // namespace looplab::testing
