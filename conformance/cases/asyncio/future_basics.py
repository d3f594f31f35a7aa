# Futures from loop.create_future: await, set_result, set_exception, states and errors
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.done(), f.cancelled())
    loop.call_soon(f.set_result, 7)
    print(await f)
    try:
        f.set_result(8)
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    g = loop.create_future()
    g.set_exception(ValueError("boom"))
    try:
        await g
    except ValueError as e:
        print("awaited", e)
    h = loop.create_future()
    h.set_exception(KeyError)
    print(type(h.exception()).__name__)
    s = loop.create_future()
    try:
        s.set_exception(StopIteration())
    except TypeError as e:
        print(type(e).__name__, e)
    c = loop.create_future()
    print(c.cancel(), c.cancel(), c.cancelled())
    try:
        c.result()
    except asyncio.CancelledError:
        print("cancelled result")
    print(repr(f), repr(c))


asyncio.run(main())
