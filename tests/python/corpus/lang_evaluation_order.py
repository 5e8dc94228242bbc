# lang_evaluation_order.py — left-to-right evaluation: calls, arguments, subscripts, augmented assignment targets,
# dict displays, chained comparisons evaluated once, short-circuiting, and assignment order of tuple targets.
log = []


def v(label, value=None):
    log.append(label)
    return label if value is None else value


def show(title):
    print(title, log)
    log.clear()


v("f", print)(v("a", 1), v("b", 2), sep=v("sep", "-"))
show("call:")
d = {v("k1"): v("v1"), v("k2"): v("v2")}
show("dict display:")
items = [0, 0, 0]
items[v("index", 1)] = v("value", 5)
show("subscript assignment:")
items[v("aug index", 2)] += v("aug value", 7)
show("augmented:")
print(items)
print(v("low", 1) < v("mid", 2) < v("high", 3))
show("chained comparison:")
print(v("x", 0) and v("never"), v("y", 1) or v("never"))
show("short circuit:")
a = [1, 2, 3]
i = 0
i, a[i] = 1, 99
print(i, a)
x = [v("e1"), v("e2")] + [v("e3")]
show("list concat:")
print(v("base", 2) ** v("exp", 3))
show("power:")
print({v("s1", 1), v("s2", 2)} == {1, 2}, (v("t1", 1), v("t2", 2)))
show("set and tuple displays:")
print(f"{v('f1')} {v('f2')}")
show("f-string:")
print(v("cond", True) if v("test", False) else v("other", "else branch"))
show("conditional expression:")
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2, not 1 == 2, 1 + 2 * 3 - 4 / 2, 7 - 3 - 2, 2 * 3 % 4, 1 | 2 ^ 3 & 4)
print(10 - -3, +-+1, ~~5, 3 < 4 == 4, 1 if 0 else 2 if 0 else 3, [1, 2][-1:] * 2)
