# Semaphore lets a fixed number of tasks in at once
import asyncio


async def job(sem, name, active):
    async with sem:
        active.append(name)
        print(name, "in, active", len(active))
        await asyncio.sleep(0)
        active.remove(name)


async def main():
    sem = asyncio.Semaphore(2)
    active = []
    await asyncio.gather(*(job(sem, n, active) for n in "abcde"))
    print(sem.locked())
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print(type(e).__name__, e)


asyncio.run(main())
