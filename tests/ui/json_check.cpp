// json_check.cpp — recursive-descent JSON parser (strict: no trailing commas, no NaN, escapes checked).
#include "json_check.h"

#include <cctype>
#include <cstdlib>

namespace looplab::testing {

const json_value* json_value::find(const std::string& key) const {
    const auto it = fields.find(key);
    return it == fields.end() ? nullptr : &it->second;
}

namespace {

struct parser {
    std::string_view s;
    std::size_t i = 0;
    int depth = 0;

    void ws() {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t')) ++i;
    }
    bool eat(char c) {
        ws();
        if (i < s.size() && s[i] == c) {
            ++i;
            return true;
        }
        return false;
    }
    bool literal(std::string_view word) {
        if (s.substr(i, word.size()) != word) return false;
        i += word.size();
        return true;
    }
    bool string(std::string& out) {
        if (!eat('"')) return false;
        while (i < s.size()) {
            const char c = s[i++];
            if (c == '"') return true;
            if (static_cast<unsigned char>(c) < 0x20) return false;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (i >= s.size()) return false;
            const char e = s[i++];
            switch (e) {
                case '"':
                    out += '"';
                    break;
                case '\\':
                    out += '\\';
                    break;
                case '/':
                    out += '/';
                    break;
                case 'b':
                    out += '\b';
                    break;
                case 'f':
                    out += '\f';
                    break;
                case 'n':
                    out += '\n';
                    break;
                case 'r':
                    out += '\r';
                    break;
                case 't':
                    out += '\t';
                    break;
                case 'u': {
                    if (i + 4 > s.size()) return false;
                    for (int k = 0; k < 4; ++k)
                        if (!std::isxdigit(static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)])))
                            return false;
                    const long code = std::strtol(std::string{s.substr(i, 4)}.c_str(), nullptr, 16);
                    i += 4;
                    out += code < 0x80 ? static_cast<char>(code) : '?';
                    break;
                }
                default:
                    return false;
            }
        }
        return false;
    }
    bool number(double& out) {
        const std::size_t start = i;
        if (i < s.size() && s[i] == '-') ++i;
        if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) return false;
        if (s[i] == '0')
            ++i;
        else
            while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
        if (i < s.size() && s[i] == '.') {
            ++i;
            if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) return false;
            while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
        }
        if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
            ++i;
            if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
            if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) return false;
            while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
        }
        out = std::strtod(std::string{s.substr(start, i - start)}.c_str(), nullptr);
        return true;
    }
    bool value(json_value& v) {
        ws();
        if (i >= s.size() || ++depth > 200) return false;
        bool ok = false;
        const char c = s[i];
        if (c == '{') {
            v.type = json_value::kind::object;
            ++i;
            ok = true;
            if (!eat('}')) {
                do {
                    std::string key;
                    json_value member;
                    ws();
                    if (!string(key) || !eat(':') || !value(member) || v.fields.count(key)) return false;
                    v.fields.emplace(std::move(key), std::move(member));
                } while (eat(','));
                ok = eat('}');
            }
        } else if (c == '[') {
            v.type = json_value::kind::array;
            ++i;
            ok = true;
            if (!eat(']')) {
                do {
                    v.items.emplace_back();
                    if (!value(v.items.back())) return false;
                } while (eat(','));
                ok = eat(']');
            }
        } else if (c == '"') {
            v.type = json_value::kind::string;
            ok = string(v.text);
        } else if (c == 't' || c == 'f') {
            v.type = json_value::kind::boolean;
            v.boolean = c == 't';
            ok = literal(c == 't' ? "true" : "false");
        } else if (c == 'n') {
            ok = literal("null");
        } else {
            v.type = json_value::kind::number;
            ok = number(v.number);
        }
        --depth;
        return ok;
    }
};

}  // namespace

std::optional<json_value> parse_json(std::string_view text) {
    parser p{text};
    json_value v;
    if (!p.value(v)) return std::nullopt;
    p.ws();
    if (p.i != text.size()) return std::nullopt;
    return v;
}

}  // namespace looplab::testing
