# An Event cleared after set keeps already-woken waiters woken and blocks new ones
import asyncio


async def main():
    ev = asyncio.Event()
    log = []

    async def w(name):
        await ev.wait()
        log.append(name)

    t1 = asyncio.create_task(w(1))
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    t2 = asyncio.create_task(w(2))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log, t1.done(), t2.done())
    ev.set()
    await t2
    print(log)


asyncio.run(main())
