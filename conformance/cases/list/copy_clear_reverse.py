# copy is shallow, clear empties in place for all aliases, reverse works in place and returns None.
a = [[1], 2, "s"]
b = a.copy()
print(b == a, b is a, b[0] is a[0])
b[0].append(9)
b[1] = 20
print(a, b)
c = a
print(a.clear(), a, c, b)
d = list(range(5))
print(d.reverse(), d)
e = []
e.reverse()
f = [1]
f.reverse()
print(e, f)
g = [1, 2, 3, 4]
h = g
g.reverse()
print(h, g[::-1])
i = [1, 2, 3]
j = i[:]
k = list(i)
l = [*i]
i.append(4)
print(j, k, l, i)
m = [[0]] + [[0]]
n = m.copy()
n[0][0] = 5
print(m)
class L(list):
    pass
o = L([1, 2])
print(type(o.copy()).__name__, type(o[:]).__name__, type(list(o)).__name__)
print([].copy(), len([1, 2, 3].copy()))
