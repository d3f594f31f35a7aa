# new_event_loop with run_until_complete, create_task, stop and close
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(add(1, 2)))
t = loop.create_task(add(3, 4))
print(loop.run_until_complete(t), t.done())
fut = loop.create_future()
loop.call_soon(fut.set_result, "fut")
print(loop.run_until_complete(fut))
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(add(0, 0))
except RuntimeError as e:
    print(type(e).__name__, e)
