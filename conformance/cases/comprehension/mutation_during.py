# Comprehensions over a dict or set that the body resizes raise RuntimeError.
d = {"a": 1, "b": 2}
try:
    [d.setdefault(k + k, 0) for k in d]
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(d))
s = {1, 2, 3}
try:
    [s.discard(x) for x in s]
except RuntimeError as e:
    print(type(e).__name__, e)
d2 = {"x": 1, "y": 2}
print([d2.__setitem__(k, v * 10) for k, v in d2.items()], d2)
l = [1, 2, 3]
print([l.pop() for _ in range(len(l))], l)
m = [1, 2, 3, 4]
print([x for x in m if m.remove(x) is None], m)
n = [0]
print([n.append(len(n)) or len(n) for _ in range(3)], n)
