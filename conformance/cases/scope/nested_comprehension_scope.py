# Checks name resolution in nested comprehensions inside functions and lambdas.
def f(n):
    m = 10
    return [[i * m + j for j in range(i)] for i in range(n)]

print(f(4))

def g(words):
    prefix = "<"
    return {w: [prefix + c for c in w] for w in words}

print(g(["ab", "c"]))

h = lambda k: [x + k for x in range(3)]
print(h(100))

def outer():
    base = 2
    return [lambda v, p=p: v ** p + base for p in range(3)]

print([fn(3) for fn in outer()])

matrix = [[1, 2], [3, 4], [5, 6]]
print([row[c] for c in range(2) for row in matrix])
print([[row[c] for row in matrix] for c in range(2)])

def shadow_param(x):
    return [x for x in range(x)], x

print(shadow_param(3))

def uses_outer_in_cond(limit):
    return [v for v in range(10) if v % limit == 0 if v > limit]

print(uses_outer_in_cond(3))
