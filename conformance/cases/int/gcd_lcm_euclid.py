# Euclid's algorithm, extended gcd and modular inverses on signed and big ints.
# requires: bigint
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
for a, b in [(12, 18), (-12, 18), (12, -18), (0, 5), (5, 0), (17, 13), (2 ** 64, 2 ** 40 * 3),
             (10 ** 30, 10 ** 20 + 1), (-(3 ** 50), 3 ** 45 * 2)]:
    g, x, y = egcd(a, b)
    print(a if abs(a) < 10 ** 12 else "big", gcd(a, b), a * x + b * y == g)
def lcm(a, b):
    return abs(a * b) // gcd(a, b) if a and b else 0
print(lcm(4, 6), lcm(-4, 6), lcm(0, 5), lcm(2 ** 40, 3 ** 20))
m = 2 ** 127 - 1
for a in [2, 3, 10 ** 20, m - 1]:
    inv = pow(a, -1, m)
    g, x, _ = egcd(a, m)
    print(inv == x % m, a * inv % m)
