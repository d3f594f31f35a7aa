class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        print("aiter")
        return self

    async def __anext__(self):
        if self.i >= self.n:
            print("stop")
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10

async def main():
    out = []
    async for v in Counter(3):
        print("got", v)
        out.append(v)
    async for v in Counter(0):
        print("never")
    return out

c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

async def not_async_iterable():
    async for x in [1, 2]:
        pass

c = not_async_iterable()
try:
    c.send(None)
except TypeError as e:
    print(type(e).__name__, e)
