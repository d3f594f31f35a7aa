# async for over an async generator that itself awaits a custom awaitable, run by a hand-written loop.
class Tick:
    def __await__(self):
        yield "tick"

async def countdown(n):
    while n > 0:
        await Tick()
        yield n
        n -= 1

async def main():
    seen = []
    async for v in countdown(3):
        seen.append(v)
        print("got", v)
    async for v in countdown(5):
        if v == 3:
            break
        print("second loop", v)
    else:
        print("no else after break")
    async for v in countdown(0):
        print("never")
    else:
        print("else after empty")
    return seen

coro = main()
ticks = 0
while True:
    try:
        r = coro.send(None)
        ticks += 1
    except StopIteration as e:
        print("result", e.value, "ticks", ticks)
        break
