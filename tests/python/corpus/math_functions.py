# math_functions.py — the math module: constants, rounding, roots, powers, logs, trig, gcd, factorial, isclose.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), type(math.floor(1.5)))
print(math.sqrt(2), math.sqrt(16), math.pow(2, 10), math.exp(1), math.exp(0))
print(math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(8), math.log(8, 2))
print(math.sin(0), math.cos(0), math.tan(0), round(math.sin(math.pi / 2), 12), math.atan2(1, 1))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4))
print(math.gcd(12, 18), math.factorial(10), math.factorial(0), math.comb(5, 2), math.perm(5, 2))
print(math.fabs(-3), math.isclose(0.1 + 0.2, 0.3), math.isinf(math.inf), math.isfinite(1.0), math.copysign(2, -1))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.modf(3.5), math.fmod(7, 3))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
