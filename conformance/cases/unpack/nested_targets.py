# Checks nested tuple/list assignment targets, including nested starred targets.
a, (b, c) = 1, (2, 3)
print(a, b, c)
(a, b), (c, d) = "xy", [5, 6]
print(a, b, c, d)
[a, [b, [c, d]]] = [1, [2, [3, 4]]]
print(a, b, c, d)
a, (b, *c), d = 1, (2, 3, 4, 5), 6
print(a, b, c, d)
(*a, b), *c = (1, 2, 3), 4, 5
print(a, b, c)
((a,),) = [[7]]
print(a)
data = [("alice", (30, "nyc")), ("bob", (25, "la"))]
for name, (age, city) in data:
    print(name, age, city)
pairs = {"x": (1, 2), "y": (3, 4)}
for key, (lo, hi) in sorted(pairs.items()):
    print(key, lo + hi)
try:
    a, (b, c) = 1, (2, 3, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, (b, c) = 1, 2
except TypeError as e:
    print(type(e).__name__, e)
print([(p, q, r) for p, (q, r) in [(1, "ab"), (2, "cd")]])
