# lang_try_edge_cases.py — try/finally edge cases: return in finally wins, an exception in finally replaces another,
# break/continue through finally, exceptions inside comprehensions and loops, exception objects after the handler.
def finally_return():
    try:
        raise ValueError("lost")
    finally:
        return "finally's return swallows the exception"


print(finally_return())


def finally_overrides():
    try:
        return "try value"
    finally:
        print("finally runs")


print(finally_overrides())


def replaced():
    try:
        try:
            raise KeyError("first")
        finally:
            raise ValueError("second")
    except ValueError as e:
        return f"{e!r} with context {e.__context__!r}"


print(replaced())
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
try:
    values = [10 // n for n in [5, 2, 0, 1]]
except ZeroDivisionError as e:
    print("comprehension raised:", e)
results = []
for text in ["1", "x", "3"]:
    try:
        results.append(int(text))
    except ValueError:
        results.append(None)
        continue
    finally:
        results.append("|")
print(results)


def nested(n):
    try:
        if n == 0:
            raise IndexError("zero")
        return nested(n - 1)
    except IndexError as e:
        if n < 2:
            raise
        return f"caught at depth {n}: {e}"


print(nested(3))
try:
    raise TypeError("kept")
except TypeError as exc:
    saved = exc
print(repr(saved), saved.args)
try:
    try:
        raise RuntimeError("inner")
    except RuntimeError:
        raise
except RuntimeError as e:
    print("bare raise re-raised", e)
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise ValueError(count)
        break
    except ValueError as e:
        print("retry after", e)
print("count", count)
