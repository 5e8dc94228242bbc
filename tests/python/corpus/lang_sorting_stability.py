# lang_sorting_stability.py — sort stability, multi-key sorts, reverse keeps stability, sorting by two passes.
records = [("bob", "sales", 3), ("ann", "eng", 5), ("cy", "eng", 3), ("di", "sales", 5), ("ed", "eng", 4)]
print(sorted(records, key=lambda r: r[2]))
print(sorted(records, key=lambda r: r[2], reverse=True))
print(sorted(records, key=lambda r: (r[1], -r[2], r[0])))
two_pass = sorted(records, key=lambda r: r[0])
two_pass.sort(key=lambda r: r[1])
print(two_pass)
print(sorted("banana"), sorted([3.5, 1, 2.25, -1]), sorted([[2, 1], [1, 9], [2, 0]]))
print(sorted(["b", "B", "a", "A"]), sorted(["b", "B", "a", "A"], key=str.lower))
words = "The quick brown fox Jumped over the lazy dog".split()
print(sorted(words, key=len), min(words, key=len), max(words, key=str.lower))
nums = [5, 2, 9, 1]
nums.sort(key=lambda n: -n)
print(nums, sorted(range(10), key=lambda n: (n % 3, n)))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
