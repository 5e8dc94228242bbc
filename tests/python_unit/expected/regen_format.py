#!/usr/bin/env python3
# regen_format.py — writes format_cases.txt: CPython 3.11's repr(float), format() of float/int/bool/str, round(),
# float(str), int(str, base) and %-formatting, which float_format_test and percent_format_test check.
# Usage: python3 regen_format.py [OUTPUT]   (default: format_cases.txt beside this script)
# Each line is `kind|argument|argument|result`; floats are IEEE-754 bits in hex; text is escaped with \xHH for
# every byte of its UTF-8 outside printable ASCII and for '|' and '\'; a result is `=text` or `!Type: message`.
import os
import random
import struct
import sys


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def esc(text):
    out = []
    for b in text.encode("utf-8", "surrogatepass"):
        out.append(chr(b) if 0x20 <= b < 0x7F and b not in (0x7C, 0x5C) else "\\x%02x" % b)
    return "".join(out)


def outcome(thunk):
    try:
        value = thunk()
    except Exception as e:  # the message is the expectation
        return "!%s: %s" % (type(e).__name__, e)
    if isinstance(value, float):
        return "=" + bits(value)
    return "=" + esc(str(value))


def interesting_floats(rng):
    values = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, -2.5, 2.675, 0.125, 0.375, 1e16, 1e15, 9999999999999998.0,
              1234567890123456.0, 12345678901234567.0, 1e-4, 1e-5, 0.0001234, 123.456, 100.0, 1e22, 1e100, 5e-324,
              2.2250738585072014e-308, 1.7976931348623157e308, float("inf"), float("-inf"), float("nan"),
              3.141592653589793, 2.0**53, 2.0**63, -2.0**63, 0.3, 1/3, 2/3, 999.9999, 9.5, 0.05, 1e-7, 123456789.0,
              12345.678, -0.001, 1e21, 1.5e300, 4.35, 0.045, 1.005, 99.995]
    for _ in range(20):
        values.append(round(rng.uniform(-1000, 1000), rng.randint(0, 6)))
    return values


def main():
    rng = random.Random(20261201)
    lines = []

    def case(kind, a, b, result):
        lines.append("%s|%s|%s|%s" % (kind, a, b, result))

    floats = interesting_floats(rng)
    # repr: the interesting values, random bit patterns and random short decimals
    reprs = list(floats)
    for _ in range(1500):
        x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
        reprs.append(x)
    for _ in range(1500):
        reprs.append(float("%de%d" % (rng.randint(1, 10**rng.randint(1, 17)), rng.randint(-30, 30))))
    for e in range(-8, 24):
        reprs += [10.0**e, 10.0**e * 1.5, -(10.0**e)]
    for x in reprs:
        case("repr", bits(x), "", "=" + esc(repr(x)))
    float_specs = ["", ".0", ".1", ".2", ".3", ".10", ".17", "e", ".0e", ".3e", "E", ".20e", "f", ".0f", ".1f", ".2f",
                   ".3f", ".10f", ".30f", "F", "g", ".0g", ".1g", ".2g", ".3g", ".10g", ".17g", "G", "#g", "#.3g",
                   "#", "#.3", "#.0f", "#.0e", "%", ".1%", "n", ".3n", "+", " ", "+.2f", " .2e", "z", "z.1f", "z.2e",
                   "z.3g", "10", "<10", "^10", "=10", "*^12.3f", "010.2f", "+010.2f", ",", ",.2f", "_.3f", "015,.2f",
                   "020_.3e", ",g", ",.10g", "=+12,.1f", "\u00e9>9.1f", "08,", "d", "x", "s", "c", ".", "5.5d", ".f",
                   ",,", "_,", ",_", ",n", "99999999999999999999", "\u00e9"]
    for x in floats:
        for spec in float_specs:
            case("ffmt", bits(x), esc(spec), outcome(lambda: format(x, spec)))
    # Random precisions on values near decimal ties (short binary fractions) and random doubles.
    for _ in range(2500):
        if rng.random() < 0.6:
            x = rng.randint(-10**6, 10**6) / 2.0 ** rng.randint(0, 12)
        else:
            x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
        spec = rng.choice(["%s.%df", "%s.%de", "%s.%dg", "%s.%d%%", "%s.%d", "%s.%dE"]) % (
            rng.choice(["", "#", "+", "z", ",", "012"]), rng.randint(0, 20))
        case("ffmt", bits(x), esc(spec), outcome(lambda: format(x, spec)))
    ints = [0, 1, -1, 5, -5, 42, 255, -255, 1234, 1234567, -1234567, 65, 9786, 0x10FFFF, 0x110000, 2**63 - 1,
            -2**63, 10**18, 123456789, 12345]
    int_specs = ["", "d", "5", "05", "-5", "+", " ", "<6", "^7", "=+8", "x<8", ",", "_", "08,", "010,", "09,", "_x",
                 "#_b", "#x", "#X", "#o", "#b", "x", "X", "o", "b", "#010x", "_o", "_X", "#_x", ",x", ",b", "_n", ",n",
                 "n", "c", "^5c", "+c", "#c", ",c", ".2", ".2d", "f", ".2f", "%", "e", "g", ",.2f", "s", "z", "5d5",
                 "<<5", "=^5", "0=5", "\u00e9^5", "\x00<5", ",_", "_,", ".", "#", "#d", "020_d"]
    for n in ints:
        for spec in int_specs:
            case("ifmt", str(n), esc(spec), outcome(lambda: format(n, spec)))
    for b in [True, False]:
        for spec in ["d", "5", "s", "x", ".2f", "c"]:
            case("bfmt", str(int(b)), esc(spec), outcome(lambda: format(b, spec)))
    strs = ["", "ab", "abc", "h\u00e9llo", "\u00e9t\u00e9", "x", "\u263a\u263a"]
    str_specs = ["", "s", "5", ">5", "^5", "<5", "^6", "05", ".1", ".2", "10.3", "*^9", "\u00e9>7", "=5", "+", "-",
                 " ", "#", "z", ",", "d", "0=5", "<0", "010", "^04", "_"]
    for s in strs:
        for spec in str_specs:
            case("sfmt", esc(s), esc(spec), outcome(lambda: format(s, spec)))
    for x in floats:
        for nd in [-310, -300, -20, -3, -2, -1, 0, 1, 2, 3, 5, 10, 17, 300, 330, 400]:
            case("round", bits(x), str(nd), outcome(lambda: round(x, nd)))
        case("roundi", bits(x), "", outcome(lambda: round(x)))
    float_texts = ["1_000.5", "_1", "1__0", "1_", "inf", "-Infinity", "nAn", "+nan", "0x1p3", "1e5", "1e", ".5", "5.",
                   ".", "1e+5", " 1.5 ", "1.5\n", "\u00a01.5", "infinity_", "1_e5", "1e_5", "1e5_0", "1.5_5", "1._5",
                   "", "nan(1)", "1E5", "1e400", "-1e400", "1e-400", "abc", "it's", "-0", "+.5e-3", "0.1",
                   "2.675", "1e-320", "123456789012345678901234567890", "- 1", "1 2", "\t-7.25\r\n"]
    for t in float_texts:
        case("pfloat", esc(t), "", outcome(lambda: float(t)))
    int_texts = [("12", 10), (" 12 ", 10), ("1_000", 10), ("_1", 10), ("1_", 10), ("0x1f", 16), ("0x1f", 0),
                 ("0x_1f", 0), ("010", 0), ("00", 0), ("0_0", 0), ("+ 1", 10), ("-12", 10), ("z", 36), ("Z", 36),
                 ("12", 1), ("12", 37), ("9223372036854775807", 10), ("-9223372036854775808", 10), ("", 10),
                 ("abc", 10), ("0b101", 0), ("0o17", 0), ("0O17", 0), ("0b", 0), ("0x", 16), ("1e5", 10),
                 ("0b101", 2), ("0b101", 16), ("12\n", 10), ("ff", 16), ("FF", 16), ("777", 8), ("8", 8),
                 ("1__0", 10), ("0x1F", 0), ("-0x10", 16), ("  -0b_1", 0), ("it's", 10), ("0_7", 0), ("07", 8)]
    for t, base in int_texts:
        case("pint", esc(t), str(base), outcome(lambda: int(t, base)))
    pct = [("%05f", "f", float("inf")), ("%-05f", "f", float("inf")), ("%+f", "f", float("nan")), ("%05d", "i", -3),
           ("%.3d", "i", 5), ("%.3d", "i", -5), ("%8.3d", "i", -5), ("%08.3d", "i", -5), ("%#o", "i", 8),
           ("%#x", "i", 255), ("%#X", "i", 255), ("%#08x", "i", 255), ("%-#8x", "i", 255), ("% d", "i", 5),
           ("%+d", "i", 5), ("%+ d", "i", 5), ("% +d", "i", 5), ("%x", "i", -255), ("%#x", "i", -255),
           ("%05s", "s", "ab"), ("%-5s", "s", "ab"), ("%.1s", "s", "ab"), ("%c", "c", 65), ("%5c", "c", 65),
           ("%-3c", "c", 0x263A), ("%#.0f", "f", 1.0), ("%.0e", "f", 15.0), ("%g", "f", 1e16), ("%#g", "f", 1.0),
           ("%.3g", "f", 1234.5), ("%e", "f", 0.0), ("%010.2e", "f", -1.5), ("%-010.2f", "f", 1.5), ("%u", "i", 5),
           ("%i", "i", 5), ("%.2f", "f", 2.675), ("%5.1f", "f", 12.34), ("%.f", "f", 1.5), ("%.d", "i", 5),
           ("%.0d", "i", 0), ("%ld", "i", 5), ("%hd", "i", 5), ("%Lf", "f", 1.0), ("%.3x", "i", 5),
           ("%#.3x", "i", 5), ("%#.3o", "i", 5), ("%#o", "i", 0), ("%F", "f", float("inf")), ("%E", "f", 1.5),
           ("%G", "f", 1e-10), ("%f", "f", 0.1), ("%r", "r", "a"), ("%-8r", "r", "it's"), ("%.3r", "r", "a\tb"), ("%10.4f", "f", 3.141592653589793),
           ("%-+8d", "i", 42), ("%+.2e", "f", 12345.678), ("%x", "i", 2**63 - 1), ("%o", "i", -2**63),
           ("%s", "s", "h\u00e9llo"), ("%7.3s", "s", "h\u00e9llo"), ("%d", "i", -2**63), ("%+05d", "i", 7),
           ("% 05d", "i", 7), ("%.12g", "f", 0.1), ("%#x", "i", 0), ("%-06.1f", "f", -2.25), ("%c", "c", 0x110000)]
    for fmt, kind, value in pct:
        shown = bits(value) if kind == "f" else (esc(value) if kind in "sr" else str(value))
        case("pct", esc(fmt), kind + ":" + shown, outcome(lambda: fmt % value))
    for fmt in ["%y", "%", "%5", "%-", "%.", "%\u00e9", "ab%zcd"]:
        case("pcterr", esc(fmt), "", outcome(lambda: fmt % 1))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                             "format_cases.txt")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Generated by regen_format.py with CPython %d.%d; do not edit.\n" % sys.version_info[:2])
        f.write("\n".join(lines) + "\n")


main()
