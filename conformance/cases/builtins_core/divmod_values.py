# divmod() of ints with all sign combinations.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (1, 100)]:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a)
print(divmod(True, 2))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod('a', 1)
except TypeError as e:
    print(type(e).__name__, e)
