# requires: float
a = [0, 0, 0]
a[True] = "t"
print(a)
try:
    a["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[1.0] = 1
except TypeError as e:
    print(type(e).__name__, e)
