# Tasks start in creation order, after the creating task yields
import asyncio


async def job(name):
    print("start", name)
    await asyncio.sleep(0)
    print("end", name)
    return name


async def main():
    tasks = [asyncio.create_task(job(n)) for n in "abc"]
    print("created")
    await asyncio.sleep(0)
    print("after one round")
    print([await t for t in tasks])


asyncio.run(main())
