# MicroPython's tick counters wrap at 2**30; ticks_diff is the signed distance on that circle.
# (MicroPython's functions, absent from CPython: the expected output is in NAME.py.exp.)
import time
p = 2**30
print(time.ticks_add(p - 1, 2), time.ticks_add(0, -1), time.ticks_add(5, 2**70))
print(time.ticks_diff(5, p - 5), time.ticks_diff(p - 5, 5), time.ticks_diff(p // 2 - 1, 0), time.ticks_diff(p // 2, 0))
t0 = time.ticks_ms()
u0 = time.ticks_us()
time.sleep_ms(15)
time.sleep_us(1000)
print(time.ticks_diff(time.ticks_ms(), t0) >= 15, time.ticks_diff(time.ticks_us(), u0) >= 15000)
print(0 <= time.ticks_cpu() < p, time.sleep_ms(-5))
try:
    time.ticks_diff(1)
except TypeError as e:
    print("TypeError", e)
try:
    time.sleep_ms(1.5)
except TypeError as e:
    print("TypeError", e)
