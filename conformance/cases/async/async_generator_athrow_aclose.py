# athrow and aclose on an async generator, driven by hand without an event loop.
async def agen():
    try:
        yield 1
        try:
            yield 2
        except ValueError as e:
            print("agen caught", e)
            yield 3
        yield 4
    finally:
        print("agen finally")

def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"
    return "suspended"

g = agen()
print(run(g.__anext__()), run(g.__anext__()))
print(run(g.athrow(ValueError("v"))))
print(run(g.__anext__()))
print(run(g.aclose()))
print(run(g.__anext__()))

g = agen()
print(run(g.__anext__()))
try:
    run(g.athrow(KeyError("k")))
except KeyError as e:
    print("propagated", repr(e))
print(run(g.__anext__()))

g = agen()
print(run(g.aclose()), run(g.__anext__()))
