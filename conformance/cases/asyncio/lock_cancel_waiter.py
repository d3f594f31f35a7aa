# A cancelled lock waiter leaves the queue and the next waiter gets the lock
import asyncio


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    order = []

    async def want(name):
        await lock.acquire()
        order.append(name)
        lock.release()

    a = asyncio.create_task(want("a"))
    b = asyncio.create_task(want("b"))
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.sleep(0)
    lock.release()
    await b
    print(order, a.cancelled(), lock.locked())


asyncio.run(main())
