# Queue producer/consumer with a bounded queue: put waits while full, get while empty
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, "size", q.qsize())
    await q.put(None)


async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            return total
        print("got", item)
        total += item


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full())
    _, total = await asyncio.gather(producer(q, 5), consumer(q))
    print("total", total)
    await q.join()
    print("joined", q.empty())


asyncio.run(main())
