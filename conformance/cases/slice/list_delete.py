# del on list slices: simple, extended, negative-step and empty ranges.
a = list(range(10))
del a[2:4]
print(a)
del a[::3]
print(a)
del a[::-2]
print(a)
del a[5:1]
print(a)
del a[-1:]
print(a)
del a[100:]
print(a)
b = list(range(12))
del b[1::4]
print(b)
del b[-1:-6:-2]
print(b)
del b[:]
print(b, len(b))
del b[:]
print(b)
c = list(range(7))
del c[::-1]
print(c)
d = list(range(7))
del d[6:0:-3]
print(d)
e = list(range(5))
del e[-100:-3]
print(e)
f = [1, 2, 3]
g = f
del f[:]
print(g, f is g)
for sl in [slice(None, None, 0)]:
    try:
        del f[sl]
    except ValueError as ex:
        print(type(ex).__name__, ex)
t = (1, 2, 3)
try:
    del t[1:]
except TypeError as ex:
    print(type(ex).__name__, ex)
s = "abc"
try:
    del s[:1]
except TypeError as ex:
    print(type(ex).__name__, ex)
