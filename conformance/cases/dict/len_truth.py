d = {}
print(len(d), bool(d))
d[1] = 1
print(len(d), bool(d))
d[2] = 2
d[1] = 3
print(len(d))
del d[1]
del d[2]
print(len(d), bool(d), d)
