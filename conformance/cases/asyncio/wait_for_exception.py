# wait_for passes the inner exception through and returns results of finished futures
import asyncio


async def fails():
    await asyncio.sleep(0)
    raise OSError(5, "io")


async def main():
    try:
        await asyncio.wait_for(fails(), 1)
    except OSError as e:
        print("inner error", e)
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("ready")
    print(await asyncio.wait_for(fut, 0))


asyncio.run(main())
