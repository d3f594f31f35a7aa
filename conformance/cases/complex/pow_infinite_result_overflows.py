# A complex power with an infinite part in its result is an OverflowError, whether the
# overflow happened in the power or an operand was infinite already; NaN parts are no error.
inf = float('inf')
nan = float('nan')
cases = [
    (complex(inf, 1), 1),
    (complex(inf, 1), 0.5),
    (complex(inf, 0), 2),
    (complex(1, inf), 1),
    (1e300j, 3),
    (1e200 + 0j, 2.5),
    (complex(nan, 1), 2),
    (complex(2, 3), 2),
    (0j, -1),
]
for a, b in cases:
    try:
        print(a, b, a ** b)
    except (OverflowError, ZeroDivisionError) as e:
        print(a, b, type(e).__name__, e)
    try:
        print(pow(a, b))
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
