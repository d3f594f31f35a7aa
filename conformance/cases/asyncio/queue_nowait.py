# Queue nowait methods raise QueueEmpty and QueueFull; task_done counts; Lifo and Priority
import asyncio


async def main():
    q = asyncio.Queue(2)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print(type(e).__name__, repr(str(e)))
    q.put_nowait("a")
    q.put_nowait("b")
    print(q.full(), q.qsize())
    try:
        q.put_nowait("c")
    except asyncio.QueueFull as e:
        print(type(e).__name__)
    print(q.get_nowait(), q.get_nowait())
    q.task_done()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print(type(e).__name__, e)
    u = asyncio.Queue()
    print(u.maxsize, u.full())
    lifo = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for x in (3, 1, 2):
        lifo.put_nowait(x)
        pq.put_nowait(x)
    print([lifo.get_nowait() for _ in range(3)], [pq.get_nowait() for _ in range(3)])
    print(issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))


asyncio.run(main())
