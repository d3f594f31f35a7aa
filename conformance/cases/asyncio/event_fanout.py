# Event.set wakes every waiter in the order they began waiting
import asyncio


async def waiter(ev, name):
    print("waiting", name)
    r = await ev.wait()
    print("woken", name, r)


async def main():
    ev = asyncio.Event()
    print(ev.is_set())
    tasks = [asyncio.create_task(waiter(ev, n)) for n in ("a", "b", "c")]
    await asyncio.sleep(0)
    ev.set()
    print("set", ev.is_set())
    await asyncio.gather(*tasks)
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())


asyncio.run(main())
