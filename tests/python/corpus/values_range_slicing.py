# values_range_slicing.py — range objects (len, index, negative steps, membership) and slicing of str/list/tuple.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], 8 in r, 9 in r, r.index(11))
print(list(range(5)), list(range(5, 0, -1)), list(range(0, -10, -3)), list(range(3, 3)), len(range(10, 0)))
print(range(0, 10) == range(0, 10), list(range(10)[::-2]), list(reversed(range(4))))
text = "abcdefghij"
tup = tuple(range(10))
nums = list(range(10))
print(text[::-1], tup[::-1], nums[::-1])
print(text[1::3], tup[1::3], nums[1::3])
print(text[-2:], tup[-2:], nums[-2:])
print(text[:-8], tup[:-8], nums[:-8])
print(text[8:1:-3], tup[8:1:-3], nums[8:1:-3])
print(text[-1:-6:-1], tup[-1:-6:-1], nums[-1:-6:-1])
print(text[3:100], tup[3:100], nums[3:100])
print(text[-100:3], tup[-100:3], nums[-100:3])
print(text[::-1][::2], text[2:-2][::-1])
try:
    range(5)[10]
except IndexError as e:
    print("IndexError:", e)
try:
    text[::0]
except ValueError as e:
    print("ValueError:", e)
