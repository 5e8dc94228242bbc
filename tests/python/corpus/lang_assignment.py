# lang_assignment.py — plain, chained, tuple, starred, augmented and annotated assignment.
a = b = 3
print(a, b)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (10, 20), 30
print(p, q, r)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
head, *middle, tail = range(5)
print(head, middle, tail)
a, *b = [7]
print(a, b)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
n = 10
n += 5
n -= 3
n *= 2
n //= 5
n **= 3
n %= 7
print(n)
s = "ab"
s *= 3
s += "!"
print(s)
lst = [1, 2]
alias = lst
lst += [3]
print(alias)
f = 7.5
f /= 2
print(f)
bits = 0b1100
bits &= 0b1010
bits |= 1
bits ^= 0b11
bits <<= 2
bits >>= 1
print(bits)
count: int = 4
label: str
print(count)
values = [0, 0, 0]
values[1] = 9
values[-1] += 4
print(values)
d = {}
d["k"] = d.get("k", 0) + 1
print(d)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    u, v, w = [1, 2]
except ValueError as e:
    print("ValueError:", e)
