# values_range_slicing.py — range objects (len, index, negative steps, membership) and slicing of str/list/tuple.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], 8 in r, 9 in r, r.index(11))
print(list(range(5)), list(range(5, 0, -1)), list(range(0, -10, -3)), list(range(3, 3)), len(range(10, 0)))
print(range(0, 10) == range(0, 10), list(range(10)[::-2]), list(reversed(range(4))))
text = "abcdefghij"
tup = tuple(range(10))
for sl in [slice(None, None, -1), slice(1, None, 3), slice(-2, None, None), slice(None, -8, None),
           slice(8, 1, -3), slice(-1, -6, -1), slice(3, 100), slice(-100, 3)]:
    print(text[sl], tup[sl], list(range(10))[sl])
print(text[::-1][::2], text[2:-2][::-1])
try:
    range(5)[10]
except IndexError as e:
    print("IndexError:", e)
try:
    text[::0]
except ValueError as e:
    print("ValueError:", e)
