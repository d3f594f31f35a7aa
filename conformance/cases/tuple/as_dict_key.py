d = {}
d[(1, 2)] = "a"
d[(1,)] = "b"
d[()] = "c"
d[(1, (2, 3))] = "d"
print(d)
print(d[(1, 2)], d[1, 2])
print(d[()])
print((1, (2, 3)) in d)
try:
    d[(1, [2])] = "x"
except TypeError as e:
    print(type(e).__name__, e)
