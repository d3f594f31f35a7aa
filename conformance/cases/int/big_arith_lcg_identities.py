# Pseudo-random big ints from an LCG satisfy divmod, distributivity and shift identities.
# requires: bigint
state = 12345
def rnd(bits):
    global state
    n = 0
    for _ in range(bits // 30 + 1):
        state = (state * 1103515245 + 12345) % 2 ** 31
        n = (n << 30) | (state & (2 ** 30 - 1))
    return n >> (n.bit_length() - bits) if n.bit_length() > bits else n
ok = 0
checksum = 0
for i in range(60):
    a = rnd(40 + i * 7) * (-1) ** i
    b = rnd(20 + i * 3) * (-1) ** (i // 2) or 1
    q, r = divmod(a, b)
    assert q * b + r == a and abs(r) < abs(b)
    assert (a + b) * (a - b) == a * a - b * b
    assert (a << 17) >> 17 == a
    assert (a ^ b) ^ b == a and (a & b) | (a & ~b) == a
    assert -(-a) == a and abs(a) == (a if a >= 0 else -a)
    ok += 1
    checksum = (checksum * 31 + q % 1000003 + r % 999983) % (2 ** 61 - 1)
print(ok, checksum)
print(rnd(100), rnd(64), rnd(63))
x = rnd(500)
print(x % 10 ** 9, len(str(x)), str(x)[:12])
