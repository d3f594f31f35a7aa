# Tasks that create and await tasks of their own, several levels deep
import asyncio


async def leaf(depth, i):
    await asyncio.sleep(0)
    return depth * 10 + i


async def node(depth):
    if depth == 0:
        return await leaf(depth, 0)
    kids = [asyncio.create_task(node(depth - 1)) for _ in range(2)]
    mine = await leaf(depth, 1)
    below = await asyncio.gather(*kids)
    return [mine, below]


async def main():
    print(await node(3))
    print(asyncio.current_task().get_name() != "")


asyncio.run(main())
