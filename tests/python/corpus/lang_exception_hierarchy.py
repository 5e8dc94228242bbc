# lang_exception_hierarchy.py — the built-in exception hierarchy: each error caught through its base class,
# OverflowError from float operations, str()/repr()/args of exceptions, TimeoutError and NotImplementedError.
import math

cases = [
    ("zero", lambda: 1 // 0, ArithmeticError),
    ("overflow exp", lambda: math.exp(1000), ArithmeticError),
    ("overflow int(inf)", lambda: int(float("inf")), OverflowError),
    ("key", lambda: {}["k"], LookupError),
    ("index", lambda: [][0], LookupError),
    ("value", lambda: int("z"), ValueError),
    ("type", lambda: len(1), TypeError),
    ("name", lambda: undefined_name, NameError),
    ("attribute", lambda: None.missing, AttributeError),
    ("stop", lambda: next(iter([])), StopIteration),
    ("assert", lambda: exec_assert(), AssertionError),
    ("recursion", lambda: recurse(), RecursionError),
    ("not implemented", lambda: abstract(), RuntimeError),
    ("timeout", lambda: raise_timeout(), TimeoutError),
]


def exec_assert():
    assert 1 > 2, "one is not above two"


def recurse():
    return recurse()


def abstract():
    raise NotImplementedError("subclass must implement")


def raise_timeout():
    raise TimeoutError("took too long")


for label, thunk, base in cases:
    try:
        thunk()
    except base as e:
        print(f"{label:18} {type(e).__name__:20} caught as {base.__name__:16} {str(e)!r}")
for exc in [ValueError("v"), KeyError("k"), KeyError(), IndexError("i", 2), Exception(), BaseException("b")]:
    print(repr(exc), str(exc), exc.args)
print(isinstance(RecursionError(), RuntimeError), isinstance(NotImplementedError(), RuntimeError))
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(OverflowError(), ArithmeticError))
print(isinstance(TimeoutError(), Exception), isinstance(StopIteration(), Exception), isinstance(Exception(), BaseException))
print(isinstance(KeyError(), Exception), isinstance(AssertionError(), Exception), isinstance(TypeError(), ValueError))
try:
    raise BaseException("base")
except Exception:
    print("never: BaseException is not an Exception")
except BaseException as e:
    print("BaseException caught:", e)
