# Comprehensions inside async functions can use await and async for.
class Pause:
    def __await__(self):
        yield "p"

async def double(x):
    await Pause()
    return x * 2

async def agen(n):
    for i in range(n):
        await Pause()
        yield i

async def main():
    a = [await double(i) for i in range(4)]
    b = [x async for x in agen(5) if x % 2 == 0]
    c = {x: await double(x) async for x in agen(3)}
    d = {await double(x) for x in [1, 1, 2]}
    e = [(x, y) async for x in agen(2) for y in range(2)]
    f = [x for x in [await double(5)]]
    g = (x * 10 async for x in agen(3))
    h = [v async for v in g]
    return a, b, c, sorted(d), e, f, h

coro = main()
pauses = 0
while True:
    try:
        coro.send(None)
        pauses += 1
    except StopIteration as e:
        for part in e.value:
            print(part)
        print("pauses", pauses)
        break
