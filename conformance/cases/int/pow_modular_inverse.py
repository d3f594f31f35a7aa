# Three-argument pow with a negative exponent raises the base's inverse modulo m to the
# positive power; a modulus of 1 or -1 gives 0 whatever the base.
cases = [
    (2, -1, 1), (0, -1, 1), (2, -1, -1), (0, 0, 1), (3, -2, 7), (3, -2, -7),
    (-1, -1, 10**6), (2, -1, 4), (0, -1, 5), (5, -3, 2**70 + 1), (-3, -1, -7),
    (10**30 + 7, -5, 10**20 + 39), (7, -1, 2**127 - 1), (6, -1, 9), (-6, -2, 35),
    (True, -1, 3), (2, -(2**70), 3),
]
for b, e, m in cases:
    try:
        print(b, e, m, pow(b, e, m))
    except ValueError as exc:
        print(b, e, m, 'ValueError', exc)
for b in range(-6, 7):
    row = []
    for m in [-7, -4, 5, 6, 9]:
        try:
            row.append(pow(b, -1, m))
        except ValueError:
            row.append('-')
    print(b, row)
