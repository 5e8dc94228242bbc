# lang_del_global_assert.py — del of names, items, slices and attributes; assert with a message.
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
items = [0, 1, 2, 3, 4, 5]
del items[0]
del items[-1]
del items[1:3]
print(items)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)


class Box:
    pass


b = Box()
b.value = 5
print(b.value)
del b.value
try:
    print(b.value)
except AttributeError as e:
    print("AttributeError:", e)
a, c = 1, 2
del a, c
assert True, "not raised"
try:
    assert len(items) == 99, f"items has {len(items)} elements"
except AssertionError as e:
    print("AssertionError:", e)
total = 10
assert total > 5
print("done")
