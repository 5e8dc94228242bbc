# time_sleep_elapsed.py — time.sleep blocks; time.time/monotonic/perf_counter each see it (differences truncated
# to 0.1 s, one sleep per measurement so that CPython's overshoot cannot add up).
import time


def tenths(seconds):
    """Elapsed seconds truncated to 0.1 s: CPython's real-time sleeps overshoot a little, never undershoot."""
    return int(seconds * 10 + 0.001) / 10


for name, clock in (("time", time.time), ("monotonic", time.monotonic), ("perf_counter", time.perf_counter)):
    t0 = clock()
    time.sleep(0.1)
    print(name, "saw", tenths(clock() - t0))
t0 = time.monotonic()
time.sleep(0.2)
print("sleep(0.2):", tenths(time.monotonic() - t0))
print(time.monotonic() >= t0, type(time.time()), time.sleep(0))
