# gather returns results in argument order whatever order they finish in
import asyncio


async def after(rounds, value):
    for _ in range(rounds):
        await asyncio.sleep(0)
    print("done", value)
    return value


async def main():
    print(await asyncio.gather(after(3, "a"), after(0, "b"), after(1, "c")))
    print(await asyncio.gather())
    t = asyncio.create_task(after(1, "t"))
    print(await asyncio.gather(t, after(0, "u"), t))


asyncio.run(main())
