# Exceptions in a comprehension propagate; StopIteration escapes a list comprehension but not a genexp.
try:
    [1 // x for x in [1, 0, 2]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    {x: [][x] for x in range(2)}
except IndexError as e:
    print(type(e).__name__, e)
it = iter([1, 2])
def nxt():
    return next(it)
try:
    print([nxt() for _ in range(3)])
except StopIteration as e:
    print("list comp:", type(e).__name__)
it = iter([1, 2])
try:
    print(list(nxt() for _ in range(3)))
except RuntimeError as e:
    print("genexp:", type(e).__name__, e)
try:
    (x for x in 5)
except TypeError as e:
    print("eager first iterable:", type(e).__name__, e)
g = (x for x in [1] for y in 5)
print("second iterable is lazy")
try:
    list(g)
except TypeError as e:
    print(type(e).__name__, e)
g = (1 // x for x in [0])
print("body is lazy")
try:
    next(g)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    [x for x in [1, 2] if x.missing]
except AttributeError as e:
    print(type(e).__name__, e)
r = []
try:
    r = [x if x < 2 else 1 / 0 for x in range(3)]
except ZeroDivisionError:
    print("partial result not assigned:", r)
