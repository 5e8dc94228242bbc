# lang_exceptions_handling.py — try/except/else/finally, raise, re-raise, user exceptions and their hierarchy.
class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key):
        super().__init__(f"missing key {key!r}")
        self.key = key


def attempt(kind):
    try:
        print("try", kind)
        if kind == "zero":
            1 / 0
        elif kind == "config":
            raise ConfigError("port")
        elif kind == "value":
            int("abc")
    except ZeroDivisionError as e:
        print("caught ZeroDivisionError:", e)
    except AppError as e:
        print("caught", type(e).__name__, e, e.key, e.args)
    except (ValueError, TypeError) as e:
        print("caught tuple:", type(e).__name__, e)
    else:
        print("else: no exception")
    finally:
        print("finally", kind)


for kind in ["ok", "zero", "config", "value"]:
    attempt(kind)


def returns_in_finally():
    try:
        return "try"
    finally:
        print("finally runs before the return completes")


print(returns_in_finally())


def reraise():
    try:
        raise KeyError("k")
    except KeyError:
        print("logging and re-raising")
        raise


try:
    reraise()
except KeyError as e:
    print("outer caught", repr(e))
try:
    raise AppError
except Exception as e:
    print("bare class raised:", type(e).__name__, e.args, str(e) == "")
try:
    try:
        raise ValueError("inner")
    finally:
        print("inner finally")
except ValueError as e:
    print("propagated", e)
e = "unchanged"
try:
    raise RuntimeError("x")
except RuntimeError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
print(isinstance(ConfigError("k"), Exception), isinstance(KeyError(), LookupError), isinstance(ZeroDivisionError(), ArithmeticError))
print(isinstance(StopIteration(), Exception), isinstance(Exception(), BaseException))
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e))
try:
    raise NotImplementedError("later")
except RuntimeError as e:
    print("NotImplementedError is a RuntimeError:", e)
