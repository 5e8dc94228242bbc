# values_list.py — list methods, slicing with steps (negative too), slice assignment, nesting, comparison.
a = [5, 3, 8, 1]
a.append(9)
a.extend([2, 7])
a.insert(0, 4)
print(a, len(a))
print(a.pop(), a.pop(0), a, a.index(8), a.count(3))
a.remove(3)
print(a)
a.sort()
print(a)
a.reverse()
print(a)
b = a.copy()
b[0] = 100
print(a[0], b[0])
nums = list(range(10))
print(nums[2:8:2], nums[::-1], nums[::-3], nums[8:2:-2], nums[-3:], nums[:-7], nums[5:5], nums[-100:2])
nums[2:5] = ["x", "y"]
print(nums)
nums[::2] = [0] * len(nums[::2])
print(nums)
del nums[::3]
print(nums)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid)
print([1, 2] + [3], [0] * 4, [1, 2] * 2, [[]] * 2)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [3] > [2, 9], [1, 2] == [1, 2])
print(list("abc"), list((1, 2)), list(range(3)), list({"k": 1, "j": 2}))
print(sorted([3, 1, 2]), sorted(["b", "A", "c"]), sorted(["bb", "a", "ccc"], key=len, reverse=True))
words = ["pear", "fig", "apple", "kiwi"]
words.sort(key=lambda w: (len(w), w))
print(words)
print(9 in a, 42 in a, a.index(9))
m = [1, [2, [3, [4]]]]
print(m[1][1][1][0], m)
e = []
print(e, not e)
try:
    e.pop()
except IndexError as err:
    print("IndexError:", err)
try:
    a.remove(42)
except ValueError as err:
    print("ValueError:", err)
print(list(reversed([1, 2, 3])), a.clear(), a)
