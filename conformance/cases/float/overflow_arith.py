# requires: float
print(1e308 + 1e308)
print(-1e308 - 1e308)
print(1e-320 / 1e10)
print(5e-324 / 2)
print(1.7976931348623157e308 * 1.0000000000000002)
try:
    print(2.0 ** 5000)
except OverflowError as e:
    print(type(e).__name__)
