// percent_format_test.cpp — one `%` directive at a time against CPython 3.11's `fmt % value`
// (expected/format_cases.txt, kinds pct and pcterr).
#include "python/percent_format.h"

#include <gtest/gtest.h>

#include "expectations.h"
#include "python/float_format.h"

namespace {

using namespace looplab::python;
using namespace looplab::python::test_data;

std::string show(const py_result<std::string>& r) {
    if (!r.ok()) return "!" + std::string(error_type_name(r.error().type)) + ": " + r.error().message;
    return "=" + escape_text(r.value());
}

TEST(percent_format, each_directive_matches_cpython) {
    const std::vector<format_case> cases = cases_of_kind(format_cases, "pct");
    EXPECT_GE(cases.size(), 60u);
    for (const format_case& c : cases) {
        const std::string format = unescape_text(c.a);
        const py_result<percent_directive> d = parse_percent_directive(format, 0);
        ASSERT_TRUE(d.ok()) << c.a;
        EXPECT_EQ(d.value().end, format.size()) << c.a;
        const char kind = c.b[0];
        const std::string value = c.b.substr(2);
        py_result<std::string> r = std::string();
        if (kind == 'i') {
            r = percent_format_int(std::stoll(value), d.value());
        } else if (kind == 'f') {
            r = percent_format_float(float_from_bits(value), d.value());
        } else if (kind == 'c') {
            r = percent_format_char(std::stoll(value), d.value());
        } else if (kind == 'r') {
            r = percent_format_text(str_repr(unescape_text(value)), d.value());
        } else {
            r = percent_format_text(unescape_text(value), d.value());
        }
        EXPECT_EQ(show(r), c.result) << c.a << " % " << c.b;
    }
}

TEST(percent_format, malformed_directives_report_cpythons_errors) {
    const std::vector<format_case> cases = cases_of_kind(format_cases, "pcterr");
    EXPECT_GE(cases.size(), 6u);
    for (const format_case& c : cases) {
        const std::string format = unescape_text(c.a);
        const py_result<percent_directive> d = parse_percent_directive(format, format.find('%'));
        ASSERT_FALSE(d.ok()) << c.a;
        EXPECT_EQ("!" + std::string(error_type_name(d.error().type)) + ": " + d.error().message, c.result) << c.a;
    }
}

TEST(percent_format, star_width_and_precision_follow_cpython) {
    percent_directive d = parse_percent_directive("%*.*f", 0).value();
    EXPECT_TRUE(d.width_star);
    EXPECT_TRUE(d.precision_star);
    apply_star_width(d, -6);
    apply_star_precision(d, -2);
    EXPECT_EQ(percent_format_float(1.5, d).value(), "2     ");
    percent_directive wide = parse_percent_directive("%1000000000d", 0).value();
    EXPECT_EQ(percent_format_int(1, wide).error().type, py_error_type::overflow_error);
    const percent_directive keyed = parse_percent_directive("%(name)-5s", 0).value();
    EXPECT_EQ(keyed.key, "name");
    EXPECT_EQ(percent_format_text("ab", keyed).value(), "ab   ");
}

}  // namespace
