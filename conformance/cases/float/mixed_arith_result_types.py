# Mixed int/bool/float arithmetic promotes to float; huge ints overflow when converted.
# requires: float, bigint
for a, b in [(1, 2.0), (True, 0.5), (2.5, True), (-3, 0.5), (3, 3), (7, 2)]:
    print(repr(a + b), repr(a - b), repr(a * b), repr(a / b), repr(a // b), repr(a % b), repr(a ** b))
print(type(1 + 1.0).__name__, type(True + 1.0).__name__, type(1 // 1.0).__name__, type(2 ** -1).__name__)
x = 5
x += 0.5
print(x, type(x).__name__)
x //= 2
print(x, type(x).__name__)
x **= 2
print(x)
print(10 ** 300 * 1.0, 10 ** 308 + 0.5, -(10 ** 308) * 1.5)
for f in [lambda: 10 ** 400 * 1.0, lambda: 10 ** 400 + 0.0, lambda: 1.0 - 10 ** 309, lambda: 10 ** 400 < 1.0]:
    try:
        print(f())
    except OverflowError as e:
        print(type(e).__name__, e)
print(2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), (-8) ** 2.0, 0 ** 0.0, 10 ** -2)
print(divmod(7, 2.0), divmod(-7, 2.5), 7 % 2.5, -7 // 2.5)
