# Cancellation raises CancelledError at the task's current await; finally blocks run
import asyncio


async def worker():
    print("worker start")
    try:
        await asyncio.sleep(5)
        print("not reached")
    except asyncio.CancelledError:
        print("cancelled at sleep")
        raise
    finally:
        print("cleanup")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    print("cancel ->", t.cancel())
    print("done yet", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("main saw CancelledError")
    print(t.cancelled(), t.done(), t.cancel())


asyncio.run(main())
