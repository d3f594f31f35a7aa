# Tasks await user classes with __await__, coroutines and futures alike; bad yields fail
import asyncio


class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        fut = asyncio.get_running_loop().create_future()
        fut.get_loop().call_soon(fut.set_result, None)
        yield from fut
        return self.value


class BadYield:
    def __await__(self):
        yield "not a future"


async def main():
    print(await Ready(5))
    t = asyncio.ensure_future(Ready(6))
    print(await t)
    try:
        await BadYield()
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        asyncio.ensure_future(5)
    except TypeError as e:
        print(type(e).__name__, e)


asyncio.run(main())
