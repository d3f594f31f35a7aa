# requires: float, bigint
print(int(1e20))
print(int(1e30))
print(int(-1e25))
print(int(2.0 ** 70))
print(int(1.7976931348623157e308) == 2 ** 1024 - 2 ** 971)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
