async def answer():
    return 42

c = answer()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print(type(e).__name__, e.value, e.args)

async def nothing():
    pass

c = nothing()
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value, e.args)

async def tup():
    return 1, "two"

c = tup()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
