# loop.call_later callbacks run by deadline; a cancelled timer never runs
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    loop.call_later(0.1, print, "late")
    loop.call_later(0.02, print, "early")
    t = loop.call_later(0.05, print, "never")
    t.cancel()
    loop.call_later(0.15, done.set_result, None)
    await done
    print("done")


asyncio.run(main())
