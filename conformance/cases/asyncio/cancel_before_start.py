# A task cancelled before its first step never runs its body
import asyncio


async def body():
    print("body ran")


async def main():
    t = asyncio.create_task(body())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start", t.cancelled())


asyncio.run(main())
