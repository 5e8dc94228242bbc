x = lambda: 0
x = lambda a, b=1, *c, d, e=2, **f: a
x = a if b else c
x = a if b else c if d else e
x = a or b or c and d and not e
x = not a == b
x = a < b <= c > d >= e == f != g
x = a in b not in c is d is not e
x = a | b ^ c & d << e >> f
x = a + b - c * d / e // f % g @ h
x = -a + +b - ~c
x = -2 ** 2
x = 2 ** -1
x = 2 ** 3 ** 2
x = a.b.c(d)[e].f
x = f(1, *args, k=2, **kw)
x = f(*a, *b, **c, **d)
x = f(x for x in y)
x = f(a)(b)(c)
x = a[1:2:3]
x = a[:]
x = a[::2]
x = a[:, 1]
x = a[1:2, ::3]
x = a[b, c]
x = a[(b, c)]
x = a[-1]
x = (1,)
x = ()
x = 1, 2
x = [1, 2, *rest]
x = [*a]
x = {1: 2, **d, 3: 4}
x = {1, 2, *s}
x = {}
def g(): x = (yield)
x = (y := 10)
print(a, (b := 2))
if (n := len(a)) > 10: pass
while chunk := read():
    pass
x = ...
x = None, True, False
x = a[...]
x = (a)
x = ((a + b) * c)
x = (a
     + b)
x = [1,
     2,
]
x = f(
    a,
    b=c,
)
x = await_ = 1
