# values_tuple_dict_set.py — tuples, dicts (insertion order, methods, views), sets of small ints (ordered by value).
t = (1, 2, 3)
single = (1,)
print(t, single, (), t[1], t[-1], t[1:], len(t), t + (4,), t * 2, t.count(2), t.index(3), tuple([4, 5]))
print(tuple("ab"), (1, 2) < (1, 3), (1, 2) == (1, 2), 2 in t)
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 2 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
for k, v in d.items():
    print(k, v)
print(d.pop("a"), d, d.pop("zz", "missing"), d.setdefault("e", 5), d.setdefault("e", 6), d)
d.update({"f": 6, "b": 0})
d.update(g=7)
print(d)
del d["c"]
print(d, dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("ab", [1, 2])), {})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts, key=counts.get), max(counts, key=counts.get), {1: "a", 2: "b"} == {2: "b", 1: "a"})
nested = {"k": [1, 2], "m": {"n": None}}
print(nested, nested["m"]["n"])
print(d.copy() == d, list(d), d.popitem(), d)
s = {3, 1, 2, 3, 1}
print(s, len(s), 2 in s, 5 in s, set(), set([5, 4, 4]), set(range(5)))
s.add(7)
s.add(0)
s.discard(3)
s.remove(1)
print(s, sorted(s))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= {1, 2, 3, 4, 5}, {1} < a, a.union([9]), a.intersection(b))
print({2, 1} == {1, 2}, {1, 2} != {1, 3})
try:
    d["nope"]
except KeyError as e:
    print("KeyError:", e)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
