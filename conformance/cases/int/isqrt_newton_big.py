# Integer square roots of big numbers by Newton iteration using only exact int arithmetic.
# requires: bigint
def isqrt(n):
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y
for n in [0, 1, 2, 3, 4, 15, 16, 17, 10 ** 18, 10 ** 18 - 1, 2 ** 64, 2 ** 127 - 1, 10 ** 100]:
    r = isqrt(n)
    assert r * r <= n < (r + 1) * (r + 1)
    print(n if n < 10 ** 20 else "big", r if r < 10 ** 20 else str(r)[:25])
print(isqrt(2 * 10 ** 200) % 10 ** 20)
print(str(isqrt(10 ** 2001))[:30])
print(isqrt((2 ** 500 + 1) ** 2) == 2 ** 500 + 1, isqrt((2 ** 500 + 1) ** 2 - 1) == 2 ** 500)
