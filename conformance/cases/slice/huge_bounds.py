# Slice bounds and steps far beyond the length, including ints beyond 64 bits, are clamped.
# requires: bigint
a = list(range(8))
s = "abcdefgh"
t = tuple(a)
for big in [2**31, 2**63, 2**63 - 1, 2**64, 10**30]:
    print(a[big:], a[:big], a[-big:], a[:-big], a[-big:big:3], s[big::-1], t[::big], t[::-big])
    print(s[::big], s[::-big], a[big:-big:-2], range(8)[-big:big], range(8)[::-big])
r = range(10**20)
print(r[10**19:10**19 + 3], len(r[::10**19]), r[-3:], r[::-10**19][:2])
print(list(range(10**20)[-2:]), range(10**20)[:-10**20 + 2])
a2 = list(range(5))
a2[2**70:] = [9]
print(a2)
a2[:-2**70] = [7]
print(a2)
del a2[2**70:]
print(a2)
del a2[::2**64]
print(a2)
