# The clocks' types and that the monotonic ones never go back.
import time
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.monotonic()).__name__)
print(time.time_ns() > 1_600_000_000 * 10**9, time.time() > 1.6e9)
a, an = time.monotonic(), time.monotonic_ns()
b, bn = time.perf_counter(), time.perf_counter_ns()
time.sleep(0.002)
print(time.monotonic() >= a + 0.0015, time.monotonic_ns() > an, time.perf_counter() > b, time.perf_counter_ns() > bn)
print(tuple(time.localtime(0)) == tuple(time.gmtime(0)), len(tuple(time.localtime())))
