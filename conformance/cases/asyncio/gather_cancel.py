# Cancelling a gather cancels its children; a cancelled child shows in return_exceptions
import asyncio


async def forever(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("child cancelled", name)
        raise


async def main():
    g = asyncio.gather(forever("a"), forever("b"))
    await asyncio.sleep(0)
    print(g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    t = asyncio.create_task(forever("c"))
    await asyncio.sleep(0)
    t.cancel()
    res = await asyncio.gather(t, asyncio.sleep(0, "fine"), return_exceptions=True)
    print([type(r).__name__ for r in res])


asyncio.run(main())
