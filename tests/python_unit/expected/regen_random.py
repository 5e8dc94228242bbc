#!/usr/bin/env python3
# regen_random.py — writes random_sequences.txt: CPython 3.11's `random` outputs that mersenne_twister_test checks.
# Usage: python3 regen_random.py [OUTPUT]   (default: random_sequences.txt beside this script)
# Each line is `case = values`; ints are decimal, floats are their IEEE-754 bits as 16 hex digits.
import os
import random
import struct
import sys


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def ints(values):
    return " ".join(str(v) for v in values)


def floats(values):
    return " ".join(bits(v) for v in values)


def words(value, k):
    out = []
    for _ in range((k + 31) // 32):
        out.append(value & 0xFFFFFFFF)
        value >>= 32
    return out


def main():
    lines = []
    r = random.Random()

    def case(name, text):
        lines.append("%s = %s" % (name, text))

    r.seed(12345)
    case("seed_12345_randint_0_2", ints(r.randint(0, 2) for _ in range(20)))
    for seed in [0, 1, 42, -5, 2**32, 2**32 + 1, 2**63 - 1, -2**63, 2**64 - 1, 123456789]:
        r.seed(seed)
        case("seed_int_%d_random" % seed, floats(r.random() for _ in range(5)))
        r.seed(seed)
        case("seed_int_%d_getrandbits" % seed, ints(r.getrandbits(k) for k in [1, 5, 31, 32, 33, 63, 64, 0]))
    for seed in [2**100 + 12345, 2**64, 3**70]:
        r.seed(seed)
        case("seed_words_%d_random" % seed, ints(words(seed, seed.bit_length())) + " : " +
             floats(r.random() for _ in range(3)))
    for index, text in enumerate(["hello", "", "h\u00e9llo \u2713", "a" * 200, "\x00x", "LoopLab"]):
        r.seed(text)
        case("seed_str_%d_random" % index, floats(r.random() for _ in range(3)))
    for index, value in enumerate([1.5, -1.5, 0.1, 1e300, -0.0, 2.0, -3.25e-7]):
        r.seed(value)
        case("seed_float_%d_random" % index, floats(r.random() for _ in range(3)))
    r.seed(7)
    case("randrange_stop_10", ints(r.randrange(10) for _ in range(30)))
    case("randrange_m5_5", ints(r.randrange(-5, 5) for _ in range(30)))
    case("randrange_0_100_7", ints(r.randrange(0, 100, 7) for _ in range(30)))
    case("randrange_100_0_m3", ints(r.randrange(100, 0, -3) for _ in range(30)))
    case("randrange_full_64", ints(r.randrange(-2**63, 2**63 - 1) for _ in range(10)))
    case("randint_big", ints(r.randint(-10**18, 10**18) for _ in range(10)))
    case("randint_1_6", ints(r.randint(1, 6) for _ in range(40)))
    r.seed(2024)
    case("choice_7", ints(r.choice(range(7)) for _ in range(30)))
    for n in [0, 1, 2, 10, 52]:
        items = list(range(n))
        r.shuffle(items)
        case("shuffle_%d" % n, ints(items))
    r.seed(99)
    for n, k in [(10, 5), (100, 5), (100, 10), (80, 10), (1000, 1000), (50, 0), (21, 21), (22, 6), (10**6, 30)]:
        case("sample_%d_%d" % (n, k), ints(r.sample(range(n), k)))
    r.seed(5)
    case("choices_5_20", ints(r.choices(range(5), k=20)))
    case("choices_weights", ints(r.choices(range(4), weights=[1, 2, 3.5, 0.5], k=20)))
    case("choices_cum_weights", ints(r.choices(range(3), cum_weights=[1, 3, 6], k=10)))
    r.seed(11)
    case("gauss_0_1", floats(r.gauss() for _ in range(11)))
    r.seed(11)
    r.gauss()
    r.seed(11)  # a seed drops the cached gauss_next
    case("gauss_after_reseed", floats([r.gauss(10.0, 2.5), r.gauss(10.0, 2.5)]))
    case("normalvariate", floats(r.normalvariate(1.0, 3.0) for _ in range(10)))
    case("expovariate", floats(r.expovariate(1.5) for _ in range(10)))
    case("uniform_1_10", floats(r.uniform(1.0, 10.0) for _ in range(5)))
    r.seed(3)
    case("getrandbits_100_words", ints(words(r.getrandbits(100), 100)))
    case("getrandbits_after", ints([r.getrandbits(7)]))
    r.seed(2016)
    case("blog_delays", ints(r.randint(1, 3) for _ in range(9)))
    r.seed(8)
    case("triangular", floats([r.triangular(), r.triangular(1.0, 5.0), r.triangular(1.0, 5.0, 4.5),
                               r.triangular(2.0, 2.0, 2.0), r.triangular(5.0, 1.0, 2.0)]))
    # A long mixed run: ops and arguments drawn by a separate driver, each line replayed in order by the test.
    driver = random.Random(4242)
    r.seed(987654321)
    for index in range(400):
        op = driver.choice(["randint", "randrange3", "random", "getrandbits", "choice", "sample", "shuffle",
                            "uniform", "choices", "gauss", "seed"])
        if op == "randint":
            a = driver.randint(-10**driver.randint(0, 18), 10**driver.randint(0, 18))
            b = a + driver.randint(0, 10**driver.randint(0, 18))
            args, result = [a, b], [r.randint(a, b)]
        elif op == "randrange3":
            a = driver.randint(-1000, 1000)
            step = driver.choice([-7, -3, -1, 1, 2, 5, 1000])
            b = a + step * driver.randint(1, 50)
            args, result = [a, b, step], [r.randrange(a, b, step)]
        elif op == "random":
            args, result = [], [bits(r.random())]
        elif op == "getrandbits":
            k = driver.randint(0, 64)
            args, result = [k], [r.getrandbits(k)]
        elif op == "choice":
            n = driver.randint(1, 10**driver.randint(0, 12))
            args, result = [n], [r.choice(range(n))]
        elif op == "sample":
            n = driver.randint(0, 300)
            k = driver.randint(0, n)
            args, result = [n, k], r.sample(range(n), k)
        elif op == "shuffle":
            n = driver.randint(0, 40)
            items = list(range(n))
            r.shuffle(items)
            args, result = [n], items
        elif op == "uniform":
            a, b = driver.uniform(-100, 100), driver.uniform(-100, 100)
            args, result = [bits(a), bits(b)], [bits(r.uniform(a, b))]
        elif op == "choices":
            n, k = driver.randint(1, 20), driver.randint(0, 10)
            args, result = [n, k], r.choices(range(n), k=k)
        elif op == "gauss":
            args, result = [], [bits(r.gauss())]
        else:
            value = driver.randint(-2**63, 2**64 - 1)
            r.seed(value)
            args, result = [value], []
        case("mixed_%03d" % index, "%s %s => %s" % (op, " ".join(str(a) for a in args),
                                                      " ".join(str(v) for v in result)))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                             "random_sequences.txt")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Generated by regen_random.py with CPython %d.%d; do not edit.\n" % sys.version_info[:2])
        f.write("\n".join(lines) + "\n")


main()
