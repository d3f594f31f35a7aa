# loop.call_soon callbacks run FIFO, interleaved with task steps; handles can be cancelled
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for i in range(3):
        loop.call_soon(print, "soon", i)
    h = loop.call_soon(print, "cancelled one")
    h.cancel()
    print(h.cancelled())
    loop.call_soon(print, "after", end="")
    print("before yield")
    await asyncio.sleep(0)
    print()
    print("after yield")


asyncio.run(main())
