# Done callbacks run through the loop, in order, once; removal counts matches
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()

    def cb(tag):
        return lambda fut: print("cb", tag, fut.result())

    a, b = cb("a"), cb("b")
    f.add_done_callback(a)
    f.add_done_callback(b)
    f.add_done_callback(a)
    print("removed", f.remove_done_callback(a))
    f.add_done_callback(cb("c"))
    f.set_result(1)
    print("set, callbacks not yet run")
    await asyncio.sleep(0)
    f.add_done_callback(cb("late"))
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
