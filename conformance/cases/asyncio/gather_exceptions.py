# gather: the first exception propagates and the others keep running; return_exceptions collects
import asyncio


async def ok(n):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("ok finished", n)
    return n


async def bad(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def main():
    try:
        await asyncio.gather(ok(1), bad("first"), bad("second"))
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    res = await asyncio.gather(ok(2), bad("x"), return_exceptions=True)
    print([type(r).__name__ + ":" + str(r) for r in res])


asyncio.run(main())
