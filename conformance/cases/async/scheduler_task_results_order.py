class Sleep:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        for _ in range(self.n):
            yield self

class Scheduler:
    def __init__(self):
        self.ready = []
        self.done = []
        self.errors = []

    def spawn(self, name, coro):
        self.ready.append((name, coro))

    def run(self):
        while self.ready:
            name, coro = self.ready.pop(0)
            try:
                coro.send(None)
            except StopIteration as e:
                self.done.append((name, e.value))
            except Exception as e:
                self.errors.append((name, type(e).__name__, str(e)))
            else:
                self.ready.append((name, coro))

async def fast():
    await Sleep(1)
    return "fast"

async def slow():
    await Sleep(5)
    return "slow"

async def broken():
    await Sleep(2)
    raise KeyError("broken task")

async def spawner(s):
    await Sleep(1)
    s.spawn("child", fast())
    return "spawner"

s = Scheduler()
s.spawn("slow", slow())
s.spawn("fast", fast())
s.spawn("broken", broken())
s.spawn("spawner", spawner(s))
s.run()
print(s.done)
print(s.errors)
