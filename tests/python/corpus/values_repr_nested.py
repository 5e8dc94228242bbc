# values_repr_nested.py — str() and repr() of containers nest repr(): floats, strings with quotes, None, bools,
# nested lists/tuples/dicts, empty containers, and a list that contains itself.
data = [0.1, 1e-05, 2.0, -0.0, "it's", 'say "x"', None, True, (1,), (), [], {}, {1: [2.5, "a"]}, {3, 1}]
print(data)
print(str(data) == repr(data), str("x"), repr("x"), str(["x"]))
print((1.5, "b", [None]), {"k": (0.30000000000000004, 1e16)}, [[[]]], ((),))
print({"nested": {"deeper": {"deepest": [1, 2, {"end": True}]}}})
print([1e22, 1e21, 123456789.123456789, 0.1 + 0.7, 1 / 7])
loop = [1, 2]
loop.append(loop)
print(loop, len(loop))
d = {"self": None}
d["self"] = d
print(d)
print(set(), {0}, set([2, 1]), tuple([1, 2]), list(()), dict(), str(()), repr([]))
print(["tab\t", "new\nline", "back\\slash", "\x00", "é"])
