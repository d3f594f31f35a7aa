async def c3(x):
    print("c3 start", x)
    return x * 2

async def c2(x):
    print("c2 start", x)
    r = await c3(x + 1)
    print("c2 got", r)
    return r + 1

async def c1():
    print("c1 start")
    r = await c2(10)
    print("c1 got", r)
    return [r]

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("suspended unexpectedly")

print(run(c1()))
