# builtins_types.py — constructors int/float/str/bool/list/tuple/dict/set, type(), isinstance, repr, hash, id.
print(type(1), type(1.0), type("s"), type(True), type(None), type([]), type(()), type({}), type(set()))
print(type(range(1)), type(lambda: 0).__name__)


class Thing:
    pass


print(type(Thing()).__name__, type(Thing) is type, type(3) is int, type(3) == float)
print(int(), float(), str(), bool(), list(), tuple(), dict(), set())
print(int("12"), int(4.9), int("-0"), float("1.5"), float(2), str(3.0), str([None]), bool("False"), bool(0.0))
print(list("ab"), tuple([1, 2]), dict(a=1), dict([(1, 2)]), set("aab") == {"a", "b"}, set([3, 1, 2]))
print(isinstance(1, int), isinstance(1.0, int), isinstance(True, int), isinstance("s", (int, str)))
print(isinstance([], list), isinstance({}, dict), isinstance(None, type(None)), isinstance(Thing(), Thing))
print(isinstance(ValueError(), Exception), isinstance(3, float), isinstance(3.0, (int, float)))
print(repr(1), repr(1.5), repr("a'b"), repr([1, "2"]), repr((1,)), repr({"k": [1]}), repr(None), repr(True))
print(hash(1) == hash(1.0), hash(7), hash(-5), hash(0), hash(2 ** 20), hash(True), hash((1, 2)) == hash((1, 2)))
a = [1]
print(id(a) == id(a), id(a) != id([1]))
print(int(" -12 "), int("+5"), str(-0.5), str(10 ** 15))
try:
    int("4.5")
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    [] + ()
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    {}[[1]] = 1
except TypeError as e:
    print("TypeError:", e)
