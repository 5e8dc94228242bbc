# time_sleep_elapsed.py — time.sleep blocks; time.time/monotonic/perf_counter differences (rounded) show it.
import time

t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
time.sleep(0.1)
time.sleep(0.2)
print("time:", round(time.time() - t0, 1))
print("monotonic:", round(time.monotonic() - m0, 1))
print("perf_counter:", round(time.perf_counter() - p0, 1))
print(time.monotonic() >= m0, type(time.time()), time.sleep(0))
