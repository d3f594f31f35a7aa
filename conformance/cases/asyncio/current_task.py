# current_task names the running task; outside a loop it needs one
import asyncio


async def who(expected):
    t = asyncio.current_task()
    print(t is expected[0])


async def main():
    box = []
    t = asyncio.create_task(who(box))
    box.append(t)
    await t
    print(asyncio.current_task() is not t)
    print(len(asyncio.all_tasks()) >= 1)


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(type(e).__name__, e)
