# values_int.py — int arithmetic: floor division and modulo sign rules, **, bit operations, comparisons, bases.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(2 ** 10, 2 ** 0, (-2) ** 3, -2 ** 2, 2 ** -1, 10 ** 18)
print(7 & 3, 7 | 8, 7 ^ 2, ~5, 1 << 10, 1024 >> 3, -16 >> 2)
print(int("42"), int("-17"), int(" 8 "), int(3.99), int(-3.99), int(True), int("ff", 16), int("101", 2))
print(0x1F, 0o17, 0b101, 1_000_000)
print(abs(-5), abs(0), -(-3), +4)
print(3 == 3.0, 1 < 2, 5 >= 5, 3 != 4)
print(9223372036854775807, -9223372036854775807 - 1)
print(10 // 3 * 3 + 10 % 3, 17 % 5, -17 % 5, 17 % -5)
print(int("0"), int("-0"), 0 == -0)
print(bin(10), hex(255), oct(8))
x = 5
x //= 2
print(x, type(x), type(7 / 7), 6 // 2.0)
print(max(3, 9, 2), min(-1, 4), sum([1, 2, 3]))
print(pow(2, 10), pow(3, 4, 5), pow(7, 0, 3), pow(2, 100, 1000))
print(round(7), round(-7), hash(5), hash(-3), hash(0), hash(True))
