s = {x % 4 for x in range(20)}
print(sorted(s))
t = {c.upper() for c in "banana" if c != "n"}
print(sorted(t))
u = {(i, j) for i in range(3) for j in range(3) if i < j}
print(sorted(u))
print({x for x in []} == set())
print(type({x for x in "a"}).__name__)
x = 99
v = {x for x in range(3)}
print(x, sorted(v))
nested = {frozenset({i, i + 1}) for i in range(3)}
print(sorted(sorted(f) for f in nested))
