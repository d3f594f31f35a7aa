# Multi-clause generator expressions evaluate iterables and conditions in nested-loop order, lazily.
def src(tag, items):
    print("iter", tag)
    return items
def cond(tag, val):
    print("test", tag)
    return val
g = ((a, b) for a in src("A", [1, 2]) if cond("a%d" % a, a > 0) for b in src("B%d" % a, "xy") if cond(b, b != "y"))
print("created")
print(next(g))
print("--")
print(list(g))
pairs = list((i, j) for i in range(4) for j in range(i) if (i + j) % 2)
print(pairs)
rows = [[1, 2], [3], []]
print(list(v for row in rows for v in row), list(len(r) for r in rows if r))
