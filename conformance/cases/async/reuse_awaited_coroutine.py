async def f():
    return 1

c = f()
try:
    c.send(None)
except StopIteration as e:
    print("first", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

async def g():
    return 2

async def twice():
    inner = g()
    print(await inner)
    try:
        await inner
    except RuntimeError as e:
        print(type(e).__name__, e)
    return "ok"

c = twice()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
