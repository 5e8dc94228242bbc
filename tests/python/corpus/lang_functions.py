# lang_functions.py — def with defaults, *args, keyword-only arguments, **kwargs, return values and lambda.
def greet(name, greeting="Hello", punctuation="!"):
    return f"{greeting}, {name}{punctuation}"


print(greet("Ada"))
print(greet("Bob", "Hi"))
print(greet("Cy", punctuation="?"))
print(greet(greeting="Yo", name="Di"))


def total(*args):
    return sum(args), len(args), args


print(total())
print(total(1, 2, 3))
print(total(*[4, 5], 6))


def config(host, *, port=80, secure=False):
    return host, port, secure


print(config("a"))
print(config("b", port=8080, secure=True))


def describe(first, *rest, sep="-", **options):
    return first, rest, sep, sorted(options.items())


print(describe(1, 2, 3, sep="+", b=2, a=1))
print(describe(*"xy", **{"z": 26}))


def nothing():
    pass


def early(x):
    if x:
        return
    return "late"


print(nothing(), early(1), early(0))


def multi():
    return 1, "two", [3]


a, b, c = multi()
print(a, b, c)
square = lambda v: v * v
add = lambda x, y=10: x + y
print(square(7), add(1), add(1, 2), (lambda: "anon")())
print(list(map(lambda t: t[1], [(1, "a"), (2, "b")])))


def mutable_default(item, bucket=[]):
    bucket.append(item)
    return bucket


print(mutable_default(1), mutable_default(2))


def recurse(n):
    return 1 if n <= 1 else n * recurse(n - 1)


print(recurse(10))
print(greet.__name__)
try:
    greet()
except TypeError as e:
    print("TypeError:", e)
try:
    config("h", 1)
except TypeError as e:
    print("TypeError:", e)
