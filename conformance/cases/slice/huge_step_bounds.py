# Slices whose step is -2**63 or beyond clamp it, as CPython does, on strings, tuples and lists.
a = "abcdefgh"
t = tuple(a)
l = list(a)
for big in [2**31, 2**63, 2**63 - 1, 2**640]:
    print(a[::-big], t[::-big], l[::-big], a[::big], range(8)[-big:big], l[-big:big:-1])
