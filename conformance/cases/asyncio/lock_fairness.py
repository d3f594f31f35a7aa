# Lock: waiters acquire in arrival order; async with releases on exit and on error
import asyncio


async def user(lock, name, rounds):
    async with lock:
        print("acquired", name)
        for _ in range(rounds):
            await asyncio.sleep(0)
        print("releasing", name)


async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    await asyncio.gather(user(lock, "a", 2), user(lock, "b", 0), user(lock, "c", 1))
    print(lock.locked())
    try:
        async with lock:
            raise ValueError("inside")
    except ValueError:
        print("released after error", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(await lock.acquire(), lock.locked())
    lock.release()


asyncio.run(main())
