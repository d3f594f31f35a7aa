# Timed sleeps wake in order of their deadlines, not of their start
import asyncio


async def nap(name, secs):
    await asyncio.sleep(secs)
    print("woke", name)
    return name


async def main():
    r = await asyncio.gather(nap("long", 0.15), nap("short", 0.01), nap("mid", 0.07))
    print(r)


asyncio.run(main())
