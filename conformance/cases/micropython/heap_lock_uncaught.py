# A program that ends with the heap locked still gets its error reported.
# (MicroPython's own module: the expected output is in NAME.py.exp.)
import micropython
print("locking")
micropython.heap_lock()
big = [1] * 100
