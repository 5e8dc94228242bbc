#!/usr/bin/env python3
# regen_math.py — writes math_cases.txt: CPython 3.11's math functions, int/float operators and hash() results,
# which pymath_test checks. Usage: python3 regen_math.py [OUTPUT]   (default: math_cases.txt beside this script)
# Each line is `kind|a|b|result`; floats are IEEE-754 bits in hex, lists are comma-separated; a result is
# `=value` (ints in decimal, floats as bits, pairs comma-separated) or `!Type: message`.
import json
import math
import os
import random
import struct
import subprocess
import sys


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def show(value):
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, float):
        return bits(value)
    if isinstance(value, tuple):
        return ",".join(show(v) for v in value)
    return str(value)


def outcome(thunk):
    try:
        return "=" + show(thunk())
    except Exception as e:  # the message is the expectation
        return "!%s: %s" % (type(e).__name__, e)


def main():
    rng = random.Random(77)
    lines = []

    def case(kind, a, b, thunk):
        lines.append("%s|%s|%s|%s" % (kind, a, b, outcome(thunk)))

    def rfloat():
        pick = rng.random()
        if pick < 0.4:
            return rng.uniform(-100, 100)
        if pick < 0.7:
            return float(rng.randint(-50, 50))
        if pick < 0.9:
            return rng.uniform(-1, 1) * 10.0 ** rng.randint(-300, 300)
        return rng.choice([0.0, -0.0, float("inf"), -float("inf"), float("nan"), 5e-324, 1.7976931348623157e308])

    def rint():
        pick = rng.random()
        if pick < 0.5:
            return rng.randint(-100, 100)
        if pick < 0.8:
            return rng.randint(-2**63, 2**63 - 1)
        return rng.randint(-10**6, 10**6)

    for _ in range(300):
        v = [rfloat() for _ in range(rng.randint(0, 5))]
        case("hypot", ",".join(bits(x) for x in v), "", lambda: math.hypot(*v))
    for _ in range(100):
        n = rng.randint(1, 4)
        p = [rfloat() for _ in range(n)]
        q = [rfloat() for _ in range(n)]
        case("dist", ",".join(bits(x) for x in p), ",".join(bits(x) for x in q), lambda: math.dist(p, q))
    for _ in range(200):
        v = [rfloat() * rng.choice([1, 1e100, 1e-100]) for _ in range(rng.randint(0, 12))]
        case("fsum", ",".join(bits(x) for x in v), "", lambda: math.fsum(v))
    for _ in range(400):
        x, y = rfloat(), rng.choice([rfloat(), float(rng.randint(-5, 5))])
        case("fdivmod", bits(x), bits(y), lambda: divmod(x, y))
        case("fmod", bits(x), bits(y), lambda: x % y)
        case("ffloordiv", bits(x), bits(y), lambda: x // y)
        case("ftruediv", bits(x), bits(y), lambda: x / y)
        try:
            is_complex = isinstance(x ** y, complex)
        except (ZeroDivisionError, OverflowError):
            is_complex = False
        if not is_complex:  # a complex result is LoopLab's documented ValueError instead
            case("fpow", bits(x), bits(y), lambda: x ** y)
        case("mpow", bits(x), bits(y), lambda: math.pow(x, y))
        case("hashf", bits(x), "", lambda: hash(x) if not math.isnan(x) else 0)
        i = rng.choice([rint(), int(x) if math.isfinite(x) and abs(x) < 2**63 else 3])
        case("cmp", str(i), bits(x), lambda: -1 if i < x else 0 if i == x else 1 if i > x else 2)
        case("floor", bits(x), "", lambda: math.floor(x))
        case("ceil", bits(x), "", lambda: math.ceil(x))
        case("trunc", bits(x), "", lambda: math.trunc(x))
        case("log", bits(x), "", lambda: math.log(x))
        case("logb", bits(x), bits(abs(y)), lambda: math.log(x, abs(y)))
        case("log2", bits(x), "", lambda: math.log2(x))
        case("log10", bits(x), "", lambda: math.log10(x))
        case("sqrt", bits(x), "", lambda: math.sqrt(x))
        case("exp", bits(x / 100), "", lambda: math.exp(x / 100))
        case("mfmod", bits(x), bits(y), lambda: math.fmod(x, y))
        case("degrees", bits(x), "", lambda: math.degrees(x))
        case("radians", bits(x), "", lambda: math.radians(x))
        case("fhex", bits(x), "", lambda: x.hex())
        case("isclose", bits(x), bits(x * (1 + 1e-10)), lambda: math.isclose(x, x * (1 + 1e-10)))
    for _ in range(300):
        a, b = rint(), rng.choice([rint(), rng.randint(-9, 9)])
        case("idivmod", str(a), str(b), lambda: divmod(a, b))
        case("imod", str(a), str(b), lambda: a % b)
        case("itruediv", str(a), str(b), lambda: a / b)
        case("hashi", str(a), "", lambda: hash(a))
        case("gcd", str(a), str(b), lambda: math.gcd(a, b))
        case("lcm", str(a), str(b), lambda: math.lcm(a, b))
        e = rng.randint(0, 70)
        case("ipow", str(b), str(e), lambda: b ** e)
        m = rng.choice([rint(), 7, -7, 1, 2**61 - 1])
        case("ipowmod", str(a), str(e) + "," + str(m), lambda: pow(a, e, m))
        s = rng.randint(-2, 70)
        case("lshift", str(b), str(s), lambda: b << s)
        case("rshift", str(a), str(s), lambda: a >> s)
        nd = rng.randint(-20, 2)
        case("roundint", str(a), str(nd), lambda: round(a, nd))
        case("isqrt", str(a), "", lambda: math.isqrt(a))
    for n in range(-1, 70, 3):
        for k in range(-1, 40, 4):
            case("comb", str(n), str(k), lambda: math.comb(n, k))
            case("perm", str(n), str(k), lambda: math.perm(n, k))
        case("factorial", str(n), "", lambda: math.factorial(n))
    for _ in range(100):
        t = tuple(rint() for _ in range(rng.randint(0, 4)))
        case("hasht", ",".join(str(hash(v)) for v in t), "", lambda: hash(t))
    # str hashes as CPython computes them with PYTHONHASHSEED=0 (a child interpreter with that environment).
    texts = []
    for _ in range(150):
        top = rng.choice([0x7F, 0xFF, 0x7FF, 0xFFFF, 0x10FFFF])
        texts.append("".join(chr(rng.choice([rng.randint(0x20, 0x7E), rng.randint(0, top)])) for _ in
                             range(rng.randint(0, 20))).encode("utf-8", "surrogatepass").decode("utf-8", "replace"))
    child = subprocess.run([sys.executable, "-c", "import sys, json; print(json.dumps([hash(t) for t in "
                            "json.load(sys.stdin)]))"], input=json.dumps(texts), capture_output=True, text=True,
                           env=dict(os.environ, PYTHONHASHSEED="0"), check=True)
    for text, value in zip(texts, json.loads(child.stdout)):
        lines.append("hashs|%s||=%d" % (text.encode("utf-8").hex(), value))
    for _ in range(200):
        x = rfloat()
        nd = rng.randint(-320, 330) if rng.random() < 0.2 else rng.randint(-5, 8)
        case("roundf", bits(x), str(nd), lambda: round(x, nd))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                             "math_cases.txt")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Generated by regen_math.py with CPython %d.%d; do not edit.\n" % sys.version_info[:2])
        f.write("\n".join(lines) + "\n")


main()
