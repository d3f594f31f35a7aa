# Slices compare like (start, stop, step) tuples; ordering with incomparable parts is a TypeError.
# requires: float
print(slice(1, 2, 3) < slice(1, 2, 4), slice(0, 9) < slice(1, 0), slice(2) > slice(1))
print(slice(1, 2) <= slice(1, 2), slice(1, 2) >= slice(1, 3), slice(5) < slice(5))
print(slice(1, 2, 3) == slice(1, 2, 3), slice(1, 2) != slice(1, 2))
print(sorted([slice(3, 1), slice(1, 5), slice(1, 2), slice(0, 9, 2)]))
print(max(slice(1, 2), slice(1, 3)), min([slice(2, 0), slice(2, -1)]))
print(slice(1, 2) == slice(True, 2), slice(0.0, 1) == slice(0, 1))
try:
    print(slice(1) < slice("a"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(slice(None) < slice(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(slice(1) < (None, 1, None))
except TypeError as e:
    print(type(e).__name__, e)
print(slice(None) == slice(None), slice(None, None) <= slice(None, None))
