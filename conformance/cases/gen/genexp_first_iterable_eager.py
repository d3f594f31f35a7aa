try:
    g = (x for x in 5)
    print("not reached")
except TypeError as e:
    print(type(e).__name__, e)

def src():
    print("src called")
    return [1, 2]

g = (x for x in src())
print("created")
print(list(g))

def inner_src():
    print("inner called")
    return [10]

g = (x + y for x in [1, 2] for y in inner_src())
print("created 2")
print(list(g))

g = (1 / x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(list(g))

g = (x for x in [1] for y in 7)
print("lazy second iterable")
try:
    list(g)
except TypeError as e:
    print(type(e).__name__, e)
