# wait_for on a slow coroutine raises TimeoutError and cancels it
import asyncio


async def slow():
    try:
        await asyncio.sleep(0.3)
        return "slow done"
    except asyncio.CancelledError:
        print("slow cancelled")
        raise


async def fast():
    await asyncio.sleep(0)
    return "fast done"


async def main():
    try:
        await asyncio.wait_for(slow(), 0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, repr(str(e)))
    print(await asyncio.wait_for(fast(), 1))
    print(await asyncio.wait_for(fast(), None))
    try:
        await asyncio.wait_for(slow(), 0)
    except TimeoutError:
        print("zero timeout")


asyncio.run(main())
