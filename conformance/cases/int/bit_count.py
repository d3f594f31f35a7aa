# int.bit_count counts set bits of the absolute value, for small, negative and big ints.
# requires: bigint
for n in [0, 1, 2, 3, 7, 8, 255, 256, -1, -2, -128, -129, 2 ** 63 - 1, 2 ** 64, 2 ** 100 + 1]:
    print(n, n.bit_count())
print(True.bit_count(), False.bit_count())
print(((1 << 1000) - 1).bit_count(), (-(1 << 1000)).bit_count())
print(int.bit_count(0b1011), (0xFFFF_FFFF_FFFF_FFFF_F).bit_count())
for k in range(60, 67):
    print(k, (2 ** k - 1).bit_count(), (-(2 ** k - 1)).bit_count())
print(sum(1 for c in bin(12345678901234567890) if c == "1") == (12345678901234567890).bit_count())
