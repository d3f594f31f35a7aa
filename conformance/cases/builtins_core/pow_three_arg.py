# requires: float
# pow() with two and three arguments.
print(pow(2, 10), pow(2, 10, 1000), pow(3, 4, 5))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(5, 0, 7), pow(5, 0, 1))
print(pow(3, -1, 7), pow(2, -2, 5))
print(pow(7, 123456789, 13))
print(pow(base=2, exp=5), pow(2, 5, mod=3))
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
