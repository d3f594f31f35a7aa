# Async generators driven by a small event loop written in Python: values passed through
# from awaits inside the generator reach the loop, yields reach the consumer; asend,
# athrow and aclose; finally blocks; async comprehensions and generator expressions.

class Sleep:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield self.tag
        return got


def run(coro):
    """Runs `coro`, answering every value it passes out with that value upper-cased."""
    trace = []
    value = None
    while True:
        try:
            out = coro.send(value)
        except StopIteration as stop:
            return trace, stop.value
        trace.append(out)
        value = out.upper() if isinstance(out, str) else out


async def ticker(n):
    try:
        for i in range(n):
            echoed = await Sleep("tick%d" % i)
            yield (i, echoed)
    finally:
        print("ticker finally")


async def consume():
    got = []
    async for item in ticker(3):
        got.append(item)
    return got

print(run(consume()))


async def early_exit():
    agen = ticker(5)
    async for item in agen:
        if item[0] == 1:
            break
    await agen.aclose()
    return "closed"

print(run(early_exit()))


async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    except ValueError as e:
        yield "caught %s after %r" % (e, received)


async def drive_echo():
    g = echo()
    first = await g.__anext__()
    a = await g.asend("a")
    b = await g.asend("b")
    c = await g.athrow(ValueError("boom"))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        done = "exhausted"
    return first, a, b, c, done

print(run(drive_echo()))




async def comprehensions():
    squares = [x * x async for x in counter(5)]
    evens = {x async for x in counter(10) if x % 2 == 0}
    table = {x: await double(x) async for x in counter(3)}
    awaited = [await double(i) for i in range(3)]
    nested = [[y async for y in counter(x)] for x in range(3)]
    gexp = (x + 1 async for x in counter(3))
    from_gexp = [v async for v in gexp]
    return squares, sorted(evens), table, awaited, nested, from_gexp, type(gexp).__name__


async def counter(n):
    for i in range(n):
        yield i


async def double(x):
    await Sleep("d%d" % x)
    return 2 * x

print(run(comprehensions()))

# The objects themselves.
g = counter(2)
print(type(g).__name__, g.__aiter__() is g, type(g.__anext__()).__name__)
print(type(g.athrow(ValueError)).__name__, type(g.aclose()).__name__)
print(g.__name__, g.__qualname__, hasattr(g, "__next__"))
try:
    for x in counter(1):
        pass
except TypeError as e:
    print("TypeError", e)
aw = counter(1).__anext__()
try:
    aw.send(None)
except StopIteration as e:
    print("first value", e.value)
try:
    aw.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    counter(1).asend(5).send(None)
except TypeError as e:
    print("TypeError", e)
