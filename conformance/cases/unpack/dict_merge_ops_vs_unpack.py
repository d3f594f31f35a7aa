# Checks that dict ** unpacking agrees with dict update semantics for ordering and overriding.
base = {"a": 1, "b": 2, "c": 3}
over = {"b": 20, "d": 40}
m1 = {**base, **over}
m2 = dict(base)
m2.update(over)
print(m1, m1 == m2, list(m1) == list(m2))
print(list({**over, **base}))
print({**base, "a": None})
print({"a": None, **base})
nested = {"outer": {**base}, **{"k": [*base]}}
print(nested)
d = {}
for i in range(3):
    d = {**d, i: i * 10}
print(d)
empty = {**{}, **{}}
print(empty, len(empty))
keys = {True: "t", 1: "one"}
print({**keys})
print({**{1: "a"}, **{True: "b"}})
print(dict(**base, e=5) == {**base, "e": 5})
try:
    dict(**base, a=9)
except TypeError as e:
    print(type(e).__name__, e)
