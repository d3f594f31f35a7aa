# Errors in a generator expression body surface on consumption; the first iterable errors immediately.
g = (1 // v for v in [1, 0, 2])
print("created")
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(next(g, "dead after error"))
try:
    g2 = (v for v in 5)
except TypeError as e:
    print("eager:", type(e).__name__, e)
g3 = (a for a in [1] for b in 5)
print("nested iterable is lazy")
try:
    list(g3)
except TypeError as e:
    print("lazy:", type(e).__name__, e)
g4 = (undefined_name for _ in range(1))
try:
    next(g4)
except NameError as e:
    print(type(e).__name__, e)
def failing():
    raise KeyError("in first iterable")
try:
    (v for v in failing())
except KeyError as e:
    print("eager call:", e)
print(len(list(v for v in range(5) if v % 2)))
