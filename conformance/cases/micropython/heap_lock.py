# While the heap is locked nothing may be allocated: MemoryError; the lock nests.
# Every name is bound before locking: binding a new global could need memory too.
# (MicroPython's own module: the expected output is in NAME.py.exp.)
import micropython
caught = depth = first = second = big = None
micropython.heap_lock()
try:
    big = [1] * 100
except MemoryError as e:
    caught = e
micropython.heap_lock()
depth = micropython.heap_locked()
first = micropython.heap_unlock()
second = micropython.heap_unlock()
print(type(caught).__name__, caught, big)
print(depth, first, second, micropython.heap_locked())
x = [1] * 100
print(len(x), micropython.heap_unlock())
