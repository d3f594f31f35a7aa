# requires: float
try:
    print(1.0 & 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 | 2.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1.0 << 2)
except TypeError as e:
    print(type(e).__name__, e)
