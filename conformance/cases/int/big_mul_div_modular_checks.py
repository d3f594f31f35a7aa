# Very large products and quotients agree with modular arithmetic checks.
# requires: bigint
a = 7 ** 3000 + 12345
b = 3 ** 4000 - 67890
p = a * b
for m in [10 ** 9 + 7, 998244353, 2 ** 61 - 1, 97]:
    assert p % m == (a % m) * (b % m) % m
print(p % (10 ** 9 + 7), p.bit_length(), p % 10 ** 30)
q, r = divmod(p + 11, a)
print(q == b, r, (p - 1) // a == b - 1, (p - 1) % a == a - 1)
sq = a * a
print(sq // a == a, sq % a, (sq + a - 1) // a == a)
n = 10 ** 1000 + 7
m = 10 ** 500 + 3
print((n * m) // m == n, (-n * m) // m == -n, divmod(n, -m)[1] < 0)
big_q, big_r = divmod(n, m)
print(big_q * m + big_r == n, 0 <= big_r < m, str(big_q)[:20], big_r % 1000)
x = 1
for k in range(1, 200):
    x = x * k + (k ^ 5)
print(x % (2 ** 64), x.bit_length(), str(x)[-15:])
