# asyncio.run returns the coroutine's value and raises its exception; rejects non-coroutines
import asyncio


async def value():
    return 42


async def fail():
    await asyncio.sleep(0)
    raise KeyError("missing")


print(asyncio.run(value()))
try:
    asyncio.run(fail())
except KeyError as e:
    print("raised", repr(e))
try:
    asyncio.run(1)
except Exception as e:
    print(type(e).__name__, e)


async def nested():
    c = value()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print(type(e).__name__, e)
    c.close()


asyncio.run(nested())
