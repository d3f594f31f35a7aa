# Task methods: done, result, exception, cancelled, names, add_done_callback
import asyncio


async def value():
    await asyncio.sleep(0)
    return "v"


async def main():
    t = asyncio.create_task(value(), name="worker")
    print(t.get_name(), t.done())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    t.add_done_callback(lambda f: print("callback", f.result()))
    print(await t)
    await asyncio.sleep(0)
    print(t.done(), t.result(), t.exception(), t.cancelled())
    t.set_name("renamed")
    print(t.get_name())
    try:
        t.set_result(1)
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print(type(e).__name__, e)


asyncio.run(main())
