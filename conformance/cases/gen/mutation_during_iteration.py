# Mutating containers while a generator iterates them: lists see changes, dicts and sets raise.
def walk(seq):
    for x in seq:
        yield x
data = [1, 2, 3]
out = []
for v in walk(data):
    out.append(v)
    if v == 1:
        data.append(4)
print(out)
d = {"a": 1, "b": 2}
g = walk(d)
print(next(g))
d["c"] = 3
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2}
g = walk(s)
next(g)
s.add(99)
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
d2 = {"x": 1}
g = walk(d2)
d2["x"] = 2
print(list(g), d2)
lst = [1, 2, 3, 4]
g = (x for x in lst)
next(g)
del lst[:]
print(list(g))
