# requires: float
print([0] * 5)
print([1, 2] * 3)
print(2 * ["a"])
print([1] * 0)
print([1, 2] * -1)
print([] * 100)
a = [[0]] * 3
a[0][0] = 7
print(a)
try:
    print([1] * 2.0)
except TypeError as e:
    print(type(e).__name__, e)
