# values_bool_none.py — bool as an int subtype, truthiness of every kind of value, None, identity comparisons.
print(True + True, True * 10, False - 1, int(True), True == 1, isinstance(True, int))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("x"), bool([]), bool([0]), bool({}), bool(None))
print(bool(()), bool((0,)), bool(set()), bool(range(0)), bool(range(1)))
x = None
print(x, x is None, x is not None, x == None, type(None))
print(str(True), repr(False), str(None), f"{True}")
print(True and "yes", False or "fallback", None or [] or "last")


def returns_none():
    pass


print(returns_none() is None)
print(sorted([True, False, True]), sum([True, True, False]), max(False, True))
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c)
