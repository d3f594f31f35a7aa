async def fail(msg):
    raise ValueError(msg)

async def middle():
    await fail("deep")
    print("not reached")

async def top():
    try:
        await middle()
    except ValueError as e:
        print("top caught", type(e).__name__, e)
        return "recovered"

c = top()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

async def uncaught():
    await middle()

c = uncaught()
try:
    c.send(None)
except ValueError as e:
    print("driver caught", e)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
