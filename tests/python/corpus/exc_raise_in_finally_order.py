# exc_raise_in_finally_order.py — finally blocks run (and print) while an uncaught exception unwinds.
def inner():
    try:
        raise KeyError("missing")
    finally:
        print("inner finally")


def outer():
    try:
        inner()
    finally:
        print("outer finally")


outer()
