d = {None: 1, 0: 2}
print(d)
print(d[None])
print(None in d)
print(len(d))
d[None] = 3
print(d)
