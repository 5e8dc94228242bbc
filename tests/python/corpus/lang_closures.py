# lang_closures.py — closures, nonlocal, global, and late binding in loops.
counter_total = 0


def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c2(), c1(5), c2(10))


def bump():
    global counter_total
    counter_total += 1


bump()
bump()
print("counter_total", counter_total)


def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]


print([f(10) for f in make_adders()])
late = [lambda: i for i in range(3)]
print([f() for f in late])


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"

        inner()
        return x

    return middle(), x


print(outer())


def read_global():
    return counter_total * 10


print(read_global())


def shadow():
    counter_total = "local"
    return counter_total


print(shadow(), counter_total)


def make_accumulator():
    items = []

    def add(v):
        items.append(v)
        return list(items)

    return add


acc = make_accumulator()
acc(1)
print(acc(2))
