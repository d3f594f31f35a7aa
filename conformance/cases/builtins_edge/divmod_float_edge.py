# divmod(), // and % with floats: sign rules, negative zero, infinities, NaN, mixed int/float and zero divisors.
# requires: float
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (7, 0.5), (1e300, 1e-300), (-0.0, 1), (0.0, -1), (5, 2.5)]:
    q, r = divmod(a, b)
    print(f"divmod({a!r}, {b!r}) = ({q!r}, {r!r})", q == a // b, r == a % b)
inf, nan = float("inf"), float("nan")
print(divmod(inf, 1), divmod(1, inf), divmod(-1, inf), divmod(1, -inf), divmod(-inf, 3))
print(divmod(nan, 1), divmod(1, nan), 5 % inf, -5 % inf, 5 // inf, -5 // inf, inf % 2)
print(divmod(True, 0.5), divmod(2 ** 53 + 1, 2.0), divmod(10, 3.0), 10 // 3.0, -10 % 3.0, 3.5 % -1)
for a, b in [(1.0, 0), (1, 0.0), (0.0, 0.0), (inf, 0.0), (nan, 0.0)]:
    for label, fn in [("divmod", divmod), ("//", lambda x, y: x // y), ("%", lambda x, y: x % y)]:
        try:
            fn(a, b)
        except ZeroDivisionError as e:
            print(label, repr(a), repr(b), "ZeroDivisionError:", e)
try:
    divmod(1.5, "2")
except TypeError as e:
    print("TypeError:", e)
try:
    divmod(2 ** 2000, 1.5)
except OverflowError as e:
    print("OverflowError:", e)
