# lang_generators.py — generators: yield, yield from, send, return values, StopIteration, generator expressions.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


print(list(countdown(3)))
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(next(g, "exhausted"))


def delegate():
    result = yield from countdown(2)
    print("sub returned", result)
    yield from [10, 20]
    yield from range(2)


print(list(delegate()))


def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = averager()
next(avg)
print(avg.send(10), avg.send(20), avg.send(60))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


gen = fib()
print([next(gen) for _ in range(10)])
squares = (x * x for x in range(5))
print(sum(squares), sum(squares))


def lazy():
    print("started")
    yield 1
    print("resumed")
    yield 2
    print("finishing")


lz = lazy()
print("created")
for v in lz:
    print("got", v)


def with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("generator cleanup")


for item in with_finally():
    print(item)
print(list(zip(countdown(3), "xyz")))
