# lang_raise_from.py — raise ... from ..., __cause__, __context__, and the chained traceback's last line.
class StorageError(Exception):
    pass


def load():
    try:
        {}["config"]
    except KeyError as e:
        raise StorageError("could not load") from e


try:
    load()
except StorageError as e:
    print("caught:", e)
    print("cause:", repr(e.__cause__))
    print("suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print("context:", repr(e.__context__), e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden") from None
except ValueError as e:
    print("from None:", e.__cause__, e.__suppress_context__)
load()
