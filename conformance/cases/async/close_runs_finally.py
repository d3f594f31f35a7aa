# Closing a suspended coroutine raises GeneratorExit inside it, running finally blocks and __aexit__.
class Pause:
    def __await__(self):
        yield "pause"

class AM:
    async def __aenter__(self):
        print("aenter")
        return self
    async def __aexit__(self, t, v, tb):
        print("aexit", t.__name__ if t else None)
        return False

async def worker():
    try:
        async with AM():
            await Pause()
            print("not reached")
    finally:
        print("worker finally")

c = worker()
print(c.send(None))
print(c.close())
print(c.close())
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

async def finishing():
    await Pause()
    return 5
c = finishing()
c.send(None)
try:
    c.send(None)
except StopIteration as e:
    print("finished with", e.value)
print(c.close())
