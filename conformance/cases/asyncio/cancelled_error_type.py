# CancelledError derives from BaseException, so except Exception does not catch it
import asyncio

print(issubclass(asyncio.CancelledError, BaseException))
print(issubclass(asyncio.CancelledError, Exception))
print(asyncio.TimeoutError is TimeoutError)
print(issubclass(asyncio.InvalidStateError, Exception))


async def victim():
    try:
        await asyncio.sleep(1)
    except Exception:
        print("wrongly caught")


async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("propagated")


asyncio.run(main())
