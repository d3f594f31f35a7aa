# hash() of ints follows CPython's numeric hash: -1 maps to -2 and values reduce mod 2**61 - 1.
# requires: bigint
M = 2 ** 61 - 1
for n in [0, 1, -1, -2, 2 ** 31, 2 ** 61 - 2, M, M + 1, 2 ** 61, 2 ** 62, 2 ** 63, 2 ** 64,
          -(2 ** 61), -M, 10 ** 30, -(10 ** 30), 2 ** 200]:
    print(n, hash(n))
print(hash(True), hash(False))
print(hash(M * 5) == 0, hash(M * 5 + 7) == 7, hash(-(M * 3) - 1))
print(all(hash(k) == k for k in range(-1000, 1000) if k != -1))
print({hash(2 ** 61 - 1): "zero bucket"})
