class ARange:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1

async def main():
    async for x in ARange(5):
        if x == 2:
            print("break at", x)
            break
    else:
        print("else 1 not run")
    async for x in ARange(3):
        print("item", x)
    else:
        print("else 2 ran")
    async for x in ARange(4):
        if x % 2 == 0:
            continue
        print("odd", x)
    return "end"

c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
