# ThreadSafeFlag (MicroPython's): set wakes the waiting task, wait clears the flag.
# (Absent from CPython: the expected output is in NAME.py.exp.)
import asyncio


async def main():
    flag = asyncio.ThreadSafeFlag()

    async def waiter():
        for i in range(2):
            await flag.wait()
            print("flag", i)

    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    flag.set()
    await asyncio.sleep(0)
    flag.set()
    await t
    flag.set()
    flag.clear()
    print("cleared")


asyncio.run(main())
