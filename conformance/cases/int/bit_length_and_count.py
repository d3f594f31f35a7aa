# bit_length on zero, negatives, powers of two around the 63/64-bit boundaries and big ints.
# requires: bigint
for n in [0, 1, 2, 3, 7, 8, 255, 256, -1, -2, -128, -129, 2 ** 62, 2 ** 63 - 1, 2 ** 64, 2 ** 100 + 1, -(2 ** 100)]:
    print(n, n.bit_length())
print(True.bit_length(), False.bit_length())
print((1 << 1000).bit_length(), ((1 << 1000) - 1).bit_length())
print(int.bit_length(5), (10 ** 30).bit_length())
x = 12345678901234567890
print(x.bit_length() == len(bin(x)) - 2)
for k in range(60, 68):
    print(k, (2 ** k).bit_length(), (2 ** k - 1).bit_length(), (-(2 ** k)).bit_length())
