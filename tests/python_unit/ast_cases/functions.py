def f():
    pass
def g(a, b=1, *args, c, d=2, **kwargs) -> int:
    return a
def h(a, /, b, *, c):
    return
def i(a: int, b: "str" = "x", *c: tuple, d: float, **e: dict) -> None:
    nonlocal_ = 1
def j(*, a=1): pass
def k(a, b, /): pass
def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from other()
    return (yield)
@decorator
@decorator.attr(1)
@(lambda f: f)
def decorated():
    def inner():
        nonlocal x
        global y
        return lambda: x
    return inner
async def co(a):
    await a
    x = await b()
    y = [await z for z in w]
    async for item in source:
        await item
    else:
        pass
    async with lock as l, other:
        pass
    return await c
@asyncio.coroutine
def old_style():
    yield from asyncio.sleep(1)
class A:
    pass
class B(A):
    x = 1
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"B({self.v!r})"
@dataclass
class C(A, B):
    """Doc."""
    def method(self, *args, **kw):
        return super().method(*args, **kw)
class D(): pass
