# extend and += accept any iterable, including the list itself and lazy iterators.
a = [1]
a.extend(a)
print(a)
a.extend(a[:])
print(a)
a.extend("ab")
a.extend({"k": 1})
a.extend((x for x in range(2)))
a.extend(range(2, 4))
a.extend(set())
a.extend(b"\x05")
print(a)
c = []
c += c
print(c)
d = [1, 2]
d += d
print(d)
e = [1]
r = e.extend([2])
print(r, e)
def gen():
    yield 1
    raise IndexError("stop")
f = [0]
try:
    f.extend(gen())
except IndexError as ex:
    print(type(ex).__name__, ex)
print(f)
g = [0]
g[len(g):] = [1, 2]
print(g, g.__iadd__([3]) is g, g)
