# builtins_core.py — print(sep, end), len, enumerate, zip, sum, min/max (key, default), sorted, reversed, abs.
print("a", "b", "c", sep="-")
print("no newline", end="")
print(" <- same line", end="!\n")
print()
print("x", 1, None, 2.5, [1], sep="")
print(*[1, 2, 3], sep=", ", end=".\n")
print(len("abc"), len([1, 2]), len({"k": 1}), len(range(7)), len(()), len(set([1, 1, 2])))
print(list(enumerate("ab")), list(enumerate(["x", "y"], start=1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip(range(2), range(5, 7), "pq")))
print(sum([1, 2, 3]), sum([0.5, 0.25]), sum([], 10), sum([[1], [2]], []), sum(range(101)))
print(min(3, 1, 2), max([4, 9, 2]), min("bca"), max("apple", "fig", key=len), min([], default="empty"))
print(max([-3, 2, -5], key=abs), min([(1, "b"), (1, "a")]), max(range(0), default=None))
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted({3: "c", 1: "a"}), sorted([-2, 1, -3], key=abs))
people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 25)]
print(sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: -p[1]))
print(list(reversed("abc")), list(reversed([1, 2, 3])), list(reversed(range(3))))
print(abs(-3), abs(2.5), abs(-0.0), abs(True))
print(divmod(17, 5), divmod(-17, 5), pow(2, 8), pow(2, -2), pow(5, 3, 7), pow(-2, 3))
print(any([]), all([]), any([0, "", 1]), all([1, "x", [0]]), any(x > 2 for x in [1, 3]))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])), list(filter(None, [0, 1, "", "a"])))
print(list(filter(lambda n: n % 2, range(7))))
it = iter([10, 20])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
