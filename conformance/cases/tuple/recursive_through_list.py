# A tuple can contain itself through a mutable item; repr shows the cycle with '...'.
l = []
t = (l,)
l.append(t)
print(t)
print(l)
d = {}
t2 = (1, d)
d["t"] = t2
print(t2, d)
a = [1]
t3 = (a, a)
a.append(t3)
print(t3, len(repr(t3)))
x = ([], [])
x[0].append(x)
x[1].append(x[0])
print(x)
print(t == t, str(t) == repr(t), t[0][0] is t)
