async def f():
    return 1

c = f()
try:
    iter(c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in c:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(c)
except TypeError as e:
    print(type(e).__name__, e)
c.close()
