# shield protects the inner task from cancellation; wait reports done and pending sets
import asyncio


async def work(rounds, value):
    for _ in range(rounds):
        await asyncio.sleep(0)
    return value


async def main():
    inner = asyncio.create_task(work(2, "inner"))
    outer = asyncio.shield(inner)
    outer.cancel()
    print(await inner, outer.cancelled())
    a = asyncio.create_task(work(0, "a"))
    b = asyncio.create_task(work(5, "b"))
    done, pending = await asyncio.wait([a, b], return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait([a, b])
    print(len(done), len(pending))
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(type(e).__name__, e)


asyncio.run(main())
