# reversed() over dicts and their views follows insertion order backwards, tracking changes.
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
del d["b"]
d["b"] = 20
print(list(reversed(d)), list(d))
r = reversed(d)
print(next(r))
d["z"] = 0
try:
    print(next(r))
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(reversed({})), list(reversed({}.items())))
e = {i: i for i in range(5)}
for i in (0, 2, 4):
    del e[i]
print(list(reversed(e)), list(reversed(e.values())))
rv = reversed(e.items())
print(next(rv), list(rv), list(rv))
print(list(reversed(dict.fromkeys("hello"))))
