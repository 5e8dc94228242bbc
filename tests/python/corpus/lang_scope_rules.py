# lang_scope_rules.py — LEGB lookup, UnboundLocalError, class scope vs method scope, loop variables leaking.
x = "global"


def show():
    return x


def shadowing():
    x = "local"
    return x, show()


print(show(), shadowing())


def unbound():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


unbound()


class Config:
    x = "class attribute"
    doubled = x * 2

    def method(self):
        return x


print(Config.x, Config.doubled, Config().method())
for i in range(3):
    pass
print("i leaked:", i)
total = 0


def add_to_total(n):
    global total
    total = total + n


for n in range(5):
    add_to_total(n)
print(total)


def counter():
    calls = 0

    def inc():
        nonlocal calls
        calls += 1
        return calls

    def get():
        return calls

    return inc, get


inc, get = counter()
inc()
inc()
print(get())
len = lambda s: "shadowed"
print(len("builtins can be shadowed"))
del len
print(len("builtin again"))
