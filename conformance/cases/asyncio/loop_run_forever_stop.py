# run_forever runs until stop; stop from a callback ends after the current round
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0)
    loop.stop()


loop.create_task(ticker())
loop.call_soon(print, "first callback")
loop.run_forever()
print("stopped", loop.is_running())
loop.call_soon(print, "runs in the next run_forever")
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()


async def inner():
    try:
        loop2 = asyncio.get_running_loop()
        loop2.run_forever()
    except RuntimeError as e:
        print(type(e).__name__, e)


asyncio.run(inner())
