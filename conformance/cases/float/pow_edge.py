# requires: float
print(0.0 ** 0)
print(0.0 ** 2)
print(1.0 ** float("inf"))
print(2.0 ** -1)
print((-2.0) ** 2)
print((-2.0) ** 3)
print(4 ** 0.5)
print(10.0 ** 20)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print(type(e).__name__)
