# gc.mem_alloc and gc.mem_free add up to the heap's size, and follow what is allocated.
# (MicroPython's functions, absent from CPython: the expected output is in NAME.py.exp.)
import gc
gc.collect()
total = gc.mem_alloc() + gc.mem_free()
before = gc.mem_alloc()
big = [0] * 10000
print(gc.mem_alloc() - before >= 80000, gc.mem_alloc() + gc.mem_free() == total)
del big
gc.collect()
print(gc.mem_alloc() - before < 1000)
print(gc.threshold())
gc.threshold(50000)
print(gc.threshold())
gc.threshold(-1)
print(gc.threshold())
try:
    gc.threshold("x")
except TypeError as e:
    print("TypeError", e)
