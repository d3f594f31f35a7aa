# Queue.join waits until every item put has been marked done by the workers
import asyncio


async def worker(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(0)
        print(name, "handled", item)
        q.task_done()


async def main():
    q = asyncio.Queue()
    for i in range(5):
        q.put_nowait(i)
    workers = [asyncio.create_task(worker(n, q)) for n in ("w1", "w2")]
    await q.join()
    print("all done")
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])


asyncio.run(main())
