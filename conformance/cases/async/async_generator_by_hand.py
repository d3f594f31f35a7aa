# Driving an async generator's __anext__ awaitables by hand with send(None).
async def agen(n):
    for i in range(n):
        yield i * i
    print("agen body finished")

def step(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("exhausted", None)
    return ("suspended", None)

g = agen(3)
print(type(g).__name__)
print(g.__aiter__() is g)
for _ in range(5):
    print(step(g.__anext__()))
g2 = agen(2)
aw = g2.__anext__()
print(type(aw).__name__ in ("async_generator_asend", "coroutine"))
print(step(aw))
print(step(g2.asend(None)))
print(step(g2.asend(None)))

async def empty():
    return
    yield
print(step(empty().__anext__()))
