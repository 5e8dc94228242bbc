# values_round.py — round(): banker's rounding of halves, round(x, n) on binary floats, negative n, ints.
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999, 2.6]])
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(3.14159, 3))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(15, -1), round(25, -1))
print(round(2.5, 0), round(-0.4), round(0.1 + 0.2, 1), round(1e16 + 0.5))
print(type(round(2.5)), type(round(2.5, 1)), type(round(7, 1)))
print(round(123.456, 1), round(-123.456, 1), round(0.05, 1), round(0.15, 1), round(0.25, 1))
