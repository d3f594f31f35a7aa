g = (x * 2 for x in range(4))
print(list(g))
print(list(g))
print(sum(g))
g = (c for c in "abc")
print(next(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, e.args)
