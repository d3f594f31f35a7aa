# Checks that sequential dels shift later indices, comparing ascending and descending deletion orders.
lst = list("abcdefg")
to_remove = [1, 3, 4]
asc = list(lst)
for i in to_remove:
    del asc[i]
print(asc)
desc = list(lst)
for i in sorted(to_remove, reverse=True):
    del desc[i]
print(desc)
x = list(range(6))
del x[0], x[0], x[0]
print(x)
y = list(range(6))
del y[-1], y[-1]
print(y)
z = list(range(10))
del z[2:4], z[2:4]
print(z)
w = list(range(10))
del w[::2], w[::2]
print(w)
d = {"a": [1, 2, 3]}
v = d["a"]
del d["a"][0], d["a"]
print(v, d)
