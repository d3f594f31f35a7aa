# requires: float, bigint
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (2 ** 70, 7), (-(2 ** 70), 7)]:
    print(a, b, divmod(a, b))
print(divmod(7.5, 2))
print(divmod(-7.5, 2))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
