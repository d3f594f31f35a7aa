# The shortest repr of a float that lies exactly halfway between two shortest
# candidates: CPython takes the even one only when both read back as the float;
# beside a power of two the lower neighbour may not.

for k in range(-80, 80):
    x = 2.0 ** k
    r = repr(x)
    print(k, r, float(r) == x, repr(-x), repr(x * 3), repr(x * 5))
for x in (869400370866060.25, 2.0 ** -24, 1.5 * 2 ** -30, 0.1, 1e22, 2 ** 63 + 0.0, 5e-324):
    print(repr(x), str(x), float(repr(x)) == x)
