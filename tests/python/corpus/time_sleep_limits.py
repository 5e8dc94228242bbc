# time_sleep_limits.py — time.sleep's argument checks: a negative length, NaN, a non-number and a length past
# CPython's 2**63 ns are errors raised before any sleeping, so nothing here waits.
import time

for arg in (-1, -0.5, float("nan"), "1", None, 1e10, 2**40, 1e300, float("inf")):
    try:
        time.sleep(arg)
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(arg), type(e).__name__, e)
time.sleep(0)
print("slept 0")
