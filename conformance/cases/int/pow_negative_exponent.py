# requires: float
print(2 ** -1)
print(2 ** -2)
print(10 ** -3)
print((-2) ** -3)
print(1 ** -5)
print(type(2 ** -1))
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
