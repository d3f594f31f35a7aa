# asyncio.run cancels tasks still running when the main coroutine returns
import asyncio


async def background():
    try:
        await asyncio.sleep(10)
    finally:
        print("background cleaned up")


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0)
    print("main returns")
    return "result"


print(asyncio.run(main()))
