# Slices of tuples and strings are ordinary values: hashable, comparable and usable as keys.
t = (1, 2, 3, 4, 5)
d = {t[:2]: "head", t[2:]: "tail", t[::2]: "odds"}
print(d[(1, 2)], d[(3, 4, 5)], d[t[0::2]], len(d))
print(t[:2] == (1, 2), t[:2] < t[:3], t[1:] > t, t[::-1] > t, t[:0] < t)
print(hash(t[1:3]) == hash((2, 3)), hash(t[:]) == hash(t), t[:] == t)
s = "keyboard"
k = {s[:3]: 1, s[3:]: 2}
print(k["key"], k["board"], s[:3] in k, s[1:4] in k)
print(sorted([t[i:] for i in range(len(t))]), sorted([s[i:] for i in range(4)]))
print(max(t[1:], t[:1]), min(s[2:], s[:2]), (t[1:2],) == ((2,),))
print(set([t[:1], t[0:1], (1,)]) == {(1,)}, len({t[::2], (1, 3, 5)}))
print([t[:i] for i in range(3)], {t[i:i + 1] for i in range(3)} == {(1,), (2,), (3,)})
try:
    print({[1, 2, 3][:2]: 0})
except TypeError as e:
    print(type(e).__name__, e)
