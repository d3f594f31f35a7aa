# pow() with two and three arguments: negative exponents, modular inverse, negative moduli, big ints and error messages.
# requires: float, bigint
print(pow(2, 10), pow(-2, 3), pow(0, 0), pow(1, -1), pow(-1, -3), pow(2, -2), pow(-2, -1))
print(pow(3, 4, 5), pow(3, 4, -5), pow(-3, 3, 5), pow(-3, 3, -5), pow(0, 0, 7), pow(5, 0, 1), pow(7, 1, 1))
print(pow(3, -1, 7), pow(2, -3, 11), pow(-2, -1, 9), pow(38, -1, 97) * 38 % 97, pow(2, -1, -3))
print(pow(3, 200, 10 ** 9 + 7), pow(2 ** 100, 2 ** 10, 2 ** 61 - 1), pow(12345678901234567890, -1, 1000000007))
print(pow(base=2, exp=5), pow(2, exp=3, mod=5), pow(True, 5), pow(2, True, 3), pow(10, 30))
cases = [(2, -1, 4), (0, -1, 5), (6, -1, 9), (2, 3, 0), (2, 0, 0), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), ("2", 3), (2, "3"), (2, 3, "5")]
for args in cases:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for args in [(0, -1), (0, -5), (0.0, -1)]:
    try:
        print(pow(*args))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
for call in [lambda: pow(2), lambda: pow(1, 2, 3, 4), lambda: pow(x=2, y=3), lambda: pow(2, 3, modulo=4)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
class P:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other):
        return ("rpow", other)
print(pow(P(), 2), pow(P(), 2, 9), pow(3, P()), P() ** 5, 2 ** P())
try:
    pow(3, P(), 5)
except TypeError as e:
    print("TypeError:", e)
print(2 ** -1 == 0.5, (-8) ** 2, -8 ** 2, 2 ** 3 ** 2, (2 ** 3) ** 2)
