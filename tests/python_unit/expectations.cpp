// expectations.cpp — lookup of a case in an embedded expectation file.
#include "expectations.h"

#include <bit>
#include <cstdio>

namespace looplab::python::test_data {

std::string expected_case(std::string_view file, std::string_view name) {
    const std::string key = std::string(name) + " = ";
    std::size_t pos = 0;
    while (pos < file.size()) {
        const std::size_t end = file.find('\n', pos);
        const std::string_view line = file.substr(pos, end == std::string_view::npos ? file.size() - pos : end - pos);
        if (line.substr(0, key.size()) == key) return std::string(line.substr(key.size()));
        if (end == std::string_view::npos) break;
        pos = end + 1;
    }
    return "<missing " + std::string(name) + ">";
}

std::string float_bits(double x) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(std::bit_cast<std::uint64_t>(x)));
    return buffer;
}

}  // namespace looplab::python::test_data
