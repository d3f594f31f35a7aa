# Set comprehensions have their own scope; a walrus inside binds in the enclosing scope.
x = "outer"
s = {x * 2 for x in range(4)}
print(sorted(s), x)
seen = {(last := v) % 3 for v in range(10)}
print(sorted(seen), last)
def f(n):
    return {i * j for i in range(n) for j in range(i) if (i + j) % 2}
print(sorted(f(5)))
base = 100
print(sorted({base + k for k in range(3)}))
class C:
    vals = [1, 2, 3]
    sq = {v * v for v in vals}
print(sorted(C.sq))
nested = {frozenset({y for y in range(x)}) for x in range(4)}
print(sorted(len(fs) for fs in nested))
try:
    {v for v in [[1], [2]]}
except TypeError as e:
    print(type(e).__name__, e)
print({c for c in ""} == set(), len({c.lower() for c in "AaBbCc"}))
print(sorted({n for n in range(20) if n % 2 if n % 3}))
