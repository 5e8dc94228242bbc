# lang_dunder_methods.py — __str__, __repr__, __eq__, __lt__, sorting user objects, __len__ and friends.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __str__(self):
        return f"({self.x}, {self.y})"

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


p = Point(1, 2)
print(p)
print(repr(p), str(p))
print([p, Point(3, 4)])
print(f"{p} and {p!r}")
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == "x")
pts = [Point(3, 1), Point(1, 5), Point(2, 2), Point(1, 0)]
print(sorted(pts))
print(max(pts), min(pts))
pts.sort(reverse=True)
print(pts)
print(Point(1, 1) + Point(2, 3))
print(Point(0, 0) in pts, Point(1, 0) in pts)


class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __bool__(self):
        return bool(self.items)


b = Bag("a", "b", "c")
print(len(b), b[1], "b" in b, "z" in b, list(b), bool(b), bool(Bag()))


class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"v{self.major}.{self.minor}"


print(sorted([Version(2, 0), Version(1, 10), Version(1, 2)]))
print(sorted([Version(2, 0), Version(1, 10)], key=lambda v: v.minor))
