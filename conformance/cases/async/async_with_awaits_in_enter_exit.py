class Tick:
    def __await__(self):
        yield "tick"

class Slow:
    async def __aenter__(self):
        print("aenter start")
        await Tick()
        print("aenter end")
        return 7

    async def __aexit__(self, *args):
        print("aexit start")
        await Tick()
        print("aexit end")

async def main():
    async with Slow() as v:
        print("body", v)
        await Tick()
    return "finished"

c = main()
steps = 0
while True:
    try:
        print("yielded", c.send(None))
        steps += 1
    except StopIteration as e:
        print(e.value, steps)
        break

class NotAsync:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

async def wrong():
    async with NotAsync():
        pass

c = wrong()
try:
    c.send(None)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
