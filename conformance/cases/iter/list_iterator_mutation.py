# A list iterator sees appends and removals made during iteration; dicts and sets refuse them.
a = [1, 2, 3]
out = []
for x in a:
    out.append(x)
    if x < 5:
        a.append(x + 3)
print(out, a)
b = [1, 2, 3, 4, 5, 6]
for x in b:
    b.remove(x)
print(b)
c = [1, 2, 3]
it = iter(c)
print(next(it))
c.clear()
print(list(it))
c.extend([7, 8])
print(list(it))
r = reversed([1, 2, 3, 4])
l = [1, 2, 3, 4]
r = reversed(l)
print(next(r))
del l[1:]
print(list(r))
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
d2 = {1: 1, 2: 2}
for k in d2:
    d2[k] = k * 100
print(d2)
d3 = {"a": 1}
try:
    for k in d3:
        del d3[k]
        d3["b"] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
print(d3)
