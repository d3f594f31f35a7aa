# sleep returns its result argument; negative and zero delays are one round
import asyncio


async def main():
    print(await asyncio.sleep(0, "zero"))
    print(await asyncio.sleep(-1, "negative"))
    print(await asyncio.sleep(0.001, result=[1, 2]))
    print(await asyncio.sleep(0))
    try:
        await asyncio.sleep("x")
    except TypeError as e:
        print(type(e).__name__)


asyncio.run(main())
