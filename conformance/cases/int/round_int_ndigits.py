# round() on ints: negative ndigits use round-half-even and the result stays an int.
# requires: bigint, float
for n, d in [(1234, -2), (1250, -2), (1350, -2), (-1250, -2), (-1350, -2), (15, -1),
             (25, -1), (-25, -1), (5, -1), (4, -1), (6, -1), (49, -2), (50, -2), (150, -2),
             (7, 0), (7, 3), (-7, 5), (0, -3), (999, -3), (500, -3), (1500, -3)]:
    r = round(n, d)
    print(n, d, r, type(r).__name__)
print(round(7), type(round(7)).__name__, round(True), type(round(True)).__name__)
print(round(10 ** 20 + 5, -1), round(10 ** 20 + 15, -1), round(-(10 ** 20) - 50, -2))
print(round(123, -100), round(2 ** 70, -10))
print(round(5, None), type(round(5, None)).__name__)
try:
    round(5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
