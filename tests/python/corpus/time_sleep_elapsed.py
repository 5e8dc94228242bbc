# time_sleep_elapsed.py — time.sleep blocks; time.time/monotonic/perf_counter differences (rounded) show it.
import time


def tenths(seconds):
    """Elapsed seconds truncated to 0.1 s: CPython's real-time sleeps overshoot a little, never undershoot."""
    return int(seconds * 10 + 0.001) / 10


t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
time.sleep(0.1)
time.sleep(0.2)
print("time:", tenths(time.time() - t0))
print("monotonic:", tenths(time.monotonic() - m0))
print("perf_counter:", tenths(time.perf_counter() - p0))
print(time.monotonic() >= m0, type(time.time()), time.sleep(0))
