# requires: float, bigint
print(float(2 ** 64))
print(float(10 ** 20))
print(float(2 ** 53 + 1))
print(float(-(3 ** 40)))
print(2 ** 100 / 2 ** 99)
print(10 ** 30 / 10 ** 10)
print(1 / 2 ** 70)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10 ** 400 / 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
