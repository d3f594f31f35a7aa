# MicroPython-style use: get_event_loop, create_task and run_until_complete
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
same = asyncio.get_event_loop() is loop
print(same)


async def hello(n):
    for i in range(n):
        print("hello", i)
        await asyncio.sleep(0.001)
    return n


loop.create_task(hello(2))
print(loop.run_until_complete(hello(3)))
loop.close()
