# Bitwise identities on pseudo-random signed ints of mixed sizes around the 64-bit boundary.
# requires: bigint
state = 2024
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state
count = 0
acc = 0
for i in range(300):
    bits = [8, 31, 62, 63, 64, 65, 127, 200][i % 8]
    a = rnd() * rnd() % 2 ** bits
    b = rnd() * rnd() % 2 ** ([8, 31, 62, 63, 64, 65, 127, 200][(i * 3) % 8])
    if i % 3 == 0:
        a = -a
    if i % 5 == 0:
        b = -b
    assert ~a == -a - 1
    assert a ^ b == (a | b) & ~(a & b)
    assert (a & b) + (a | b) == a + b
    assert -(a ^ b) - 1 == ~a ^ b
    assert (a >> 3) == a // 8 and (a << 5) == a * 32
    count += 1
    acc = (acc * 1000003 + ((a & b) ^ (a | b) ^ (a >> 7)) % (2 ** 61 - 1)) % (2 ** 61 - 1)
print(count, acc)
print(-(2 ** 64) & (2 ** 64 + 5), -(2 ** 64) | 5, (2 ** 65 - 1) ^ -(2 ** 63))
print(-1 & (2 ** 70 + 3), -(2 ** 70) ^ -1, ~(2 ** 64 - 1) & 0xFF)
