# An exception in a call_soon callback goes to the loop's exception handler; the loop goes on
import asyncio


def bad():
    raise ValueError("in callback")


async def main():
    loop = asyncio.get_running_loop()
    seen = []
    loop.set_exception_handler(lambda lp, ctx: seen.append(type(ctx["exception"]).__name__))
    loop.call_soon(bad)
    loop.call_soon(print, "still running")
    await asyncio.sleep(0)
    print(seen)


asyncio.run(main())
