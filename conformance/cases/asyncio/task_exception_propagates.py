# An exception in a task is stored and raised where the task is awaited
import asyncio


async def broken():
    await asyncio.sleep(0)
    return 1 / 0


async def main():
    t = asyncio.create_task(broken())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(t.done(), t.cancelled())
    print(type(t.exception()).__name__)
    try:
        t.result()
    except ZeroDivisionError as e:
        print("result raised", e)
    try:
        await t
    except ZeroDivisionError as e:
        print("await raised", e)


asyncio.run(main())
