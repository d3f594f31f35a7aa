a = frozenset([1, 2, 3])
b = frozenset([3, 2, 1])
print(hash(a) == hash(b), a == b)
print(hash(frozenset()) == hash(frozenset([])))
d = {a: "first"}
d[b] = "second"
print(len(d), d[frozenset({1, 2, 3})])
s = {a, b, frozenset()}
print(len(s))
print(frozenset({1, 2, 3}) in s)
print({1, 2, 3} in s)
print(d.get(frozenset({1})))
nested = frozenset([frozenset([1]), frozenset([1])])
print(nested)
try:
    hash({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{1}: 2}
except TypeError as e:
    print(type(e).__name__, e)
