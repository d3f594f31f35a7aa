# repr of lists, dicts and tuples that contain themselves through other containers.
a = [1]
t = (a,)
a.append(t)
print(a, t)
d = {"k": a}
a.append(d)
print(a)
print(d)
b = []
b.append(b)
b.append([b])
print(b, str(b), repr(b))
c = {}
c[1] = [c, (c,)]
print(c)
x = [[], []]
x[0].append(x[1])
x[1].append(x[0])
print(x)
y = [1, 2]
z = [y, y]
print(z)
s = {"self": None}
s["self"] = s
s["list"] = [s, s]
print(s, len(repr(s)))
n = []
n.append((n, {"n": n}))
print(n, f"{n}", "%s" % (n,), "{}".format(n))
print([a] == [a], len(a), a[1][0] is a)
