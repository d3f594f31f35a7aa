# Float powers with zeros, infinities, NaNs, negative bases and ±1, in every combination; the
# special cases are decided in CPython's order (0.0 ** -inf is inf, not ZeroDivisionError).
inf = float('inf')
nan = float('nan')
values = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 2.5, inf, -inf, nan, 1e308, 1e-308]
for v in values:
    row = []
    for w in values:
        if v < 0 and w - w == 0 and w % 1 != 0:
            # A negative base and a fractional exponent make a complex number (not in upy).
            row.append('complex')
            continue
        try:
            row.append(repr(v ** w))
        except (ZeroDivisionError, OverflowError) as e:
            row.append(type(e).__name__)
    print(repr(v), ' '.join(row))
for a, b in [(0, -1), (2, -1), (-2, -3), (10, -400), (1, -(10**400)), (-1, -(10**400) - 1)]:
    try:
        print(a, b, repr(a ** b))
    except (ZeroDivisionError, OverflowError) as e:
        print(a, b, type(e).__name__, e)
