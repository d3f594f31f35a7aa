# Generator expressions are full generators: send(None), throw and close work on them.
g = (x * 2 for x in range(5))
print(type(g).__name__, g.send(None), next(g))
try:
    g.send(1)
except TypeError as e:
    print(type(e).__name__, e)
print(next(g))
try:
    g.throw(ValueError("into genexp"))
except ValueError as e:
    print(type(e).__name__, e)
print(next(g, "finished after throw"))
h = (c for c in "abc")
print(next(h))
h.close()
print(list(h))
fresh = (v for v in [1])
try:
    fresh.send("x")
except TypeError as e:
    print(type(e).__name__, e)
print(iter(fresh) is fresh, list(fresh), list(fresh))
