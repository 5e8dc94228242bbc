# values_fstrings.py — f-strings: format specs, !r/!s, =, nested specs, width/alignment/sign/grouping/precision.
name = "Ada"
pi = 3.14159265
n = 1234567
print(f"{name} {name!r} {name!s} {name:>6}| {name:<6}| {name:^7}| {name:*^9}")
print(f"{pi:.2f} {pi:8.3f}| {pi:<8.1f}| {pi:e} {pi:.3e} {pi:g} {pi:%} {0.25:.0%}")
print(f"{n:,} {n:_} {n:>12,} {-n:+,} {n:+} {42:05d} {-42:05d} {42: d} {7:b} {255:x} {255:X} {255:#x} {8:o}")
print(f"{3.0} {1e20} {1 / 3} {2.5:.0f} {3.5:.0f} {0.1 + 0.2:.17f} {12.0:g} {1e-5:g} {123456789.0:g}")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}f}] [{name:>{width}}] [{n:{'>'}{width},}]")
x, y = 7, [1, 2]
print(f"{x=} {y=} {x + 1=} {name=!s} {pi=:.2f}")
print(f"{'nested'!r:>12} {{literal braces}} {x * 2} {y[0]} {len(name)} {'q' + 'r'}")
print(f"{True} {None} {[1, 'a']} {(1,)} {{'k': 1}} {dict(k=1)}")
print(f"{-0.0} {1.5:>+8.2f} {12:<4}| {12:^5}| {'ab':.1}")
value = 0.000012345
print(f"{value} {value:.2e} {value:.3g} {1234.5:.2g} {100:.2f} {5:.1%}")
print(f"{'a':1} {'':3}| {10:#b} {-7 // 2} {int('9') ** 2}")
