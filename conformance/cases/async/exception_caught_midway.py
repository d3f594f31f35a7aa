# An exception raised deep in an await chain passes through finally blocks and is caught midway.
class Pause:
    def __await__(self):
        yield "pause"

async def inner(x):
    try:
        await Pause()
        if x < 0:
            raise ValueError("negative: %d" % x)
        return x * 2
    finally:
        print("inner finally", x)

async def middle(x):
    try:
        return await inner(x)
    except ValueError as e:
        print("middle caught", e)
        return -1

async def outer(xs):
    results = []
    for x in xs:
        results.append(await middle(x))
    try:
        await inner(-99)
    except ValueError as e:
        results.append(str(e))
    return results

coro = outer([1, -2, 3])
while True:
    try:
        coro.send(None)
    except StopIteration as e:
        print(e.value)
        break

async def unhandled():
    await middle(1)
    raise LookupError("escapes")
c = unhandled()
try:
    while True:
        c.send(None)
except LookupError as e:
    print(type(e).__name__, e)
