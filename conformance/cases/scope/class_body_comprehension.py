# Checks that comprehensions in a class body cannot see class-level names except in their first iterable.
class K:
    n = 3
    first = [i for i in range(n)]
    try:
        bad = [i * n for i in range(2)]
    except NameError as e:
        err = type(e).__name__ + ": " + str(e)

print(K.first)
print(K.err)
print(hasattr(K, "bad"))

class L:
    base = [10, 20]
    pairs = [(a, b) for a in base for b in (1, 2)]

print(L.pairs)

class M:
    limit = 2
    try:
        vals = [x for x in range(5) if x < limit]
    except NameError as e:
        msg = str(e)

print(M.msg)

class N:
    data = {"a": 1}
    keys = {k: 0 for k in data}
    gen = list(v for v in data.values())

print(N.keys, N.gen)
