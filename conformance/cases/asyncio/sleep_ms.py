# sleep_ms and wait_for_ms (MicroPython's) use milliseconds and order as sleep does.
# (Absent from CPython: the expected output is in NAME.py.exp.)
import asyncio


async def nap(name, ms):
    await asyncio.sleep_ms(ms)
    print(name)
    return name


async def main():
    print(await asyncio.gather(nap("200", 200), nap("10", 10), nap("0", 0), nap("100", 100)))
    try:
        await asyncio.wait_for_ms(nap("late", 300), 10)
    except asyncio.TimeoutError:
        print("ms timeout")
    print(await asyncio.wait_for_ms(nap("quick", 0), 100))


asyncio.run(main())
