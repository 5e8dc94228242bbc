# values_float.py — float repr (shortest round-trip), arithmetic, special values and conversions.
values = [0.1, 0.2, 0.1 + 0.2, 1.0, -0.0, 1e-05, 0.0001, 1e16, 1e+16 + 1, 123456789012345.6, 1e22, 1.5e-10,
          3.141592653589793, 2.5, 1 / 3, 2 / 3, 10 / 4, 1e308 * 10, -1e308 * 10, 100.0, 1e15, 12345678901234567.0]
for v in values:
    print(repr(v), str(v))
print(float("3.5"), float("-0.25"), float(" 2 "), float(7), float("1e3"), float("inf"), float("-inf"))
print(0.1 * 3, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9)
print(7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, 2.0 ** 0.5, 4 ** 0.5)
print(int(2.9), int(-2.9), float(10 ** 16), 1.0 == 1, 0.5 < 1)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(5e-324, 1.7976931348623157e308, 2.0 ** 53, 2.0 ** 53 + 1)
print(1e-7, 0.000123, 123e-2, 1.23e5, 1.0e6)
print(1 / 2 + 1 / 4, 3 * 1.1, 1.1 + 2.2, 100 * 1.1)
print(float("nan") == float("nan"), float("inf") > 1e308)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
