# requires: bigint, float
d = {}
d[2 ** 64] = "a"
d[2 ** 64 + 0] = "b"
print(d)
print(d[18446744073709551616])
print(float(2 ** 64) in d)
k = 2 ** 100 - 2 ** 100 + 7
d[7] = "seven"
print(d[k])
