# Floor division and modulo over a grid of signed operands satisfy a == (a // b) * b + a % b.
# requires: float, bigint
rows = []
for a in [-7, -6, -1, 0, 1, 6, 7]:
    row = []
    for b in [-3, -2, -1, 1, 2, 3]:
        q, r = a // b, a % b
        assert (q, r) == divmod(a, b)
        assert q * b + r == a
        assert r == 0 or (r > 0) == (b > 0)
        row.append("%d,%d" % (q, r))
    rows.append(" ".join(row))
for row in rows:
    print(row)
print(-7 // 2, -(7 // 2), int(-7 / 2))
print(7 % -3, -7 % 3, -7 % -3)
print(divmod(-1, 10), divmod(1, -10), divmod(-10, 10))
big = 10 ** 20 + 3
print(big // -7, big % -7, -big // 7, -big % 7)
print(divmod(-big, -7))
print(True // 1, False % 5, divmod(True, True))
