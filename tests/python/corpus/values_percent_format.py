# values_percent_format.py — %-formatting and str.format: positional, named, indexed, specs, repr/str conversions.
print("%s and %s" % ("this", "that"))
print("%d items, %5d| %-5d| %05d %+d" % (3, 42, 42, 42, 42))
print("%.2f %8.3f| %e %g %g" % (3.14159, 2.71828, 12345.678, 0.0001, 1e20))
print("%r %s %r" % ("quoted", "plain", 5))
print("%x %X %o %c %%" % (255, 255, 8, 65))
print("%(name)s is %(age)d" % {"name": "Ada", "age": 36})
print("%s" % [1, 2], "%s" % (1,), "%5.1f%%" % 99.44, "Task %s done" % 3)
print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}-{n}".format(name="k", n=2))
print("{:>6}|{:<6}|{:^6}|{:*>6}".format("r", "l", "c", "s"))
print("{:.3f} {:,} {:08.2f} {:+d} {:e}".format(2 / 3, 1234567, -3.14159, 7, 0.5))
print("{0!r} {0!s} {0}".format("v"), "{0[1]} {1[k]}".format([10, 20], {"k": "dict"}))
print("{:{w}.{p}f}|".format(3.14159, w=9, p=2), "{:%}".format(0.5), "{:b}".format(10))
print("{{}} {}".format("braces"), "{:d}".format(True), "{}".format(None))
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "{} {}".format("only one")
except IndexError as e:
    print("IndexError:", e)
