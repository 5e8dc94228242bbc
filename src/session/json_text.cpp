// json_text.cpp — JSON string escaping and number formatting (locale-free snprintf formats only).
#include "session/json_text.h"

#include <cmath>
#include <cstdio>

namespace looplab {

void append_json_string(std::string& out, std::string_view s) {
    out += '"';
    for (const char c : s) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (byte < 0x20) {
                    char escaped[8];
                    std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(byte));
                    out += escaped;
                } else {
                    out += c;
                }
        }
    }
    out += '"';
}

void append_json_number(std::string& out, double value) {
    if (!std::isfinite(value)) {
        out += "null";
        return;
    }
    char text[48];
    std::snprintf(text, sizeof text, "%.3f", value);
    out += text;
}

void append_json_int(std::string& out, std::int64_t value) { out += std::to_string(value); }

}  // namespace looplab
