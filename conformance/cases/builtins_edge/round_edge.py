# round() on ints with negative ndigits, banker's rounding of floats, __round__ hooks, infinities/NaN and bad arguments.
# requires: float, bigint
print(round(5), round(-5), round(15, -1), round(25, -1), round(-25, -1), round(35, -1), round(1234, -2), round(1250, -2))
print(round(1234, 2), round(1234, 0), round(7, -5), round(-7, -1), round(2 ** 70 + 1, -20), round(True), type(round(True)).__name__)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7), round(-3.7), type(round(2.5)).__name__)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(-0.0), round(-0.4), round(1e20))
print(round(1.5, 0), round(2.5, 0), round(123.456, -1), round(123.456, -2), round(-123.456, 1), round(5.5, None))
print(round(1e300, -300), round(1.23456789e-10, 15), type(round(2.5, 0)).__name__, round(2.5, -400), round(2.5, 400))
class Money:
    def __round__(self, n=None):
        return f"rounded({n!r})"
print(round(Money()), round(Money(), 2), round(Money(), None))
for args in [(float("inf"),), (float("-inf"),), (float("nan"),), ("1.5",), (None,), ([],), (1.5, 1.5), (2, "1"), (Money, 1)]:
    try:
        print(round(*args))
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(round(float("inf"), 2), round(float("nan"), 0) != round(float("nan"), 0))
for call in [lambda: round(), lambda: round(1, 2, 3), lambda: round(number=1.5, ndigits=0), lambda: round(1.5, digits=0)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
