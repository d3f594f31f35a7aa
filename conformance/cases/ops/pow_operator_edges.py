# ** with negative, zero and fractional exponents, unary minus precedence and right associativity.
# requires: float, bigint
print(2 ** -1, 2 ** -2, (-2) ** -1, (-1) ** -1, 10 ** -3, 0 ** 0, 0.0 ** 0)
print(-2 ** 2, (-2) ** 2, -2 ** -2, 2 ** -2 ** 2, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(4 ** 0.5, 8 ** (1 / 3), 2 ** 0.5 * 2 ** 0.5, 1 ** 1e300, (-1) ** 2.0, (-1.5) ** 2)
print(type(2 ** 3).__name__, type(2 ** -3).__name__, type(2.0 ** 3).__name__, True ** 2, 2 ** True)
x = 3
x **= 2
print(x, x ** -1 == 1 / 9, (-x) ** 3, -x ** 3)
for a, b in [(0, -1), (0.0, -1), (0, -2.5)]:
    try:
        print(a ** b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    "a" ** 2
except TypeError as e:
    print(type(e).__name__, e)
print(pow(2, 10), pow(2.0, -1), pow(-3, 3), pow(7, 0), pow(0, 0), pow(2, 0.5) == 2 ** 0.5)
print(10 ** 18, 10 ** 19 // 10 ** 18, 2 ** 62 // 2 ** 61, (-2) ** 63 < 0)
