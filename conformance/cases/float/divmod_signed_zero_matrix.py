# Float floor division, modulo and divmod over signed operands, including signed zero results.
# requires: float
vals = [7.5, -7.5, 2.0, -2.0, 0.0, -0.0]
for a in vals:
    row = []
    for b in [2.0, -2.0, 0.5, -0.5, 3.0]:
        q, r = divmod(a, b)
        assert (q, r) == (a // b, a % b) or a != a
        row.append("%r,%r" % (q, r))
    print(repr(a), " ".join(row))
print(5 % -0.5, -5 % 0.5, 1e300 % 7.0, -1e-300 % 1.0, 1e-300 % -1.0)
print(divmod(1, 0.3), divmod(-1, 0.3), 1 // 0.1, 1 % 0.1)
print(7 // 2.0, -7 // 2.0, 7 % -2.0, type(7 // 2.0).__name__)
for a, b in [(1.0, 0.0), (0.0, 0.0), (-1, -0.0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
