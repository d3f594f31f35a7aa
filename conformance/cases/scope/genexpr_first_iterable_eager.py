# Checks that a generator expression evaluates its first iterable immediately but the rest lazily.
def src(tag, items):
    print("eval", tag)
    return items

g = (a + b for a in src("outer", [1, 2]) for b in src("inner", [10]))
print("created")
print(list(g))

try:
    g2 = (v for v in undefined_iter)
except NameError as e:
    print(type(e).__name__, e)

g3 = (v * w for v in [1, 2] for w in undefined_later)
print("g3 created")
undefined_later = [100]
print(list(g3))

try:
    g4 = (v for v in 5)
except TypeError as e:
    print(type(e).__name__, e)

n = 3
g5 = (n * i for i in range(2))
n = 7
print(list(g5))

r = [1, 2]
g6 = (i for i in r)
r = [9, 9]
print(list(g6))
