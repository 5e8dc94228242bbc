# values_comprehensions.py — list, dict, set comprehensions and generator expressions, nested, filtered, scoped.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[r * c for c in range(3)] for r in range(3)])
print({x: x ** 2 for x in range(5)})
print({k: v for k, v in zip("abc", [3, 1, 2]) if v > 1})
print({x % 4 for x in range(10)})
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(list(x * 2 for x in "ab"), tuple(i for i in range(3)))
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
x = "outer"
squares = [x for x in range(3)]
print(x, squares)
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix], [list(col) for col in zip(*matrix)])
print({v: k for k, v in {"a": 1, "b": 2}.items()})
gen = (n for n in range(3))
print(next(gen), list(gen), list(gen))
print(any(n > 4 for n in range(6)), all(n < 4 for n in range(6)))
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]])
