# Floats across every magnitude: zeros of both signs, subnormals, the smallest normal,
# values around 2**-62 and 2**65, the largest finite, infinities and NaN. Arithmetic that
# crosses between magnitudes, hashing and equality between floats made different ways,
# dict and set keys, repr, identity rules CPython guarantees, and mixed int comparisons.

edges = [
    0.0, -0.0, 5e-324, -5e-324, 2.2250738585072014e-308, 1e-300, 1e-20, 1e-19,
    2.0 ** -63, 2.0 ** -62, 2.0 ** -62 * 1.5, 2.1e-19, 2.2e-19, 0.1, 1.0, -1.0, 1.5,
    2.0 ** 52, 2.0 ** 53 + 2, 1e18, 2.0 ** 64, 2.0 ** 65 - 2.0 ** 13, 2.0 ** 65, 3.6e19,
    3.7e19, 4e19, 1e300, 1.7976931348623157e308, float("inf"), float("-inf"),
]
for x in edges:
    print(repr(x), x == float(repr(x)), hash(x) == hash(float(repr(x))), bool(x), -x,
          x * 2, x / 2, abs(x), x.hex(), float.fromhex(x.hex()) == x)

# the same value reached by different routes is equal, hashes alike and is one dict key
routes = [
    (2.0 ** 65, 2.0 ** 64 * 2, 36893488147419103232.0, float(2 ** 65), 1e19 * 3.6893488147419103232),
    (2.0 ** -62, 1.0 / 2 ** 62, 2.168404344971009e-19, (2.0 ** -61) / 2),
    (0.0, -0.0, 0.0 * -1, 1e-200 * 1e-200),
    (1e300 * 10, float("inf"), 2.0 ** 1023 * 2),
]
for group in routes:
    first = group[0]
    print([repr(v) for v in group], all(v == first for v in group),
          len({hash(v) for v in group}), len(set(group)), len(dict.fromkeys(group)))

d = {}
for v in (2.0 ** 65, 2 ** 65, 0.0, 0, -0.0, 1.0, 1, True, 0.5, 2.0 ** -70):
    d[v] = d.get(v, 0) + 1
print(sorted(d.items()))

# crossing the boundary step by step, both ways
x = 1.0
steps = 0
while x < 1e25:
    x *= 7.0
    steps += 1
print(steps, repr(x))
while x > 1e-25:
    x /= 3.0
    steps += 1
print(steps, repr(x))
acc = 0.0
for i in range(1, 200):
    acc += 2.0 ** (i - 100)
print(repr(acc))

nan = float("nan")
print(nan == nan, nan != nan, nan is nan, [nan] == [nan], nan in [nan], float("nan") in [nan])
print(0.0 == -0.0, repr(-0.0), repr(0.0 * -1), str(-0.0), 1 / float("inf"))
print(2.0 ** 65 == 2 ** 65, 2.0 ** 65 < 2 ** 65 + 1, 4e19 > 2 ** 65, 1e-19 > 0)
print(sorted([3.7e19, 1e-20, -0.0, 2 ** 70, 5e-324, 1, 2.0 ** 65, -1e300]))
for v in (1.5, 3e-19, 4e19, 5e-324):
    print(v.real is v, v.imag, v.conjugate() == v, v.is_integer(), v.as_integer_ratio()[1] > 0)
print(round(2.0 ** 65), round(1e-19, 25), int(3.6e19), int(-2.0 ** 64), float(2 ** 64 + 1))
print(divmod(4e19, 3.0), divmod(1e-19, 3e-20), 4e19 % 7, (2.0 ** 65) // 3)
print(f"{2.0 ** 65:.3e} {1e-19:g} {5e-324!r} {4e19:,.0f}", "%r %s" % (3.7e19, 1e-20))
